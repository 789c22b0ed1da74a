import type { HandoffRequest, HandoffStatus } from '../handoff/handoff.js';
import type { Classification, LifeDomain } from '../nlu/types.js';
import type { Pool } from '../pool/pool-schema.js';
import type { Lang, Outbound } from './messages.js';

/** Where one conversation stands; plain JSON so it can be stored as is. */
export interface ConversationState {
  tree: string;
  /** The tree version the conversation started with. */
  version: string;
  /** The node waiting for the resident (or for an effect's result). */
  node: string;
  /** Sub-state inside a node: picking domains, or waiting for an effect. */
  phase?: 'pick' | 'wait';
  lang: Lang;
  /** The resident chose a language themselves; never switch it for them. */
  langChosen: boolean;
  /** A language without a full dialog that the resident wrote in: organisations speaking it come first. */
  writtenIn?: 'tr' | 'ar' | 'pl' | 'uk';
  slots: Record<string, string>;
  domains: LifeDomain[];
  kind: 'support' | 'complaint';
  /** Organisation ids offered at the choose step, so "2" means what the resident saw. */
  offered: string[];
  organisation?: string;
  /** Organisations the resident left ("andere ondersteuner"): never offered again in this conversation. */
  excluded?: string[];
  consent?: { at: string; text: string };
  reference?: string;
  /** A command waiting for its answer: the language question, or "really erase everything?". */
  pending?: 'language' | 'erase';
  /** The resident typed stop; the next message starts afresh. */
  stopped?: boolean;
}

/** What the resident did, as the dialog sees it, or the result of an effect. */
export type StepInput =
  | { kind: 'start' }
  | { kind: 'text'; text: string }
  | { kind: 'choice'; choice: string }
  | { kind: 'media' }
  | { kind: 'classified'; result: Classification }
  | { kind: 'handed-off'; reference: string }
  | { kind: 'effect-failed' };

/** The handoff as the dialog knows it; the runtime adds channel and conversation. */
export type HandoffDraft = Omit<HandoffRequest, 'channel' | 'conversation'>;

/**
 * Work the runtime must do; its result comes back as the next StepInput. `erase` is the exception:
 * it ends the conversation (everything stored about it is erased), so nothing comes back.
 */
export type Effect = { kind: 'classify'; text: string } | { kind: 'handoff'; draft: HandoffDraft } | { kind: 'erase' };

export interface StepResult {
  state: ConversationState;
  replies: Outbound[];
  effects: Effect[];
}

/** The world a step may read: data, never I/O. */
/** What the trees' `{privacyUrl}` and `{retentionDays}` say: this installation's settings, not the tree's. */
export type SiteVars = {
  privacyUrl: string;
  retentionDays: string;
};

export interface StepContext {
  /** ISO time of this turn. */
  now: string;
  pool: Pool;
  site: SiteVars;
  /** The case this conversation handed off, for `status`. */
  handoff?: { reference: string; status: HandoffStatus; organisation: string };
  /** Recall-first crisis check; pure, so it may live in the context. */
  isCrisis(text: string): boolean;
}
