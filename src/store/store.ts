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
 * `secrets` holds keys every instance must share (the inbox links' key) when the store is a shared database.
 */
export type Collection = 'conversations' | 'handoffs' | 'outbox' | 'addresses' | 'events' | 'users' | 'sessions' | 'trees' | 'pool' | 'audit' | 'consents' | 'secrets';

/** Every collection, for tools that walk them all (`npm run migrate-store`). */
export const COLLECTIONS = ['conversations', 'handoffs', 'outbox', 'addresses', 'events', 'users', 'sessions', 'trees', 'pool', 'audit', 'consents', 'secrets'] as const satisfies readonly Collection[];
/** Does not compile while a Collection is missing from COLLECTIONS; the error names it. */
type Listed<Missing extends never> = Missing;
export type UnlistedCollection = Listed<Exclude<Collection, (typeof COLLECTIONS)[number]>>;

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
  /**
   * Present when several processes share this store (PostgreSQL): runs `fn` while holding `key`
   * exclusively among all of them. With `skipIfHeld`, resolves to {@link HELD} at once instead of
   * waiting when another holds it. A single-process store has no need: the callers' in-process
   * queues already serialise (src/util/shared-queue.ts).
   */
  exclusive?<T>(key: string, fn: () => Promise<T>, options?: ExclusiveOptions): Promise<T | typeof HELD>;
  /**
   * Present when several processes share this store: `publish` reaches the `subscribe` callbacks of
   * every process on it, this one included. Payloads are ids, never personal data.
   */
  signals?: Signals;
  /**
   * Present when several processes share this store: holds `key` for as long as this process lives
   * and keeps its connection (a lease without a clock), or answers undefined when another process
   * holds it. For work only one instance may do at all: Telegram long polling, the WhatsApp session.
   */
  hold?(key: string): Promise<Hold | undefined>;
}

export interface Hold {
  /** Resolves when the hold is gone without release() (the connection to the database dropped). */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

export interface ExclusiveOptions {
  skipIfHeld?: boolean;
  /**
   * For a key only ever taken while another is held and never holding one itself (a handoff's, taken
   * inside a turn or an outbox send): such locks are held apart, so outer holders waiting for one can
   * never block each other (src/store/postgres-store.ts).
   */
  inner?: boolean;
}

/** What {@link Store.exclusive} answers when another process holds the key. */
export const HELD: unique symbol = Symbol('held by another process');

export type SignalTopic = 'conversation' | 'published';

export interface Signals {
  publish(topic: SignalTopic, id: string): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(topic: SignalTopic, receive: (id: string) => void): () => void;
}

/** Freezes plain JSON data in place, all the way down. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
