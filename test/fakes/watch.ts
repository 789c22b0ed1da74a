/**
 * What the fakes share: something changed (a mail arrived, an activity was posted), and tests wait
 * until what they look for is there — never by sleeping.
 */
export interface Watch {
  /** Call after every change. */
  changed(): void;
  /** Resolves with `probe()`'s first defined value; rejects after `timeoutMs` with `seen()` in the message. */
  until<T>(probe: () => T | undefined, timeoutMs: number, failure: () => string): Promise<T>;
}

export function createWatch(): Watch {
  const checks = new Set<() => void>();
  return {
    changed() {
      for (const check of [...checks]) check();
    },
    until(probe, timeoutMs, failure) {
      return new Promise((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          checks.delete(check);
        };
        const check = () => {
          const value = probe();
          if (value === undefined) return;
          done();
          resolve(value);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(failure()));
        }, timeoutMs);
        checks.add(check);
        check();
      });
    },
  };
}
