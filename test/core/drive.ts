import { loadTrees } from '../../src/core/tree-loader.js';
import type { Outbound } from '../../src/core/messages.js';
import type { ConversationState, HandoffDraft, StepContext, StepInput, StepResult } from '../../src/core/state.js';
import { step } from '../../src/core/step.js';
import { turn, type TurnInput } from '../../src/core/turn.js';
import { detectCrisis } from '../../src/nlu/crisis.js';
import { loadDefaultClassifier } from '../../src/nlu/default-classifier.js';
import { loadPool } from '../../src/pool/load-pool.js';

const loaded = (await loadTrees('dialogs')).get('intake')!;
export const tree = loaded.tree;
export const pool = await loadPool('data/pool.yaml');
const classifier = await loadDefaultClassifier();
/** What a default installation on localhost fills in for `{privacyUrl}` and `{retentionDays}`. */
export const SITE = { privacyUrl: 'http://localhost:3000/privacy', retentionDays: '30' };

/** One resident turn as a test sees it. */
export interface Turn {
  said: string | { media: true };
  replies: Outbound[];
  /** All reply texts of the turn, joined, for `toContain`. */
  text: string;
  node: string;
}

/**
 * Plays a conversation through the pure core, resolving effects the way the runtime does
 * (the real classifier; a handoff gets reference HA-TEST2), so whole intakes read as tables.
 */
export function drive(lines: (string | { media: true })[], extra: Partial<StepContext> = {}) {
  const ctx: StepContext = { now: '2026-11-23T10:00:00.000Z', pool, site: SITE, isCrisis: detectCrisis, ...extra };
  let state: ConversationState | undefined;
  const turns: Turn[] = [];
  const handoffs: HandoffDraft[] = [];
  for (const said of lines) {
    const input: TurnInput = typeof said === 'string' ? { kind: 'text', text: said } : { kind: 'media' };
    let result: StepResult = turn(tree, loaded.version, state, input, ctx);
    const replies = [...result.replies];
    while (result.effects.length) {
      const effect = result.effects[0]!;
      if (effect.kind === 'erase') break;
      let feedback: StepInput;
      if (effect.kind === 'classify') feedback = { kind: 'classified', result: classifier.classify(effect.text) };
      else {
        handoffs.push(effect.draft);
        feedback = { kind: 'handed-off', reference: 'HA-TEST2' };
      }
      result = step(tree, result.state, feedback, ctx);
      replies.push(...result.replies);
    }
    state = result.state;
    turns.push({ said, replies, text: replies.map((r) => r.text + (r.kind === 'choices' ? '\n' + r.choices.map((c) => c.label).join('\n') : '')).join('\n'), node: state.node });
  }
  return { turns, state: state!, handoffs, last: turns[turns.length - 1]! };
}
