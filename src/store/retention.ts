import type { ConversationRecord } from '../core/runtime.js';
import type { Store } from './store.js';

/**
 * Deletes conversations that handed nothing off and have been silent longer than `days`:
 * the greeting promises residents this. A channel's address for the same conversation (a chat id,
 * an e-mail address) goes with it. Handoff retention comes with the case lifecycle.
 */
export async function purgeIdleConversations(store: Store, now: Date, days: number): Promise<number> {
  const cutoff = now.getTime() - days * 86_400_000;
  const stale = (await store.list<ConversationRecord>('conversations')).filter((c) => !c.state.reference && Date.parse(c.updatedAt) < cutoff);
  for (const c of stale) {
    await store.delete('addresses', c.id);
    await store.delete('conversations', c.id);
  }
  return stale.length;
}
