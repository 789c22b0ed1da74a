/**
 * Turn latency against the number of stored conversations, RSS, and the store's load and compaction
 * times. `npx tsx test/bench/store-bench.ts` (also part of `npm run bench`, which collects the
 * `figure:` lines). STORE_BENCH_SIZES=200,10000,100000 (the default) chooses the sizes, the first
 * being the baseline of the ratios; STORE_BENCH_TURNS (default 330) the measured turns per size.
 *
 * Each size runs in a process of its own (so RSS and load time are its own) on a DATA_DIR seeded
 * with realistic records (store-seed.ts): it times `createLowdbStore` on it, starts the real core
 * (createCore from src/app.ts), and then runs whole intakes through `runtime.handle` when told to.
 * The processes take turns, one intake each, round after round: what else the machine does then
 * weighs on every size alike, and the ratios stay fair on a busy machine. Last, each compacts its
 * collections while intakes go on, and a fresh process times loading the compacted store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../../src/app.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { count, envNumber, mib, ms, percentile, table } from './bench-table.js';
import { benchConfig, intake, seedStore, silent, STORIES } from './store-seed.js';

const COLLECTIONS = ['conversations', 'handoffs', 'outbox', 'events', 'consents'] as const;
/** A full collection when the process runs with --expose-gc (the parent starts it so), else nothing. */
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const say = (kind: string, data: unknown) => process.stdout.write(`${kind}: ${JSON.stringify(data)}\n`);

/** Opens the store and reads one record of each collection (the old store loaded on first use). */
async function timeLoad(db: string): Promise<number> {
  const started = performance.now();
  const store = await createLowdbStore(db);
  for (const c of COLLECTIONS) await store.get(c, 'none');
  const took = performance.now() - started;
  await store.close();
  return took;
}

interface Ready {
  seedBytes: number;
  loadMs: number;
  coreStartMs: number;
  rssBytes: number;
  heapBytes: number;
}

interface Compacted {
  compactMs: number;
  latencies: number[];
}

/** A child: one size, seeded, loaded, then intakes on command. */
async function child(n: number, dataDir: string): Promise<void> {
  const db = join(dataDir, 'db');
  const seedBytes = await seedStore(db, n);
  gc();
  const loadMs = await timeLoad(db);
  gc();
  let started = performance.now();
  const core: Core = await createCore(benchConfig(dataDir), silent);
  const coreStartMs = performance.now() - started;
  if ((await core.store.list('conversations')).length < n) throw new Error('the seeded conversations did not load');
  for (let i = 0; i < 3; i++) await intake(core, STORIES[i]!);
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  }).observe({ entryTypes: ['gc'] });
  say('ready', { seedBytes, loadMs, coreStartMs, rssBytes: rss, heapBytes: heapUsed } satisfies Ready);

  let story = 0;
  for await (const command of createInterface({ input: process.stdin })) {
    if (command === 'intake') {
      const done = await intake(core, STORIES[story++ % STORIES.length]!);
      say('intake', { latencies: done.latencies, reference: done.reference ?? null, gcMs });
    } else if (command === 'compact') {
      // Every collection compacted while the resident goes on: how long, and what a turn costs meanwhile.
      started = performance.now();
      let compactMs: number | undefined;
      const compaction = Promise.all(COLLECTIONS.map((c) => core.store.compact(c))).then(() => (compactMs = performance.now() - started));
      const latencies: number[] = [];
      while (compactMs === undefined || latencies.length === 0) latencies.push(...(await intake(core, STORIES[story++ % STORIES.length]!)).latencies);
      await compaction;
      say('compacted', { compactMs, latencies } satisfies Compacted);
    } else if (command === 'stop') {
      await core.outbox.drain();
      await core.stop();
      say('stopped', { snapshotBytes: (await stat(join(db, 'conversations.json'))).size });
      process.exit(0);
    }
  }
  // The parent went away.
  process.exit(1);
}

/** A child process and the lines it answers with. */
class Child {
  private readonly lines: AsyncIterator<string>;
  readonly exited: Promise<number | null>;
  constructor(readonly process: ChildProcess) {
    this.lines = createInterface({ input: process.stdout! })[Symbol.asyncIterator]();
    this.exited = new Promise((resolve) => process.on('close', resolve));
  }

