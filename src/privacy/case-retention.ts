/**
 * Retention of case data (CASE_RETENTION_DAYS, default a year): once a case has ended — closed,
 * declined, or left for another organisation — and that long has passed since its last status
 * change, it gets the same redaction as an erasure, without a mail (the organisation's own
 * retention applies to its copy). Its conversation and the channel's address go too, unless the
 * resident has started something new there since. Consents stay: they hold no personal data.
 */
import type { ConversationRecord } from '../core/runtime.js';
import type { Handoff } from '../handoff/handoff.js';
import type { Store } from '../store/store.js';
import { TOUCHED, type Erasure } from './erasure.js';

const DAY_MS = 86_400_000;

/** When a case ended, or undefined while it is still open. */
function endedAt(h: Pick<Handoff, 'status' | 'history' | 'createdAt'>): string | undefined {
  if (h.status !== 'closed' && h.status !== 'declined') return undefined;
  return h.history.at(-1)?.at ?? h.createdAt;
}

/** Redacts the cases that ended more than `days` before `now`; returns their references and how many conversations went. */
export async function purgeEndedCases(
  deps: { store: Store; erasure: Pick<Erasure, 'redactCase' | 'deleteConversationMailFiles'> },
  now: Date,
  days: number,
): Promise<{ references: string[]; conversations: number }> {
  const { store, erasure } = deps;
  const cutoff = now.getTime() - days * DAY_MS;
  const due = (await store.list<Handoff>('handoffs')).filter((h) => {
    const ended = endedAt(h);
    return !h.erasedAt && ended !== undefined && Date.parse(ended) < cutoff;
  });
  const references: string[] = [];
  const conversations = new Set<string>();
  for (const h of due) {
    // No mail: the organisation's own retention applies to its copy.
    if (!(await erasure.redactCase(h.reference, { forget: true }))) continue;
    references.push(h.reference);
    if (h.conversation) conversations.add(h.conversation);
  }

  let deleted = 0;
  for (const id of conversations) {
    // Another case of this conversation still running keeps it: the resident may ask its status.
    if ((await store.list<Handoff>('handoffs', { field: 'conversation', value: id })).some((h) => !h.erasedAt)) continue;
    const record = await store.get<ConversationRecord>('conversations', id);
    // A new intake since (no case yet) is the resident's new story, with its own idle retention.
    if (record && record.state.reference === undefined && Date.parse(record.updatedAt) >= cutoff) continue;
    await store.delete('addresses', id);
    await erasure.deleteConversationMailFiles(id);
    if (record) {
      await store.delete('conversations', id);
      deleted++;
    }
  }
  if (references.length) for (const c of TOUCHED) await store.compact(c);
  return { references, conversations: deleted };
}
