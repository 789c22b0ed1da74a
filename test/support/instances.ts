/**
 * Naast processes for tests of several instances: each `start` runs `src/main.ts` as its own process
 * on a free loopback port with a DATA_DIR of its own; `stopAll` stops them and removes the folders.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerProcess, type ServerProcess } from '../bench/server-process.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/** `settings()` is read at each start, so it may name servers the test starts later (its beforeAll). */
export function naastInstances(settings: () => Record<string, string>) {
  const instances: ServerProcess[] = [];
  const dirs: string[] = [];
  return {
    /** Every process started, in order. */
    started: instances as readonly ServerProcess[],
    async start(extra: Record<string, string> = {}): Promise<ServerProcess> {
      const dir = await mkdtemp(join(tmpdir(), 'naast-instance-'));
      dirs.push(dir);
      const p = await startServerProcess(MAIN, { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', ...settings(), ...extra });
      instances.push(p);
      return p;
    },
    async stopAll(): Promise<void> {
      for (const p of instances) await p.stop().catch(() => undefined);
      for (const d of dirs) await rm(d, { recursive: true, force: true });
    },
  };
}