  static start(args: string[]): Child {
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    return new Child(
      spawn(tsx, [fileURLToPath(import.meta.url), ...args], {
        cwd: fileURLToPath(new URL('../../', import.meta.url)),
        env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --max-old-space-size=8192`.trim() },
        stdio: ['pipe', 'pipe', 'inherit'],
      }),
    );
  }

  /** Sends a command (if any) and waits for the answer of `kind`. */
  async ask<T>(kind: string, command?: string): Promise<T> {
    if (command) this.process.stdin!.write(`${command}\n`);
    for (;;) {
      const next = await this.lines.next();
      if (next.done) throw new Error(`the benchmark process ended (exit ${await this.exited}) before it said ${kind}`);
      if (next.value.startsWith(`${kind}: `)) return JSON.parse(next.value.slice(kind.length + 2)) as T;
    }
  }
}

interface Size {
  n: number;
  dataDir: string;
  child: Child;
  ready: Ready;
  latencies: number[];
  intakes: number;
  failed: number;
  gcMs: number;
  compacted?: Compacted;
  snapshotBytes?: number;
  loadAfterMs?: number;
}

const figure = (measure: string, value: string, target?: string, pass?: boolean) =>
  process.stdout.write(`figure: ${JSON.stringify({ measure, value, ...(target ? { target } : {}), ...(pass === undefined ? {} : { pass }) })}\n`);

async function main(): Promise<void> {
  const sizes = (process.env.STORE_BENCH_SIZES ?? '200,10000,100000').split(',').map(Number).filter((n) => n > 0);
  const turns = envNumber('STORE_BENCH_TURNS', 330);
  const runs: Size[] = [];
  try {
    // One at a time, so each load time is measured on a quiet machine.
    for (const n of sizes) {
      process.stderr.write(`store-bench: seeding and loading ${count(n)} stored conversations…\n`);
      const dataDir = await mkdtemp(join(tmpdir(), 'naast-bench-store-'));
      const c = Child.start(['--size', String(n), dataDir]);
      runs.push({ n, dataDir, child: c, ready: await c.ask<Ready>('ready'), latencies: [], intakes: 0, failed: 0, gcMs: 0 });
    }
    process.stderr.write(`store-bench: ${count(turns)} turns for each size, one intake each in turn…\n`);
    while (runs.some((r) => r.latencies.length < turns)) {
      for (const r of runs) {
        const done = await r.child.ask<{ latencies: number[]; reference: string | null; gcMs: number }>('intake', 'intake');
        r.latencies.push(...done.latencies);
        r.intakes++;
        if (!done.reference) r.failed++;
        r.gcMs = done.gcMs;
      }
    }
    for (const r of runs) {
      process.stderr.write(`store-bench: compacting ${count(r.n)}…\n`);
      r.compacted = await r.child.ask<Compacted>('compacted', 'compact');
      r.snapshotBytes = (await r.child.ask<{ snapshotBytes: number }>('stopped', 'stop')).snapshotBytes;
      await r.child.exited;
      const loader = Child.start(['--load', join(r.dataDir, 'db')]);
      r.loadAfterMs = (await loader.ask<{ ms: number }>('loaded')).ms;
      await loader.exited;
    }
  } finally {
    for (const r of runs) {
      r.child.process.kill();
      await rm(r.dataDir, { recursive: true, force: true });
    }
  }
  report(runs);
  const failed = runs.reduce((sum, r) => sum + r.failed, 0);
  if (failed) throw new Error(`${failed} intakes reached no reference: these figures are not of whole intakes`);
}

function report(runs: Size[]): void {
  const base = runs[0]!;
  const p = (r: Size, q: number) => percentile(r.latencies, q);
  process.stdout.write(`\nTurn latency through runtime.handle, whole intakes, the sizes taking turns, by stored conversations\n\n`);
  process.stdout.write(
    table(
      ['stored', 'RSS', 'heap', 'turns', 'GC', 'p50', 'p90', 'p99', 'max', 'p50 ratio', 'p99 ratio'],
      runs.map((r) => [
        count(r.n),
        mib(r.ready.rssBytes),
        mib(r.ready.heapBytes),
        `${count(r.latencies.length)} (${r.intakes} intakes)`,
        ms(r.gcMs),
        ms(p(r, 0.5)),
        ms(p(r, 0.9)),
        ms(p(r, 0.99)),
        ms(Math.max(...r.latencies)),
        (p(base, 0.5) / p(r, 0.5)).toFixed(2),
        (p(base, 0.99) / p(r, 0.99)).toFixed(2),
      ]),
    ),
  );
  process.stdout.write(`ratio = latency with ${count(base.n)} stored ÷ latency with N stored (target ≥ 0.8). RSS and heap after loading and three intakes.\n\n`);
  process.stdout.write(`The store: loading the seeded files (one JSON object per collection, indented, as lowdb wrote them); compacting every collection while intakes go on; loading its own snapshot in a fresh process\n\n`);
  process.stdout.write(
    table(
      ['stored', 'seed files', 'store load', 'core start', 'compaction', 'turns meanwhile', 'their p99 / max', 'snapshot', 'load after'],
      runs.map((r) => [
        count(r.n),
        mib(r.ready.seedBytes),
        ms(r.ready.loadMs),
        ms(r.ready.coreStartMs),
        ms(r.compacted?.compactMs),
        count(r.compacted?.latencies.length),
        `${ms(r.compacted && percentile(r.compacted.latencies, 0.99))} / ${ms(r.compacted && Math.max(...r.compacted.latencies))}`,
        mib(r.snapshotBytes),
        ms(r.loadAfterMs),
      ]),
    ),
  );
  process.stdout.write(`core start = createCore on the seeded DATA_DIR: store, trees, pool, classifier, and the retention and follow-up passes over every record\n`);
  for (const r of runs) figure(`turn p50 / p99 with ${count(r.n)} stored conversations`, `${ms(p(r, 0.5))} / ${ms(p(r, 0.99))}`);
  for (const r of runs.slice(1)) {
    const p50 = p(base, 0.5) / p(r, 0.5);
    const p99 = p(base, 0.99) / p(r, 0.99);
    figure(`turn latency ratio ${count(base.n)} vs ${count(r.n)} stored, p50 / p99`, `${p50.toFixed(2)} / ${p99.toFixed(2)}`, '≥ 0.8', Math.min(p50, p99) >= 0.8);
  }
  const tenK = runs.find((r) => r.n === 10_000);
  if (tenK) figure('RSS with 10,000 stored conversations', mib(tenK.ready.rssBytes));
  for (const r of runs) figure(`store load time with ${count(r.n)} conversations, seeded files / own snapshot`, `${ms(r.ready.loadMs)} / ${ms(r.loadAfterMs)}`);
}

if (process.argv[2] === '--size') await child(Number(process.argv[3]), process.argv[4]!);
else if (process.argv[2] === '--load') {
  gc();
  say('loaded', { ms: await timeLoad(process.argv[3]!) });
  process.exit(0);
} else await main();
