import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { describeChange, diffTrees } from '../../src/admin/tree-diff.js';
import { parseTree } from '../../src/core/tree-loader.js';
import type { NodeOf, Tree } from '../../src/core/tree-schema.js';

const { tree: intake } = parseTree(await readFile('dialogs/intake.yaml', 'utf8'), 'dialogs/intake.yaml');
/** The real intake with one change. */
function changed(change: (t: Tree) => void): Tree {
  const tree = structuredClone(intake);
  change(tree);
  return tree;
}
const node = <K extends Tree['nodes'][number]['kind']>(t: Tree, id: string, _kind: K) => t.nodes.find((n) => n.id === id) as NodeOf<K>;

describe('diffTrees', () => {
  it('finds nothing between a tree and its copy', () => {
    expect(diffTrees(intake, structuredClone(intake))).toEqual([]);
  });

  it('names a changed text by node and path', () => {
    const after = changed((t) => (node(t, 'for_whom', 'choice').text.nl = 'Voor wie is de hulp?'));
    expect(diffTrees(intake, after)).toEqual([{ node: 'for_whom', field: 'text.nl', change: 'changed', before: 'Voor wie zoek je hulp?', after: 'Voor wie is de hulp?' }]);
  });

  it('matches options by id, so an inserted option changes nothing after it', () => {
    const after = changed((t) => {
      const options = node(t, 'for_whom', 'choice').options;
      options.unshift({ id: 'partner', label: { nl: 'Voor mijn partner', en: 'For my partner' }, next: 'urgency' });
      options.find((o) => o.id === 'child')!.label.en = 'For my son or daughter';
    });
    const changes = diffTrees(intake, after);
    expect(changes.map(({ node, field, change }) => ({ node, field, change }))).toEqual([
      { node: 'for_whom', field: 'options.0', change: 'added' },
      { node: 'for_whom', field: 'options.2.label.en', change: 'changed' },
    ]);
    expect(changes[1]).toMatchObject({ before: 'For my child', after: 'For my son or daughter' });
    expect(JSON.parse(changes[0]!.after!)).toMatchObject({ id: 'partner', next: 'urgency' });
  });

  it('reports a removed option once and a new order of the buttons as one change', () => {
    const removed = changed((t) => {
      const n = node(t, 'urgency', 'choice');
      n.options = n.options.filter((o) => o.id !== 'this_week');
    });
    expect(diffTrees(intake, removed).map(({ field, change }) => `${field} ${change}`)).toEqual(['options.1 removed']);

    const reordered = changed((t) => node(t, 'urgency', 'choice').options.reverse());
    expect(diffTrees(intake, reordered)).toEqual([
      { node: 'urgency', field: 'options.order', change: 'changed', before: 'today, this_week, no_hurry', after: 'no_hurry, this_week, today' },
    ]);
  });

  it('reports an added and a removed node as one change each, removed nodes last', () => {
    const after = changed((t) => {
      t.nodes = t.nodes.filter((n) => n.id !== 'after_crisis');
      t.nodes.splice(1, 0, { id: 'welcome_back', kind: 'message', text: { nl: 'Welkom terug.', en: 'Welcome back.' }, next: 'ask_question' });
      node(t, 'classify_question', 'classify').crisis = 'for_whom';
    });
    const changes = diffTrees(intake, after);
    expect(changes.map(({ node, field, change }) => `${node} ${field} ${change}`)).toEqual([
      'welcome_back (node) added',
      'classify_question crisis changed',
      'after_crisis (node) removed',
    ]);
    expect(JSON.parse(changes[0]!.after!)).toMatchObject({ kind: 'message', text: { nl: 'Welkom terug.' } });
    expect(JSON.parse(changes[2]!.before!)).toMatchObject({ kind: 'goto', next: 'for_whom' });
  });

  it('sees no change when nodes only move in the list', () => {
    expect(diffTrees(intake, changed((t) => t.nodes.reverse()))).toEqual([]);
  });

  it('lists changes in the order of the nodes after the change', () => {
    const after = changed((t) => {
      node(t, 'done', 'end').text.en = 'Thanks.';
      node(t, 'greeting', 'message').text.en = 'Hi.';
    });
    expect(diffTrees(intake, after).map((c) => c.node)).toEqual(['greeting', 'done']);
  });

  it('names tree-level texts, domains and other values, non-strings as JSON', () => {
    const after = changed((t) => {
      t.texts.restarted.nl = 'We starten opnieuw.';
      t.domains.work.en = 'Jobs';
      t.start = 'ask_question';
      node(t, 'choose_organisation', 'choose_organisation').max = 4;
      node(t, 'handoff', 'handoff').answers = ['for_whom', 'tried'];
      delete node(t, 'tried', 'question').invalid;
    });
    expect(diffTrees(intake, after).map(({ node, field, change, before, after }) => [node, field, change, before, after])).toEqual([
      ['(tree)', 'start', 'changed', 'greeting', 'ask_question'],
      ['texts', 'texts.restarted.nl', 'changed', 'We beginnen opnieuw.', 'We starten opnieuw.'],
      ['domains', 'domains.work.en', 'changed', 'Work', 'Jobs'],
      ['tried', 'invalid.nl', 'removed', 'Typ in een paar woorden wat je al hebt geprobeerd. Of kies Nog niets.', undefined],
      ['tried', 'invalid.en', 'removed', 'Type in a few words what you have tried. Or choose Nothing yet.', undefined],
      ['choose_organisation', 'max', 'changed', '3', '4'],
      ['handoff', 'answers', 'changed', '["for_whom","urgency","tried","decision"]', '["for_whom","tried"]'],
    ]);
  });
});

describe('describeChange', () => {
  it('writes a changed value as before → after', () => {
    expect(describeChange({ node: 'greeting', field: 'text.nl', change: 'changed', before: 'Hallo', after: 'Hoi' })).toBe('greeting › text.nl: "Hallo" → "Hoi"');
  });

  it('writes added and removed values and nodes in plain Dutch', () => {
    expect(describeChange({ node: 'tried', field: 'invalid.nl', change: 'added', after: 'Typ iets.' })).toBe('tried › invalid.nl: toegevoegd "Typ iets."');
    expect(describeChange({ node: 'tried', field: 'invalid.nl', change: 'removed', before: 'Typ iets.' })).toBe('tried › invalid.nl: verwijderd (was "Typ iets.")');
    expect(describeChange({ node: 'welcome_back', field: '(node)', change: 'added', after: '{"id":"welcome_back","kind":"message"}' })).toBe('welcome_back: stap toegevoegd (bericht)');
    expect(describeChange({ node: 'after_crisis', field: '(node)', change: 'removed', before: '{"id":"after_crisis","kind":"goto"}' })).toBe('after_crisis: stap verwijderd (ga naar)');
  });

  it('cuts long values to 120 characters and keeps the line on one line', () => {
    const long = 'Dit is een heel lange tekst.\n'.repeat(10);
    const line = describeChange({ node: 'greeting', field: 'text.nl', change: 'changed', before: long, after: 'Kort.' });
    expect(line).not.toContain('\n');
    const quoted = line.match(/: "(.*)" → "Kort\."$/)![1]!;
    expect(quoted).toHaveLength(120);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted.startsWith('Dit is een heel lange tekst. ↵ Dit is')).toBe(true);
  });

  it('describes every change of a real edit', () => {
    const after = changed((t) => (node(t, 'consent', 'consent').yes.nl = 'Ja, prima'));
    expect(diffTrees(intake, after).map(describeChange)).toEqual(['consent › yes.nl: "Ja, dat mag" → "Ja, prima"']);
  });
});
