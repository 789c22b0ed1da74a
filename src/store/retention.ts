import type { ConversationRecord } from '../core/runtime.js';
import { consentsOf, withdrawConsents } from '../privacy/consent-log.js';
import type { Store } from './store.js';

/**
 * Deletes conversations that handed nothing off and have been silent longer than `days`:
 * the greeting promises residents this. A channel's address for the same conversation (a chat id,
 * an e-mail address) goes with it, and a consent given there no longer names it. Then the files
 * are compacted, so the deleted words are nowhere on disk; `deleteMailFiles` removes the
 * conversation's `.eml` files (e-mail answers written without SMTP). Cases have their own retention
 * (src/privacy/case-retention.ts).
 */
export async function purgeIdleConversations(store: Store, now: Date, days: number, deleteMailFiles?: (conversation: string) => Promise<void>): Promise<number> {
  const cutoff = now.getTime() - days * 86_400_000;
  const stale = (await store.list<ConversationRecord>('conversations')).filter((c) => !c.state.reference && Date.parse(c.updatedAt) < cutoff);
  for (const c of stale) {
    await store.delete('addresses', c.id);
    await store.delete('conversations', c.id);
    await deleteMailFiles?.(c.id);
    if (c.state.consent) await withdrawConsents(store, await consentsOf(store, { conversation: c.id }), { at: now.toISOString(), forget: true });
  }
  if (stale.length) for (const collection of ['conversations', 'addresses', 'consents'] as const) await store.compact(collection);
  return stale.length;
}
