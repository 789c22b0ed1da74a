import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadTrees, parseTree, TreeError } from '../../src/core/tree-loader.js';

const source = await readFile('dialogs/intake.yaml', 'utf8');
type RawNode = { id: string; kind: string; next?: string; text?: { nl: string; en: string }; options?: { id: string; next?: string }[] };
type RawTree = { id: string; start: string; nodes: RawNode[]; texts: Record<string, { nl: string; en: string }> };

/** The real intake with one change, as YAML again. */
function broken(change: (t: RawTree) => void): string {
  const tree = parse(source) as RawTree;
  change(tree);
  return stringify(tree);
}
const node = (t: RawTree, id: string) => t.nodes.find((n) => n.id === id)!;

function issuesOf(yaml: string): { node: string; message: string }[] {
  try {
    parseTree(yaml, 'dialogs/intake.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(TreeError);
    expect((err as TreeError).message).toContain('dialogs/intake.yaml');
    return (err as TreeError).issues;
  }
  throw new Error('the tree was accepted');
}

describe('the dialog tree loader and linter', () => {
  it('accepts the default intake', () => {
    expect(parseTree(source, 'dialogs/intake.yaml').tree.nodes.length).toBeGreaterThan(10);
  });

  it('names the node whose next leads nowhere', () => {
    const issues = issuesOf(broken((t) => (node(t, 'greeting').next = 'nowhere')));
    expect(issues).toContainEqual({ node: 'greeting', message: "next leads to unknown node 'nowhere'" });
  });

  it('names a choice option whose target does not exist', () => {
    const issues = issuesOf(broken((t) => (node(t, 'for_whom').options![0]!.next = 'gone')));
    expect(issues).toContainEqual({ node: 'for_whom', message: "option 'myself' leads to unknown node 'gone'" });
  });

  it('names a choice option without a target', () => {
    const issues = issuesOf(broken((t) => delete node(t, 'for_whom').options![0]!.next));
    expect(issues.some((i) => i.node === 'for_whom' && i.message.includes('options.0.next'))).toBe(true);
  });

  it('names unreachable nodes', () => {
    const issues = issuesOf(broken((t) => t.nodes.push({ id: 'orphan', kind: 'end', text: { nl: 'Dag', en: 'Bye' } })));
    expect(issues).toContainEqual({ node: 'orphan', message: "unreachable from start node 'greeting'" });
  });

  it('names a node with a missing translation', () => {
    const issues = issuesOf(broken((t) => delete (node(t, 'ask_question').text as Partial<{ en: string }>).en));
    expect(issues.some((i) => i.node === 'ask_question' && i.message.startsWith('text.en'))).toBe(true);
  });

  it('names an empty translation', () => {
    const issues = issuesOf(broken((t) => (node(t, 'greeting').text!.en = '  ')));
    expect(issues).toContainEqual({ node: 'greeting', message: 'text.en: English text (en) is empty' });
  });

  it('finds a loop that never waits for the resident', () => {
    const issues = issuesOf(
      broken((t) => {
        t.nodes.push({ id: 'loop_a', kind: 'goto', next: 'loop_b' }, { id: 'loop_b', kind: 'goto', next: 'loop_a' });
        node(t, 'greeting').next = 'loop_a';
      }),
    );
    expect(issues.some((i) => i.message.startsWith('loop that never waits for the resident: loop_a → loop_b → loop_a'))).toBe(true);
  });

  it('names a placeholder that only one language has', () => {
    const issues = issuesOf(broken((t) => (node(t, 'greeting').text!.en = 'Hello from Naast.')));
    expect(issues).toContainEqual({ node: 'greeting', message: 'text: placeholder {municipality} is missing in the English (en) text' });
  });

  it('names an unknown placeholder', () => {
    const issues = issuesOf(broken((t) => (t.texts.help = { nl: 'Hulp {nergens}', en: 'Help {nergens}' })));
    expect(issues).toContainEqual({ node: '(texts)', message: 'help: unknown placeholder {nergens}' });
  });

  it('names a missing system text', () => {
    const issues = issuesOf(broken((t) => delete t.texts.crisis));
    expect(issues.some((i) => i.message.startsWith('texts.crisis'))).toBe(true);
  });

  it('names duplicate node ids and a missing start', () => {
    const issues = issuesOf(
      broken((t) => {
        t.start = 'begin';
      }),
    );
    expect(issues).toContainEqual({ node: '(tree)', message: "start node 'begin' does not exist" });
    const dup = issuesOf(broken((t) => t.nodes.push({ ...node(t, 'greeting') })));
    expect(dup).toContainEqual({ node: 'greeting', message: "duplicate node id 'greeting'" });
  });

  it('names an unknown node kind', () => {
    const issues = issuesOf(broken((t) => (node(t, 'greeting').kind = 'speech')));
    expect(issues[0]!.node).toBe('greeting');
  });

  it('refuses a slot that nothing fills', () => {
    const issues = issuesOf(broken((t) => ((node(t, 'classify_question') as unknown as { slot: string }).slot = 'nothing')));
    expect(issues).toContainEqual({ node: 'classify_question', message: "slot 'nothing' is never filled by a question or choice" });
  });

  it('names the line of a YAML syntax error', () => {
    const issues = issuesOf('id: intake\nnodes: [\n  - oops');
    expect(issues[0]!.message).toMatch(/not valid YAML\/JSON at line \d+/);
  });

  it('stops loading a folder at a broken tree, naming its file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'naast-trees-'));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'intake.yaml'), broken((t) => (node(t, 'greeting').next = 'nowhere')));
    await expect(loadTrees(dir)).rejects.toThrow(/intake\.yaml: node 'greeting': next leads to unknown node 'nowhere'/);
  });
});
