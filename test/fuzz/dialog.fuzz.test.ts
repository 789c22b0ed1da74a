/**
 * Random residents through the pure dialog: whatever they send, in whatever order, a turn never
 * throws, never stays silent, never shows a raw placeholder, and leaves a state the tree can use.
 * Bounded here (FUZZ_RUNS, default 150); `npm run fuzz` runs many more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outbound } from '../../src/core/messages.js';
import type { ConversationState, StepContext, StepInput, StepResult } from '../../src/core/state.js';
import { step } from '../../src/core/step.js';
import { MAX_TEXT, turn, type TurnInput } from '../../src/core/turn.js';
import { detectCrisis } from '../../src/nlu/crisis.js';
import { DOMAINS } from '../../src/nlu/types.js';
import { pool, SITE, tree } from '../core/drive.js';
import { loadDefaultClassifier } from '../../src/nlu/default-classifier.js';
import { fuzzOptions } from './fuzz-options.js';

const FUZZ = fuzzOptions(150);
// Large runs take minutes: about 30 ms per case on this machine's slowest property.
const TIMEOUT = 30_000 + FUZZ.numRuns * 30;
const classifier = await loadDefaultClassifier();
const nodeIds = new Set(tree.nodes.map((n) => n.id));

/** What residents really send, plus what they should not but will. */
const said: fc.Arbitrary<TurnInput> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('1', '2', '3', '4', '5', '9', '0', 'ja', 'nee', 'yes', 'no', 'geen voorkeur', 'weet ik niet', 'Jan', '0612345678', 'jan@example.org', '2011 AB').map(text) },
  { weight: 2, arbitrary: fc.constantFrom('stop', 'mens', 'help', 'opnieuw', 'English', 'Nederlands', 'status', 'andere ondersteuner', 'taal', '/start', '/help', '/onbekend', 'verwijder mijn gegevens', 'delete my data', '/verwijder').map(text) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        'Ik heb schulden en de deurwaarder komt steeds langs.',
        'Mijn moeder kan niet meer alleen wonen en ik weet niet welke zorg er is.',
        'Ik wil een klacht indienen over de gemeente, ze beslissen niet over mijn aanvraag.',
        'I lost my job and cannot pay the rent any more.',
        'Ik wil niet meer leven.',
        'Wat is het weer morgen?',
        'Mijn zoon heeft autisme en er is geen plek op school.',
      )
      .map(text),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }).map(text) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\n\t', '😀😀😀', '<script>alert(1)</script>', '{name} {organisation}', '%s %d', 'x'.repeat(MAX_TEXT + 1), '\u0000\u202e').map(text) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((choice): TurnInput => ({ kind: 'choice', choice })) },
  { weight: 1, arbitrary: fc.constant<TurnInput>({ kind: 'media' }) },
);

function text(t: string): TurnInput {
  return { kind: 'text', text: t };
}

const show = (r: Outbound) => r.text + (r.kind === 'choices' ? ` [${r.choices.map((c) => c.label).join('|')}]` : '');

/** One turn with its effects resolved the way the runtime does, at most 8 of them. */
function play(state: ConversationState | undefined, input: TurnInput, ctx: StepContext, handoffFails: boolean): { state: ConversationState | undefined; replies: Outbound[] } {
  let result: StepResult = turn(tree, 'fuzz', state, input, ctx);
  const replies = [...result.replies];
  let effects = 0;
  while (result.effects.length) {
    expect(++effects).toBeLessThanOrEqual(8);
    const effect = result.effects[0]!;
    // Erasure ends the conversation: the runtime deletes it, so the next message starts afresh.
    if (effect.kind === 'erase') return { state: undefined, replies };
    const feedback: StepInput =
      effect.kind === 'classify' ? { kind: 'classified', result: classifier.classify(effect.text) } : handoffFails ? { kind: 'effect-failed' } : { kind: 'handed-off', reference: 'HA-FUZZ' };
    result = step(tree, result.state, feedback, ctx);
    replies.push(...result.replies);
  }
  return { state: result.state, replies };
}

describe('fuzzing the dialog core', () => {
  it('answers every random sequence of resident inputs with words and a usable state', () => {
    const ctx: StepContext = { now: '2026-11-23T10:00:00.000Z', pool, site: SITE, isCrisis: detectCrisis };
    fc.assert(
      fc.property(fc.array(said, { minLength: 1, maxLength: 25 }), fc.boolean(), (inputs, handoffFails) => {
        let state: ConversationState | undefined;
        for (const input of inputs) {
          const { state: next, replies } = play(state, input, ctx, handoffFails);
          // Never silence, never a template or programming leftover on the resident's screen.
          expect(replies.length).toBeGreaterThan(0);
          for (const r of replies) {
            const shown = show(r);
            expect(r.text.trim().length, shown).toBeGreaterThan(0);
            expect(shown).not.toMatch(/\{[a-z_]+\}|undefined|\[object Object\]|NaN/);
            if (r.kind === 'choices') expect(r.choices.length).toBeGreaterThan(0);
          }
          if (!next) {
            state = undefined;
            continue;
          }
          expect(nodeIds.has(next.node), next.node).toBe(true);
          expect(['nl', 'en']).toContain(next.lang);
          for (const d of next.domains) expect(DOMAINS).toContain(d);
          for (const o of next.offered) expect(pool.organisations.some((org) => org.id === o)).toBe(true);
          // The state must survive the store: plain JSON.
          expect(JSON.parse(JSON.stringify(next))).toEqual(next);
          state = next;
        }
      }),
      FUZZ,
    );
  }, TIMEOUT);
});
