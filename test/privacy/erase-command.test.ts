/**
 * "verwijder mijn gegevens" in the pure core: the words in both languages, the question first,
 * yes asks the runtime to erase, anything else keeps everything, also after the conversation expired.
 */
import { describe, expect, it } from 'vitest';
import { commandLang, parseCommand } from '../../src/core/commands.js';
import type { ConversationState, StepContext } from '../../src/core/state.js';
import { turn } from '../../src/core/turn.js';
import { detectCrisis } from '../../src/nlu/crisis.js';
import { drive, pool, SITE, tree } from '../core/drive.js';

const ctx: StepContext = { now: '2026-11-23T10:00:00.000Z', pool, site: SITE, isCrisis: detectCrisis };
const first = (key: keyof typeof tree.texts, lang: 'nl' | 'en' = 'nl') => tree.texts[key][lang].split('\n')[0]!;
/** The conversation three answers into the intake. */
const midway = (): ConversationState => drive(['Ik heb schulden en de deurwaarder komt steeds langs.', '3']).state;
const say = (state: ConversationState | undefined, text: string) => turn(tree, 'v', state, { kind: 'text', text }, ctx);

describe('the erasure command', () => {
  it('is understood in Dutch and English, with common variants, and only as a whole message', () => {
    for (const nl of ['verwijder mijn gegevens', 'Verwijder mijn gegevens!', "verwijder m'n gegevens", 'wis mijn gegevens', 'Wis al mijn gegevens.', '/verwijder', 'mijn gegevens wissen']) {
      expect(parseCommand(nl), nl).toBe('erase');
      expect(commandLang(nl), nl).toBe('nl');
    }
    for (const en of ['delete my data', 'Delete all my data', 'erase my data', 'remove my data', '/erase']) {
      expect(parseCommand(en), en).toBe('erase');
      expect(commandLang(en), en).toBe('en');
    }
    expect(parseCommand('kun je mijn gegevens verwijderen als ik geen hulp krijg')).toBeUndefined();
    expect(commandLang('status')).toBeUndefined();
  });

  it('asks first, at any point, with Ja and Nee; yes asks the runtime to erase and says it is done', () => {
    const asked = say(midway(), 'verwijder mijn gegevens');
    expect(asked.state.pending).toBe('erase');
    expect(asked.effects).toEqual([]);
    expect(asked.replies).toEqual([{ kind: 'choices', text: tree.texts.erase_confirm.nl, choices: [{ id: 'yes', label: 'Ja' }, { id: 'no', label: 'Nee' }] }]);
    for (const yes of ['ja', 'Ja', '1', 'yes']) {
      const done = say(asked.state, yes);
      expect(done.effects, yes).toEqual([{ kind: 'erase' }]);
      expect(done.replies.map((r) => r.text)).toEqual([tree.texts.erase_done.nl]);
      expect(done.state.pending).toBeUndefined();
    }
    // A button press arrives as the choice's id.
    expect(turn(tree, 'v', asked.state, { kind: 'choice', choice: 'yes' }, ctx).effects).toEqual([{ kind: 'erase' }]);
  });

  it('keeps everything on anything but yes, and goes on where the resident was', () => {
    const state = midway();
    const asked = say(state, 'wis mijn gegevens');
    for (const other of ['nee', '2', 'weet ik niet', '']) {
      const kept = say(asked.state, other);
      expect(kept.effects, other).toEqual([]);
      expect(kept.replies[0]?.text).toBe(tree.texts.erase_cancelled.nl);
      expect(kept.state.pending).toBeUndefined();
      expect(kept.state.node).toBe(state.node);
      expect(kept.state.slots).toEqual(state.slots);
      expect(kept.replies.at(-1)?.text).toContain('Hoe snel heb je hulp nodig?');
    }
    expect(turn(tree, 'v', asked.state, { kind: 'media' }, ctx).replies[0]?.text).toBe(tree.texts.erase_cancelled.nl);
    // Safety first, also here: a crisis message gets the crisis text.
    const crisis = say(asked.state, 'Ik wil niet meer leven.');
    expect(crisis.replies.map((r) => r.text)).toEqual(expect.arrayContaining([tree.texts.erase_cancelled.nl, tree.texts.crisis.nl]));
    // Another command is done too.
    expect(say(asked.state, 'help').replies.map((r) => r.text)).toEqual(expect.arrayContaining([tree.texts.erase_cancelled.nl, tree.texts.help.nl]));
  });

  it('works on an expired or stopped conversation, asking in the language typed, and greets after a no', () => {
    const asked = say(undefined, 'Delete my data');
    expect(asked.state.lang).toBe('en');
    expect(asked.replies).toEqual([{ kind: 'choices', text: tree.texts.erase_confirm.en, choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] }]);
    expect(say(asked.state, 'yes').effects).toEqual([{ kind: 'erase' }]);
    const no = say(asked.state, 'no');
    expect(no.replies[0]?.text).toBe(tree.texts.erase_cancelled.en);
    expect(no.replies.map((r) => r.text).join('\n')).toContain("Hello, I'm Naast");

    const stopped = say(midway(), 'stop').state;
    const again = say(stopped, 'verwijder mijn gegevens');
    expect(again.state.pending).toBe('erase');
    expect(again.replies[0]?.text).toBe(tree.texts.erase_confirm.nl);
  });

  it('is in the help text, in both languages', () => {
    expect(tree.texts.help.nl).toContain('verwijder mijn gegevens');
    expect(tree.texts.help.en).toContain('delete my data');
    expect(first('erase_done')).toBe('Klaar. Ik heb je gegevens gewist.');
  });
});
