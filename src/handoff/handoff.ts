/** Handoff records: what the dialog core asks for, and what Naast keeps about a case. */
import type { ChannelId, Lang } from '../core/messages.js';
import type { LifeDomain } from '../nlu/types.js';

/** What the dialog core asks for when a resident consents to a handoff. */
export interface HandoffRequest {
  kind: 'support' | 'complaint';
  organisation: { id: string; name: string; email: string };
  /** Confirmed life domains; `label` is the Dutch plain label. */
  domains: { id: LifeDomain; label: string }[];
  /** The resident's own words, kept as typed. */
  words: string;
  /** Clarifying answers (vraagverheldering), with Dutch labels. */
  answers: { label: string; value: string }[];
  /** How the supporter may reach the resident; `chat` means through Naast. */
  contact: { route: 'phone' | 'email' | 'chat'; value?: string; name?: string };
  lang: Lang;
  /** The language the resident wrote in, when it has no full dialog (tr, ar, pl, uk). */
  writtenIn?: 'tr' | 'ar' | 'pl' | 'uk';
  channel: ChannelId;
  /** The conversation's id, so a supporter's answer can find its way back. */
  conversation: string;
  /** When consent was given (ISO time) and the exact text the resident agreed to. */
  consent: { at: string; text: string };
}

/** Where a handoff stands: queued → sent → accepted → closed, or declined. */
export type HandoffStatus = 'queued' | 'sent' | 'accepted' | 'declined' | 'closed';

/** Every status, in the order a case normally moves through them. */
export const HANDOFF_STATUSES: readonly HandoffStatus[] = ['queued', 'sent', 'accepted', 'declined', 'closed'];

/** A handoff as stored in the 'handoffs' collection; `id` equals `reference`. */
export interface Handoff extends HandoffRequest {
  id: string;
  /** Short reference told to the resident and put in the e-mail's subject, e.g. `HA-7K3Q`. */
  reference: string;
  createdAt: string;
  /** Complaints only: the answer deadline, 14 calendar days after `createdAt` (Amsterdam date), YYYY-MM-DD. */
  deadline?: string;
  /** sha256 (hex) of the case page's token; the token itself is never stored. */
  tokenHash: string;
  tokenExpiresAt: string;
  status: HandoffStatus;
  history: { status: HandoffStatus; at: string; note?: string }[];
  /** In the handoff mail's Reply-To when answers are relayed (see relay.ts); base32, lower case. */
  relayToken?: string;
  /** Keys of the follow-ups already done (reminders.ts), so none fires twice. */
  followUps?: string[];
  /** A complaint not closed by the end of its deadline day. */
  overdue?: boolean;
  /** The mail thread with the supporter, once they wrote: where the resident's answers go. */
  relay?: { supporter: string; subject: string; references: string[]; lastMessageId?: string; count: number };
  /** When the resident's data was erased (on request, or by retention): only the counted skeleton is left (src/privacy/redact.ts). */
  erasedAt?: string;
}

/** A handoff could not be created or changed; names the reference when there is one. */
export class HandoffError extends Error {
  override readonly name = 'HandoffError';
  constructor(
    message: string,
    readonly reference?: string,
    options?: { cause?: unknown },
  ) {
    super(reference ? `handoff ${reference}: ${message}` : `handoff: ${message}`, options);
  }
}
