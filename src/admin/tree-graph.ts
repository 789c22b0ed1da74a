/**
 * The dialog tree as a picture for the editor: one box per node, an arrow per link, laid out top to
 * bottom by elkjs. The SVG is self-contained (no scripts, styles or outside references) and every
 * text in it is escaped, since node texts are typed by editors.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Tree, TreeNode } from '../core/tree-schema.js';
import { escapeHtml } from '../handoff/handoff-mail.js';

/** Node kinds as the editor names them in Dutch. */
export const KIND_NAMES: Record<TreeNode['kind'], string> = {
  message: 'bericht',
  question: 'vraag',
  choice: 'keuze',
  classify: 'indelen',
  confirm_domains: 'domeinen',
  choose_organisation: 'organisatie',
  consent: 'toestemming',
  handoff: 'overdracht',
  goto: 'ga naar',
  end: 'einde',
};

/** Light fills under near-black text (contrast above 12:1); borders and arrows at least 3:1 on white. */
const FILL: Record<TreeNode['kind'], string> = {
  message: '#e8f0fe',
  question: '#e6f4ea',
  choice: '#fef7e0',
  classify: '#f3e8fd',
  confirm_domains: '#e0f7fa',
  choose_organisation: '#fce8e6',
  consent: '#fff3e0',
  handoff: '#e8eaf6',
  goto: '#f1f3f4',
  end: '#e0e0e0',
};
const INK = '#1b1b1b';
const BORDER = '#3c4043';
const ARROW = '#5f6368';
const ALERT = '#b3261e';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Text is measured, not rendered, on the server: about 7 px a character at 12 px. */
const CHAR = 7;
const LINE = 16;
const PAD = 10;
const SNIPPET = 40;
const LABEL = 24;

const cut = (s: string, n: number) => {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > n ? `${line.slice(0, n - 1)}…` : line;
};
const num = (n: number | undefined) => String(Math.round((n ?? 0) * 10) / 10);

/** Every link out of a node, with a short Dutch label: the option's text or the branch's name. */
export function linksOf(node: TreeNode): { target: string; label: string }[] {
  switch (node.kind) {
    case 'end':
      return [];
    case 'choice':
      return node.options.map((o) => ({ target: o.next, label: o.label.nl }));
    case 'question':
      return node.options?.length
        ? [{ target: node.next, label: 'eigen antwoord' }, ...node.options.map((o) => ({ target: o.next, label: o.label.nl }))]
        : [{ target: node.next, label: '' }];
    case 'classify': {
      const branches: [string | undefined, string][] = [
        [node.next, 'verder'],
        [node.crisis, 'crisis'],
        [node.complaint, 'klacht'],
        [node.outOfScope, 'past niet'],
        [node.lowConfidence, 'onzeker'],
      ];
      return branches.filter((b): b is [string, string] => !!b[0]).map(([target, label]) => ({ target, label }));
    }
    case 'choose_organisation':
      return [
        { target: node.next, label: 'gekozen' },
        { target: node.info, label: node.infoOnly.nl },
      ];
    case 'consent':
      return [
        { target: node.next, label: node.yes.nl },
        { target: node.refused, label: node.no.nl },
      ];
    default:
      return [{ target: node.next, label: '' }];
  }
}

interface Box {
  id: string;
  lines: { text: string; bold?: boolean }[];
  fill: string;
  title: string;
  missing?: boolean;
  highlight?: boolean;
}

function boxOf(node: TreeNode, highlight: boolean): Box {
  const text = 'text' in node ? cut(node.text.nl, SNIPPET) : '';
  return {
    id: node.id,
    lines: [{ text: node.id, bold: true }, { text: KIND_NAMES[node.kind] }, ...(text ? [{ text }] : [])],
    fill: FILL[node.kind],
    title: `${node.id} (${KIND_NAMES[node.kind]})${highlight ? ': let op' : ''}`,
    highlight,
  };
}

const sizeOf = (box: Box) => ({
  width: Math.max(100, Math.max(...box.lines.map((l) => l.text.length)) * CHAR + 2 * PAD),
  height: box.lines.length * LINE + PAD,
});

type Layout = { layout(graph: ElkNode): Promise<ElkNode> };
let elk: Promise<Layout> | undefined;
/** elkjs is large: load it when the first picture is asked for, not when the admin starts. */
function engine(): Promise<Layout> {
  // The bundle is CommonJS: Node hands its module.exports over as `default`, and TypeScript (NodeNext)
  // types that as the whole module, whose own `default` is the constructor (the bundle sets both).
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: bundle }) => new bundle.default());
  return elk;
}

