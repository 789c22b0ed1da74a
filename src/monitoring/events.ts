/** Monitoring events: one count per classified intake, never who and never what was said. */
import { randomUUID } from 'node:crypto';
import type { ChannelId } from '../core/messages.js';
import { DOMAINS, type DetectedLanguage, type LifeDomain } from '../nlu/types.js';
import type { Store, StoredRecord } from '../store/store.js';
import { amsterdamDay } from './period.js';

/**
 * What the `events` collection keeps of one intake. Deliberately without a conversation id, a
 * user id, a time of day or any text, so a record cannot be tied back to a resident or their words
 * and survives when a resident has their data erased.
 */
export interface IntakeEvent extends StoredRecord {
  kind: 'intake';
  /** Amsterdam calendar month, `YYYY-MM`. */
  month: string;
  /** Amsterdam calendar day, `YYYY-MM-DD`. */
  day: string;
  channel: ChannelId;
  /** The life domains the intake was mapped to, each once, in DOMAINS order. */
  domains: LifeDomain[];
  /** Whether the NLU flagged the intake as a complaint. */
  complaint: boolean;
  language: DetectedLanguage;
}

/** What the runtime knows when an intake is classified. */
export interface IntakeFacts {
  at: Date;
  channel: ChannelId;
  domains: readonly LifeDomain[];
  complaint: boolean;
  language: DetectedLanguage;
}

/** Stores one intake count in `events`; resolves once it is durable. */
export async function recordIntake(store: Store, facts: IntakeFacts): Promise<IntakeEvent> {
  const day = amsterdamDay(facts.at);
  const event: IntakeEvent = {
    id: randomUUID(),
    kind: 'intake',
    month: day.slice(0, 7),
    day,
    channel: facts.channel,
    // Known domains only, each once: an intake counts once for each domain it was mapped to.
    domains: DOMAINS.filter((d) => facts.domains.includes(d)),
    complaint: facts.complaint === true,
    language: facts.language,
  };
  await store.put('events', event);
  return event;
}
