/**
 * Runs work one job at a time per key (a conversation, a chat, a reference), in the order it was
 * queued; different keys run side by side. A failed job rejects its own promise only: the next
 * job of that key still runs.
 */
export interface KeyedQueue {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Resolves when every job queued so far has settled. */
  idle(): Promise<void>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, work) {
      const next = (tails.get(key) ?? Promise.resolve()).then(work);
      const settled = next.catch(() => undefined);
      tails.set(key, settled);
      // Forget a key once its last job is done, so the map does not grow with every resident.
      void settled.then(() => {
        if (tails.get(key) === settled) tails.delete(key);
      });
      return next;
    },
    async idle() {
      await Promise.all([...tails.values()]);
    },
  };
}
