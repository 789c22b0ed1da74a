/** Persistence behind a small interface, so another engine can replace lowdb without touching the core. */

/** A record kept in a collection; `id` is its key. */
export interface StoredRecord {
  id: string;
}

/**
 * Collections Naast keeps. `addresses` holds what a channel needs to reach a resident later (a
 * Telegram keyboard's choices, a Bot Framework conversation reference), keyed `<channel>:<user>`.
 * `events` holds counts for monitoring only (month, channel, domains): never who, never what was said.
 * `users`, `sessions`, `trees` and `pool` (drafts and published versions) and `audit` belong to administration.
 * `consents` is the consent log: what a resident agreed to share, with whom, when, and any withdrawal.
 */
export type Collection = 'conversations' | 'handoffs' | 'outbox' | 'addresses' | 'events' | 'users' | 'sessions' | 'trees' | 'pool' | 'audit' | 'consents';

/**
 * Records a store hands out are read-only (deep-frozen; changing one throws): a turn reads its
 * conversation without a copy. To change a record, put a new object (`{ ...record, field }`).
 */
export interface Store {
  get<T extends StoredRecord>(collection: Collection, id: string): Promise<T | undefined>;
  /** Inserts or replaces; resolves once the write is durable on disk. */
  put<T extends StoredRecord>(collection: Collection, value: T): Promise<void>;
  delete(collection: Collection, id: string): Promise<void>;
  /** Every record, or those whose top-level `field` equals `value`. */
  list<T extends StoredRecord>(collection: Collection, where?: { field: string; value: unknown }): Promise<T[]>;
  /**
   * Rewrites the collection on disk from what it holds now, so that deleted or changed records leave
   * no trace in any file Naast wrote (erasure, retention). Resolves once that is durable.
   */
  compact(collection: Collection): Promise<void>;
  close(): Promise<void>;
}

/** Freezes plain JSON data in place, all the way down. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
