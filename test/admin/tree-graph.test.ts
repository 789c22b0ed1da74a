import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { treeGraphSvg } from '../../src/admin/tree-graph.js';
import { targetsOf } from '../../src/core/tree-lint.js';
import { parseTree } from '../../src/core/tree-loader.js';
import type { Tree } from '../../src/core/tree-schema.js';

const { tree: intake } = parseTree(await readFile('dialogs/intake.yaml', 'utf8'), 'dialogs/intake.yaml');

/**
 * A small well-formedness check: tags nest and close, attribute values are quoted, and no raw
 * `<` or bare `&` stands in text or attributes. Returns the problem, or '' when there is none.
 */
function xmlProblem(xml: string): string {
  const stack: string[] = [];
  const entity = /&(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);/gi;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  for (const m of xml.matchAll(tag)) {
    const text = xml.slice(at, m.index);
    if (/[<>]/.test(text) || /&/.test(text.replace(entity, ''))) return `bad text before ${m[0]}: ${text.slice(0, 40)}`;
    if (/&/.test(m[3]!.replace(entity, ''))) return `bare & in ${m[0]}`;
    at = m.index + m[0].length;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `unexpected </${m[2]}>`;
    } else if (!m[4]) stack.push(m[2]!);
  }
  if (xml.slice(at).trim()) return `trailing text: ${xml.slice(at, at + 40)}`;
  return stack.length ? `unclosed <${stack.join('><')}>` : '';
}

const count = (s: string, needle: string) => s.split(needle).length - 1;
const links = (tree: Tree) => tree.nodes.reduce((n, node) => n + targetsOf(node).length, 0);

describe('treeGraphSvg', () => {
  let svg = '';
  let took = Infinity;
  beforeAll(async () => {
    // elkjs is loaded on first use; load it first so the timing measures the layout of the tree.
    await treeGraphSvg({ ...intake, nodes: [{ id: 'only', kind: 'end', text: { nl: 'Klaar.', en: 'Done.' } }] });
    const started = performance.now();
    svg = await treeGraphSvg(intake);
    took = performance.now() - started;
  });

  it('lays out the real intake in under 2 seconds as one well-formed SVG', () => {
    expect(took).toBeLessThan(2000);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(xmlProblem(svg)).toBe('');
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-label="Schema van het gesprek intake: \d+ stappen en \d+ pijlen/);
    expect(svg).toContain('<title>Gesprek intake</title>');
  });

  it('draws one box per node, named by id and Dutch kind, and one arrow per link', () => {
    expect(count(svg, '<g class="node"')).toBe(intake.nodes.length);
    for (const n of intake.nodes) expect(svg).toContain(`data-node="${n.id}"`);
    expect(count(svg, '<path class="edge"')).toBe(links(intake));
    for (const kind of ['bericht', 'vraag', 'keuze', 'indelen', 'domeinen', 'organisatie', 'toestemming', 'overdracht', 'ga naar', 'einde']) {
      expect(svg).toContain(`>${kind}</text>`);
    }
    expect(svg).toContain('>Hallo, ik ben Naast. Ik ben de chat van…</text>');
    // Edge labels: an option's Dutch text and a classify branch.
    expect(svg).toContain('>Voor mijn kind</text>');
    expect(svg).toContain('>crisis</text>');
  });

  it('needs nothing from outside and runs nothing', () => {
    expect(svg).not.toMatch(/<script|<style|\sstyle=|\son\w+=|href=|<image|<foreignObject/i);
    expect(svg.match(/url\([^)]*\)/g)?.every((u) => u.startsWith('url(#'))).toBe(true);
  });

  it('escapes every text an editor typed', async () => {
    const hostile = '<script>alert("x")</script> & \'y\'';
    const tree: Tree = {
      ...intake,
      start: 'first',
      nodes: [
        { id: 'first', kind: 'choice', text: { nl: hostile, en: 'x' }, options: [{ id: 'a', label: { nl: `"><script>&`, en: 'a' }, next: 'last' }] },
        { id: 'last', kind: 'end', text: { nl: 'Klaar & <b>weg</b>', en: 'Done' } },
      ],
    };
    const hostileSvg = await treeGraphSvg(tree);
    expect(xmlProblem(hostileSvg)).toBe('');
    expect(hostileSvg).not.toContain('<script');
    expect(hostileSvg).not.toContain('<b>');
    expect(hostileSvg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(hostileSvg).toContain('&quot;&gt;&lt;script&gt;&amp;');
    expect(count(hostileSvg, '<path class="edge"')).toBe(1);
  });

  it('gives highlighted nodes a thicker border', async () => {
    const marked = await treeGraphSvg(intake, { highlight: ['consent', 'name'] });
    const borders = [...marked.matchAll(/data-node="([^"]+)">.*?\n<rect [^>]*stroke-width="([\d.]+)"/g)].map((m) => [m[1], m[2]]);
    expect(borders).toHaveLength(intake.nodes.length);
    expect(borders.filter(([, w]) => w === '4').map(([id]) => id).sort()).toEqual(['consent', 'name']);
  });

  it('still draws a broken draft: a link to a missing node ends in a marked box', async () => {
    const tree = structuredClone(intake);
    const greeting = tree.nodes.find((n) => n.id === 'greeting') as { next: string };
    greeting.next = 'nowhere';
    const broken = await treeGraphSvg(tree);
    expect(xmlProblem(broken)).toBe('');
    expect(broken).toContain('data-node="nowhere"');
    expect(broken).toContain('>ontbreekt</text>');
    expect(count(broken, '<path class="edge"')).toBe(links(tree));
  });
});
