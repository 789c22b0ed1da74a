/**
 * A process that writes to the lowdb store as hard as it can, compacting as it goes, and says on
 * standard output (synchronous on a pipe) each write the store acknowledged. crash.test.ts kills it
 * at random moments and checks the store against what it said.
 *
 * `tsx test/crash/store-writer.ts <dir> <seed>`. Lines: `ready`, `put <id> <v>`, `del <id>`, `compacted`.
 * Ids `v<n>` are only ever put, each time with a higher `v`; ids `d<n>` are put once, then deleted.
 */
import { randomBytes } from 'node:crypto';
import { createLowdbStore } from '../../src/store/lowdb-store.js';

const [dir, seedText] = process.argv.slice(2);
const store = await createLowdbStore(dir!);
let seed = Number(seedText) >>> 0;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const say = (line: string) => process.stdout.write(`${line}\n`);

// Versions go on from the highest on disk, acknowledged or not, so they only ever grow.
let version = 1 + Math.max(0, ...(await store.list<{ id: string; v?: number }>('conversations')).map((r) => r.v ?? 0));
const run = randomBytes(4).toString('hex');
let doomed = 0;
const padding = 'x'.repeat(1_500);
say('ready');

async function one(): Promise<void> {
  const pick = random();
  if (pick < 0.75) {
    const id = `v${Math.floor(random() * 3_000)}`;
    const v = version++;
    await store.put('conversations', { id, v, padding });
    say(`put ${id} ${v}`);
  } else {
    const id = `d${run}-${doomed++}`;
    await store.put('conversations', { id, v: 0, padding });
    say(`put ${id} 0`);
    await store.delete('conversations', id);
    say(`del ${id}`);
  }
}

let ops = 0;
const worker = async () => {
  for (;;) {
    await one();
    // Now and then a compaction, while the other workers go on writing.
    if (++ops % 400 === 0) {
      store.compact('conversations').then(
        () => say('compacted'),
        (err: Error) => say(`compaction failed: ${err.message}`),
      );
    }
  }
};
await Promise.all(Array.from({ length: 8 }, worker));
