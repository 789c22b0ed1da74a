/**
 * Random trees through the loader: a broken tree gets a clear error that names a node, a valid
 * one loads; never a crash. Mutations start from the real intake, so they reach deep checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTree, TreeError, validateTree } from '../../src/core/tree-loader.js';
import { tree } from '../core/drive.js';
import { fuzzOptions } from './fuzz-options.js';

const FUZZ = fuzzOptions(150);
// Large runs take minutes: about 30 ms per case on this machine's slowest property.
const TIMEOUT = 30_000 + FUZZ.numRuns * 30;
const nodeIds = tree.nodes.map((n) => n.id);
const anything = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom(...nodeIds), fc.jsonValue({ maxDepth: 2 }));

type Json = Record<string, unknown>;

/** One change somewhere in the tree: a field dropped, replaced or retargeted, a node removed or doubled. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), node: fc.nat(), key: fc.constantFrom('id', 'kind', 'next', 'text', 'slot', 'validate', 'options', 'prompt', 'branches', 'x'), value: anything }),
  fc.record({ op: fc.constant('drop' as const), node: fc.nat(), key: fc.constantFrom('id', 'kind', 'next', 'text', 'slot', 'options') }),
  fc.record({ op: fc.constant('remove' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('double' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('text' as const), node: fc.nat(), lang: fc.constantFrom('nl', 'en'), value: fc.oneof(fc.string(), fc.constant('{nope}'), fc.constant('')) }),
  fc.record({ op: fc.constant('top' as const), key: fc.constantFrom('id', 'texts', 'domains', 'nodes', 'start', 'otherLanguages'), value: anything }),
);

interface Change {
  op: string;
  node?: number;
  key?: string;
  value?: unknown;
  lang?: string;
}

function mutate(base: Json, changes: Change[]): unknown {
  const t = structuredClone(base) as Json & { nodes: Json[] };
  for (const c of changes) {
    const nodes = Array.isArray(t.nodes) ? t.nodes : [];
    const i = nodes.length ? (c.node ?? 0) % nodes.length : 0;
    const node = nodes[i];
    switch (c.op) {
      case 'set':
        if (node && typeof node === 'object') node[c.key!] = c.value;
        break;
      case 'drop':
        if (node && typeof node === 'object') delete node[c.key!];
        break;
      case 'remove':
        nodes.splice(i, 1);
        break;
      case 'double':
        if (node) nodes.push(structuredClone(node));
        break;
      case 'text':
        if (node && typeof node.text === 'object' && node.text) (node.text as Json)[c.lang!] = c.value;
        break;
      case 'top':
        t[c.key!] = c.value;
        break;
    }
  }
  return t;
}

describe('fuzzing the tree loader', () => {
  it('answers every mutated tree with a valid tree or issues that each name a node', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
        // Through JSON first: a key set to undefined would otherwise differ between the object and its file.
        const data = JSON.parse(JSON.stringify(mutate(tree as unknown as Json, changes)) ?? 'null') as unknown;
        const { tree: checked, issues } = validateTree(data);
        if (checked && issues.length === 0) return;
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(typeof issue.node).toBe('string');
          expect(issue.node.length).toBeGreaterThan(0);
          expect(issue.message.trim().length).toBeGreaterThan(0);
        }
        // Through a file it becomes one TreeError naming the file and the node, never anything else.
        const source = JSON.stringify(data) ?? 'null';
        expect(() => parseTree(source, 'dialogs/intake.json')).toThrow(TreeError);
        expect(() => parseTree(source, 'dialogs/intake.json')).toThrow(/^dialogs\/intake\.json: /);
      }),
      FUZZ,
    );
  }, TIMEOUT);

  it('never crashes on random text given as a tree file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 3 })), (source) => {
        expect(() => parseTree(source, 'dialogs/intake.yaml')).toThrow(TreeError);
      }),
      FUZZ,
    );
  }, TIMEOUT);
});
