/**
 * What changed between two versions of a dialog tree, for the audit log and the versions page.
 * Nodes are matched by id and options by their id, never by array position: an inserted node or
 * option would otherwise show as a change of everything after it.
 */
import type { Tree, TreeNode } from '../core/tree-schema.js';
import { KIND_NAMES } from './tree-graph.js';

export interface TreeChange {
  node: string;
  field: string;
  change: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
}

/** Leaf paths of a value, in key order: strings as they are, other leaves as JSON. */
type Flat = Map<string, string>;

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown[]): v is { id: string }[] => v.length > 0 && v.every((x) => isRecord(x) && typeof x.id === 'string');
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function flatten(value: unknown, path: string, out: Flat): Flat {
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== undefined) flatten(v, path ? `${path}.${k}` : k, out);
  } else if (Array.isArray(value) && value.some(isRecord)) {
    value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
  } else {
    // Strings, numbers and lists of plain values (handoff `answers`) are one field each.
    out.set(path, show(value));
  }
  return out;
}

/** Field changes between two flattened values: after's order first, then what was removed. */
function compare(node: string, before: Flat, after: Flat): TreeChange[] {
  const out: TreeChange[] = [];
  for (const [field, value] of after) {
    const old = before.get(field);
    if (old === undefined) out.push({ node, field, change: 'added', after: value });
    else if (old !== value) out.push({ node, field, change: 'changed', before: old, after: value });
  }
  for (const [field, value] of before) if (!after.has(field)) out.push({ node, field, change: 'removed', before: value });
  return out;
}

/**
 * Options (and any list of objects with ids) compared by id; a path names the option's position
 * in `after` (or in `before` once removed), as the editor shows it. A new order of the same options
 * is one change of the list, since residents see the buttons in that order.
 */
function compareLists(node: string, key: string, before: { id: string }[], after: { id: string }[]): TreeChange[] {
  const out: TreeChange[] = [];
  const old = new Map(before.map((o, i) => [o.id, { o, i }]));
  const kept = new Set<string>();
  after.forEach((o, i) => {
    const was = old.get(o.id);
    if (!was) {
      out.push({ node, field: `${key}.${i}`, change: 'added', after: JSON.stringify(o) });
      return;
    }
    kept.add(o.id);
    const changes = compare(node, flatten(was.o, `${key}.${i}`, new Map()), flatten(o, `${key}.${i}`, new Map()));
    out.push(...changes);
  });
  before.forEach((o, i) => {
    if (!kept.has(o.id)) out.push({ node, field: `${key}.${i}`, change: 'removed', before: JSON.stringify(o) });
  });
  const order = (list: { id: string }[]) => list.filter((o) => kept.has(o.id)).map((o) => o.id);
  const was = order(before);
  const now = order(after);
  if (was.join() !== now.join()) out.push({ node, field: `${key}.order`, change: 'changed', before: was.join(', '), after: now.join(', ') });
  return out;
}

/** One node (or tree-level section) compared field by field, lists of objects with ids by id. */
function compareObjects(node: string, before: Record<string, unknown>, after: Record<string, unknown>, prefix = ''): TreeChange[] {
  const plainBefore: Record<string, unknown> = {};
  const plainAfter: Record<string, unknown> = {};
  const listKeys: string[] = [];
  for (const [k, v] of Object.entries(after)) {
    const w = before[k];
    if (Array.isArray(v) && hasIds(v) && Array.isArray(w) && hasIds(w)) listKeys.push(k);
    else plainAfter[k] = v;
  }
  for (const [k, v] of Object.entries(before)) if (!listKeys.includes(k)) plainBefore[k] = v;
  const out = compare(node, flatten(plainBefore, prefix, new Map()), flatten(plainAfter, prefix, new Map()));
  for (const k of listKeys) out.push(...compareLists(node, prefix ? `${prefix}.${k}` : k, before[k] as { id: string }[], after[k] as { id: string }[]));
  return out;
}

/**
 * Differences from `before` to `after`, nodes matched by id (not array index), fields flattened to
 * paths ('text.nl', 'options.1.label.en', 'next'); tree-level texts under node 'texts' / 'domains' /
 * 'otherLanguages' with the section in the path ('texts.greeting.nl'), `id` and `start` under
 * '(tree)'. Values as strings (JSON for non-strings). A node added or removed is one change with
 * field '(node)' and the node as JSON. Order: tree-level changes, then the nodes in `after`'s order,
 * removed nodes last; moving a node in the list is no change.
 */
export function diffTrees(before: Tree, after: Tree): TreeChange[] {
  const out: TreeChange[] = [];
  const { nodes: _a, texts: textsA, domains: domainsA, otherLanguages: otherA, ...topA } = after;
  const { nodes: _b, texts: textsB, domains: domainsB, otherLanguages: otherB, ...topB } = before;
  out.push(...compare('(tree)', flatten(topB, '', new Map()), flatten(topA, '', new Map())));
  out.push(...compare('texts', flatten(textsB, 'texts', new Map()), flatten(textsA, 'texts', new Map())));
  out.push(...compare('domains', flatten(domainsB, 'domains', new Map()), flatten(domainsA, 'domains', new Map())));
  out.push(...compare('otherLanguages', flatten(otherB ?? {}, 'otherLanguages', new Map()), flatten(otherA ?? {}, 'otherLanguages', new Map())));

  const old = new Map<string, TreeNode>();
  for (const n of before.nodes) if (!old.has(n.id)) old.set(n.id, n);
  const seen = new Set<string>();
  for (const n of after.nodes) {
    if (seen.has(n.id)) continue; // a duplicate id is the linter's to report; compare the first
    seen.add(n.id);
    const was = old.get(n.id);
    if (was) out.push(...compareObjects(n.id, was, n));
    else out.push({ node: n.id, field: '(node)', change: 'added', after: JSON.stringify(n) });
  }
  for (const n of old.values()) if (!seen.has(n.id)) out.push({ node: n.id, field: '(node)', change: 'removed', before: JSON.stringify(n) });
  return out;
}

const MAX = 120;
/** One line, cut to MAX characters: line breaks shown as ↵ so a log line stays one line. */
function short(value: string): string {
  const line = value.replace(/\s*\r?\n\s*/g, ' ↵ ');
  return `"${line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line}"`;
}

/** The Dutch kind name of a node given as JSON, for "stap toegevoegd (vraag)". */
function kindOf(json: string | undefined): string {
  try {
    const kind = (JSON.parse(json ?? '') as { kind?: unknown }).kind;
    return typeof kind === 'string' && kind in KIND_NAMES ? ` (${KIND_NAMES[kind as TreeNode['kind']]})` : '';
  } catch {
    return '';
  }
}

/**
 * One line per change in plain Dutch, for the audit log and the versions page, e.g.
 * `greeting › text.nl: "Hallo" → "Hoi"`; long values cut to 120 characters with "…".
 */
export function describeChange(c: TreeChange): string {
  if (c.field === '(node)') return c.change === 'added' ? `${c.node}: stap toegevoegd${kindOf(c.after)}` : `${c.node}: stap verwijderd${kindOf(c.before)}`;
  const where = `${c.node} › ${c.field}`;
  if (c.change === 'added') return `${where}: toegevoegd ${short(c.after ?? '')}`;
  if (c.change === 'removed') return `${where}: verwijderd (was ${short(c.before ?? '')})`;
  return `${where}: ${short(c.before ?? '')} → ${short(c.after ?? '')}`;
}
