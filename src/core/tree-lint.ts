import type { Tree, TreeNode } from './tree-schema.js';

/** One problem in a dialog tree, tied to the node it is in (or `(tree)`). */
export interface LintIssue {
  node: string;
  message: string;
}

/** Kinds that wait for the resident; every loop must pass through one. */
const WAITING = new Set<TreeNode['kind']>(['question', 'choice', 'confirm_domains', 'choose_organisation', 'consent', 'end']);

/** Placeholders the interpreter fills, besides the slots the tree itself fills. */
export const BUILTIN_PLACEHOLDERS = [
  'municipality',
  'privacyUrl',
  'retentionDays',
  'frontDesk',
  'frontDeskPhone',
  'frontDeskHours',
  'domains',
  'organisations',
  'organisation',
  'responseTime',
  'reference',
  'status',
] as const;

/** Every node id a node can lead to, with the field that names it. */
export function targetsOf(node: TreeNode): { field: string; target: string }[] {
  const out: { field: string; target: string }[] = [];
  const add = (field: string, target: string | undefined) => target && out.push({ field, target });
  switch (node.kind) {
    case 'end':
      break;
    case 'choice':
      node.options.forEach((o) => add(`option '${o.id}'`, o.next));
      break;
    case 'question':
      add('next', node.next);
      node.options?.forEach((o) => add(`option '${o.id}'`, o.next));
      break;
    case 'classify':
      add('next', node.next);
      add('crisis', node.crisis);
      add('complaint', node.complaint);
      add('outOfScope', node.outOfScope);
      add('lowConfidence', node.lowConfidence);
      break;
    case 'choose_organisation':
      add('next', node.next);
      add('info', node.info);
      break;
    case 'consent':
      add('next', node.next);
      add('refused', node.refused);
      break;
    default:
      add('next', node.next);
  }
  return out;
}

/** Every resident-facing text of a node, with a name for error messages. */
function textsOf(node: TreeNode): { field: string; text: { nl: string; en: string } }[] {
  const out: { field: string; text: { nl: string; en: string } }[] = [];
  for (const [field, value] of Object.entries(node)) {
    if (value && typeof value === 'object' && 'nl' in value && 'en' in value) out.push({ field, text: value as { nl: string; en: string } });
  }
  if ('options' in node && node.options) node.options.forEach((o) => out.push({ field: `option '${o.id}'`, text: o.label }));
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!);

/**
 * Checks what the schema cannot: links between nodes, reachability, loops that never wait,
 * slots used before anything fills them, and placeholders that differ between languages.
 */
export function lintTree(tree: Tree): LintIssue[] {
  const issues: LintIssue[] = [];
  const byId = new Map<string, TreeNode>();
  for (const node of tree.nodes) {
    if (byId.has(node.id)) issues.push({ node: node.id, message: `duplicate node id '${node.id}'` });
    byId.set(node.id, node);
  }
  if (!byId.has(tree.start)) issues.push({ node: '(tree)', message: `start node '${tree.start}' does not exist` });

  const slots = new Set<string>();
  for (const node of tree.nodes) if ((node.kind === 'question' || node.kind === 'choice') && node.slot) slots.add(node.slot);
  const known = new Set<string>([...BUILTIN_PLACEHOLDERS, ...slots]);

  for (const node of tree.nodes) {
    for (const { field, target } of targetsOf(node)) {
      if (!byId.has(target)) issues.push({ node: node.id, message: `${field} leads to unknown node '${target}'` });
    }
    if ('options' in node && node.options) {
      const seen = new Set<string>();
      for (const o of node.options) {
        if (seen.has(o.id)) issues.push({ node: node.id, message: `option id '${o.id}' is used twice` });
        seen.add(o.id);
      }
    }
    const used = node.kind === 'classify' ? [node.slot] : node.kind === 'handoff' ? [node.words, ...node.answers, node.contact, ...(node.name ? [node.name] : [])] : [];
    for (const slot of used) if (!slots.has(slot)) issues.push({ node: node.id, message: `slot '${slot}' is never filled by a question or choice` });
    for (const { field, text } of textsOf(node)) issues.push(...checkPlaceholders(node.id, field, text, known));
  }
  for (const [key, text] of Object.entries(tree.texts)) issues.push(...checkPlaceholders('(texts)', key, text, known));

  issues.push(...unreachable(tree, byId), ...loopsWithoutWaiting(tree, byId));
  return issues;
}

function checkPlaceholders(node: string, field: string, text: { nl: string; en: string }, known: Set<string>): LintIssue[] {
  const issues: LintIssue[] = [];
  const nl = new Set(placeholders(text.nl));
  const en = new Set(placeholders(text.en));
  for (const p of new Set([...nl, ...en])) {
    if (!known.has(p)) issues.push({ node, message: `${field}: unknown placeholder {${p}}` });
    else if (!nl.has(p) || !en.has(p)) issues.push({ node, message: `${field}: placeholder {${p}} is missing in the ${nl.has(p) ? 'English (en)' : 'Dutch (nl)'} text` });
  }
  return issues;
}

function unreachable(tree: Tree, byId: Map<string, TreeNode>): LintIssue[] {
  const seen = new Set<string>();
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.pop()!;
    const node = byId.get(id);
    if (!node || seen.has(id)) continue;
    seen.add(id);
    for (const { target } of targetsOf(node)) queue.push(target);
  }
  return tree.nodes.filter((n) => !seen.has(n.id)).map((n) => ({ node: n.id, message: `unreachable from start node '${tree.start}'` }));
}

/** A cycle made only of nodes that never wait would spin forever. */
function loopsWithoutWaiting(tree: Tree, byId: Map<string, TreeNode>): LintIssue[] {
  const issues: LintIssue[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    const node = byId.get(id);
    if (!node || WAITING.has(node.kind)) return;
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const cycle = [...path.slice(path.indexOf(id)), id];
      issues.push({ node: id, message: `loop that never waits for the resident: ${cycle.join(' → ')}` });
      return;
    }
    state.set(id, 'open');
    for (const { target } of targetsOf(node)) visit(target, [...path, id]);
    state.set(id, 'done');
  };
  for (const node of tree.nodes) visit(node.id, []);
  return issues;
}