/**
 * A self-contained SVG (no scripts, no external refs, every text escaped) of the tree: one box per node
 * (id + kind + the first ~40 characters of its Dutch text), arrows for next / option targets / classify
 * branches (edge labels: option label or branch name, short). Layered top-to-bottom layout by elkjs.
 * `highlight` node ids get a thicker, red border (nodes with errors). Links to a node that does not
 * exist end in a dashed "ontbreekt" box, so a broken draft can still be drawn.
 */
export async function treeGraphSvg(tree: Tree, opts?: { highlight?: string[] }): Promise<string> {
  const marked = new Set(opts?.highlight ?? []);
  // ELK ids are our own (n0, n1…): node ids may repeat in a broken draft, and ELK needs unique ids.
  const elkId = new Map<string, string>();
  const boxes = new Map<string, Box>();
  for (const node of tree.nodes) {
    if (elkId.has(node.id)) continue;
    const id = `n${elkId.size}`;
    elkId.set(node.id, id);
    boxes.set(id, boxOf(node, marked.has(node.id)));
  }
  const edges: ElkExtendedEdge[] = [];
  const labels = new Map<string, string>();
  for (const node of tree.nodes) {
    const source = elkId.get(node.id)!;
    for (const { target, label } of linksOf(node)) {
      if (!elkId.has(target)) {
        const id = `n${elkId.size}`;
        elkId.set(target, id);
        boxes.set(id, { id: target, lines: [{ text: target, bold: true }, { text: 'ontbreekt' }], fill: '#ffffff', title: `${target}: deze stap bestaat niet`, missing: true });
      }
      const id = `e${edges.length}`;
      const text = cut(label, LABEL);
      labels.set(id, text);
      edges.push({ id, sources: [source], targets: [elkId.get(target)!], labels: text ? [{ text, width: text.length * 6.5 + 6, height: 14 }] : [] });
    }
  }

  const graph = await (await engine()).layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
      'elk.spacing.nodeNode': '30',
      'elk.layered.spacing.nodeNodeBetweenLayers': '50',
      'elk.spacing.edgeLabel': '4',
    },
    children: [...boxes].map(([id, box]) => ({ id, ...sizeOf(box) })),
    edges,
  });

  const width = Math.ceil(graph.width ?? 0);
  const height = Math.ceil(graph.height ?? 0);
  const out: string[] = [];
  const summary = `Schema van het gesprek ${tree.id}: ${tree.nodes.length} stappen en ${edges.length} pijlen, van boven naar beneden.`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(summary)}">`,
    `<title>${escapeHtml(`Gesprek ${tree.id}`)}</title>`,
    `<defs><marker id="tree-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${ARROW}"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  const laidEdges = new Map((graph.edges ?? []).map((e) => [e.id, e]));
  for (const edge of edges) {
    const laid = laidEdges.get(edge.id);
    // One path per link, so the picture has exactly as many arrows as the tree has links.
    const d = (laid?.sections ?? [])
      .map((s) => `M${[s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => `${num(p.x)},${num(p.y)}`).join(' L')}`)
      .join(' ');
    if (d) out.push(`<path class="edge" d="${d}" fill="none" stroke="${ARROW}" stroke-width="1.5" marker-end="url(#tree-arrow)"/>`);
    for (const l of laid?.labels ?? []) {
      out.push(
        `<rect x="${num(l.x)}" y="${num(l.y)}" width="${num(l.width)}" height="${num(l.height)}" fill="#ffffff"/>`,
        `<text x="${num((l.x ?? 0) + 3)}" y="${num((l.y ?? 0) + 11)}" font-family="${escapeHtml(FONT)}" font-size="11" fill="${INK}">${escapeHtml(labels.get(edge.id) ?? '')}</text>`,
      );
    }
  }
  for (const child of graph.children ?? []) {
    const box = boxes.get(child.id)!;
    const [x, y] = [child.x ?? 0, child.y ?? 0];
    const stroke = box.highlight || box.missing ? ALERT : BORDER;
    out.push(
      `<g class="node" data-node="${escapeHtml(box.id)}"><title>${escapeHtml(box.title)}</title>`,
      `<rect x="${num(x)}" y="${num(y)}" width="${num(child.width)}" height="${num(child.height)}" rx="6" fill="${box.fill}" stroke="${stroke}" stroke-width="${box.highlight ? 4 : 1.5}"${box.missing ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    box.lines.forEach((line, i) => {
      const attrs = line.bold ? ' font-weight="bold"' : i === 1 ? ' font-style="italic"' : '';
      out.push(`<text x="${num(x + PAD)}" y="${num(y + PAD / 2 + LINE * (i + 1) - 4)}" font-family="${escapeHtml(FONT)}" font-size="12" fill="${INK}"${attrs}>${escapeHtml(line.text)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}
