/**
 * A keyed queue (one job per key at a time, in order) that also holds across processes when the
 * store is shared by several instances (PostgreSQL): the in-process queue keeps this process's jobs
 * in order and holds one database lock per key at most, the store's lock keeps other instances out.
 */
import { HELD, type ExclusiveOptions, type Store } from '../store/store.js';
import { createKeyedQueue, type KeyedQueue } from './keyed-queue.js';

export function createSharedQueue(store: Pick<Store, 'exclusive'>, namespace: string, options: Pick<ExclusiveOptions, 'inner'> = {}): KeyedQueue {
  const local = createKeyedQueue();
  return {
    run(key, work) {
      return local.run(key, () => acrossInstances(store, `${namespace}:${key}`, work, options));
    },
    idle: () => local.idle(),
  };
}

/**
 * Runs `work` unless another instance is running it under the same key right now (then undefined):
 * for passes that any one instance may do (the outbox sending an item, follow-ups, retention).
 */
export async function unlessHeldElsewhere<T>(store: Pick<Store, 'exclusive'>, key: string, work: () => Promise<T>): Promise<T | undefined> {
  if (!store.exclusive) return work();
  const result = await store.exclusive(key, work, { skipIfHeld: true });
  return result === HELD ? undefined : result;
}

/** Runs `work` holding `key` across instances (waiting for it); in a single process, at once. */
export async function acrossInstances<T>(store: Pick<Store, 'exclusive'>, key: string, work: () => Promise<T>, options: Pick<ExclusiveOptions, 'inner'> = {}): Promise<T> {
  if (!store.exclusive) return work();
  const result = await store.exclusive(key, work, options);
  // Only a skipIfHeld call can answer HELD; this one waits for the lock.
  if (result === HELD) throw new Error(`${key}: lock answered as held`);
  return result;
}
