/**
 * `npx tsx test/bench/pg-bench.ts`: Naast on PostgreSQL (DATABASE_URL). Part of `npm run bench`,
 * which collects the `figure:` lines it prints.
 *
 * 1. Chat turns per second through POST /api/chat with one Naast process on a database, then with
 *    two on another database, each resident's turns alternating between the two as behind a proxy.
 *    The same residents and window as the lowdb row: BENCH_RESIDENTS (32), BENCH_SECONDS (15),
 *    BENCH_WARMUP_SECONDS (2). Load generator, PostgreSQL and the instances share this machine's cores.
 * 2. Turn latency with PG_BENCH_SIZES (200,100000) stored conversations, the first the baseline of
 *    the ratio: the records store-bench seeds for lowdb (store-seed.ts), inserted straight into
 *    naast_records, then whole intakes through `runtime.handle` of a real core in this process (no
 *    HTTP), the sizes taking turns one intake each so a busy machine weighs on both alike;
 *    PG_BENCH_TURNS (330) measured turns per size.
 *
 * PostgreSQL is Debian's, a throwaway cluster with fsync on as in production
 * (test/fakes/postgres-server.ts). Where it is missing this says why and exits 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { createCore, type Core } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/store/postgres-migrate.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../fakes/postgres-server.js';
import { count, envNumber, mib, ms, percentile, table } from './bench-table.js';
import { intake as chatIntake } from './http-bench.js';
import { runLoad, type LoadFigures } from './load.js';
import { processUsage, startServerProcess, type ServerProcess } from './server-process.js';
import { intake, seedRecords, silent, STORIES } from './store-seed.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const out = (text: string) => process.stdout.write(text);
const figure = (measure: string, value: string, target?: string, pass?: boolean) =>
  out(`figure: ${JSON.stringify({ measure, value, ...(target ? { target } : {}), ...(pass === undefined ? {} : { pass }) })}\n`);

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    // idle and iowait
    return { busy: total - fields[3]! - fields[4]!, total };
  } catch {
    return undefined;
  }
}

/** CPU seconds of the PostgreSQL server listening on `port` and of its backends, by pid, from /proc. */
function postgresUsage(port: number): Map<number, number> {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const parent = (pid: number) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return undefined;
    }
  };
  const master = pids.find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return basename(args[0]!) === 'postgres' && args[args.indexOf('-p') + 1] === String(port);
    } catch {
      return false;
    }
  });
  const usage = new Map<number, number>();
  if (master === undefined) return usage;
  for (const pid of [master, ...pids.filter((pid) => parent(pid) === master)]) {
    const u = processUsage(pid);
    if (u) usage.set(pid, u.cpuSeconds);
  }
  return usage;
}

/** CPU over runLoad's measured window (timed as runLoad times it), in cores: the instances', PostgreSQL's, the whole machine's. */
interface WindowCpu {
  naastCores?: number;
  postgresCores?: number;
  machineCores?: number;
  rssBytes: number[];
}

function cpuInWindow(pids: number[], postgresPort: number, warmupSeconds: number, seconds: number): Promise<WindowCpu> {
  const snapshot = () => ({ naast: pids.map(processUsage), postgres: postgresUsage(postgresPort), machine: machineTicks() });
  return new Promise((resolve) => {
    let before: ReturnType<typeof snapshot>;
    setTimeout(() => (before = snapshot()), warmupSeconds * 1000);
    setTimeout(() => {
      const after = snapshot();
      const naast = after.naast.every((u, i) => u && before.naast[i]) ? after.naast.reduce((sum, u, i) => sum + u!.cpuSeconds - before.naast[i]!.cpuSeconds, 0) : undefined;
      // Backends that came or went within the window count for the part both snapshots saw.
      const postgres = [...after.postgres].reduce((sum, [pid, cpu]) => sum + cpu - (before.postgres.get(pid) ?? cpu), 0);
      const m = after.machine && before.machine ? (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total) : undefined;
      resolve({
        ...(naast === undefined ? {} : { naastCores: naast / seconds }),
        ...(before.postgres.size ? { postgresCores: postgres / seconds } : {}),
        ...(m === undefined ? {} : { machineCores: m * cpus().length }),
        rssBytes: after.naast.map((u) => u?.rssBytes ?? 0),
      });
    }, (warmupSeconds + seconds) * 1000);
  });
}

/** One load run: the chat figures and the CPU they took. */
export type InstanceRun = LoadFigures & WindowCpu & { instances: number };

/** Chat turns per second, one instance and two, on a PostgreSQL each. */
export interface ScalingFigures {
  one: InstanceRun;
  two: InstanceRun;
  /** Two instances' turns per second over one's. */
  ratio: number;
  residents: number;
}

/** Residents doing whole intakes; each resident's turns go round the instances, starting at a different one each visit. */
async function loadInstances(instances: ServerProcess[], postgresPort: number, residents: number, warmupSeconds: number, seconds: number): Promise<InstanceRun> {
  const urls = instances.map((i) => i.url);
  let visits = 0;
  const cpu = cpuInWindow(
    instances.map((i) => i.pid),
    postgresPort,
    warmupSeconds,
    seconds,
  );
  const load = await runLoad({
    baseUrl: urls[0]!,
    residents,
    warmupSeconds,
    seconds,
    visit: async (send) => {
      let turn = visits++;
      // runLoad resolves the path against its one base URL; an absolute URL picks the instance.
      await chatIntake((path, body, forwardedFor) => send(new URL(path, urls[turn++ % urls.length]).href, body, forwardedFor));
    },
  });
  return { ...load, ...(await cpu), instances: instances.length };
}

/** Naast as production runs it on PostgreSQL: its own process, `.eml` outbox, no SMTP. */
async function withInstances<T>(server: TestPostgres, n: number, run: (instances: ServerProcess[]) => Promise<T>): Promise<T> {
  const url = await server.database();
  const dirs: string[] = [];
  const instances: ServerProcess[] = [];
  try {
    // One after the other, so the first has migrated the database before the second starts.
    for (let i = 0; i < n; i++) {
      const dir = await mkdtemp(join(tmpdir(), 'naast-bench-pg-'));
      dirs.push(dir);
      instances.push(await startServerProcess(MAIN, { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent', SMTP_URL: '' }));
    }
    return await run(instances);
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
}

/** One instance on a database, then two on another, each under the same load. */
export async function measureScaling(server: TestPostgres): Promise<ScalingFigures> {
  const residents = envNumber('BENCH_RESIDENTS', 32);
  const seconds = envNumber('BENCH_SECONDS', 15);
  const warmupSeconds = envNumber('BENCH_WARMUP_SECONDS', 2);
  const one = await withInstances(server, 1, (i) => loadInstances(i, server.port, residents, warmupSeconds, seconds));
  const two = await withInstances(server, 2, (i) => loadInstances(i, server.port, residents, warmupSeconds, seconds));
  return { one, two, ratio: two.perSecond / one.perSecond, residents };
}

/** Inserts {@link seedRecords}(n) into a fresh, migrated database, many rows per statement. */
async function seedDatabase(url: string, n: number): Promise<{ seedMs: number; rows: number }> {
  let records: Awaited<ReturnType<typeof seedRecords>> | undefined = await seedRecords(n);
  const started = performance.now();
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  let rows = 0;
  try {
    await migrate(pool);
    for (const [collection, byId] of Object.entries(records)) {
      const entries = Object.entries(byId);
      for (let i = 0; i < entries.length; i += 2_000) {
        const batch = entries.slice(i, i + 2_000);
        await pool.query("INSERT INTO naast_records (tenant, collection, id, data) SELECT '', $1, id, data::json FROM unnest($2::text[], $3::text[]) AS r(id, data)", [
          collection,
          batch.map(([id]) => id),
          batch.map(([, value]) => JSON.stringify(value)),
        ]);
        rows += batch.length;
      }
    }
    records = undefined;
    // What autovacuum would have done by the time a real database held this much.
    await pool.query('VACUUM ANALYZE naast_records');
  } finally {
    await pool.end();
  }
  return { seedMs: performance.now() - started, rows };
}

/** One row of one query on its own connection. */
async function queryOne<R extends pg.QueryResultRow>(url: string, text: string): Promise<R> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows[0]!;
  } finally {
    await client.end();
  }
}

/** naast_records in bytes: heap and TOAST, its indexes, and all of it. */
async function tableSize(url: string): Promise<{ tableBytes: number; indexBytes: number; totalBytes: number }> {
  const row = await queryOne<{ t: string; i: string; all: string }>(url, "SELECT pg_table_size('naast_records') AS t, pg_indexes_size('naast_records') AS i, pg_total_relation_size('naast_records') AS all");
  return { tableBytes: Number(row.t), indexBytes: Number(row.i), totalBytes: Number(row.all) };
}

/** One size of the latency measurement. */
export interface StoredSize {
  n: number;
  rows: number;
  seedMs: number;
  coreStartMs: number;
  latencies: number[];
  intakes: number;
  failed: number;
  tableBytes: number;
  indexBytes: number;
  totalBytes: number;
}

/** Seeds a database per size, starts a core on each, then runs intakes on them in turn. */
export async function measureStoredLatency(server: TestPostgres): Promise<StoredSize[]> {
  const sizes = (process.env.PG_BENCH_SIZES ?? '200,100000').split(',').map(Number).filter((n) => n > 0);
  const turns = envNumber('PG_BENCH_TURNS', 330);
  const runs: { size: StoredSize; core: Core; dir: string; url: string }[] = [];
  try {
    for (const n of sizes) {
      process.stderr.write(`pg-bench: seeding ${count(n)} stored conversations…\n`);
      const url = await server.database();
      const { seedMs, rows } = await seedDatabase(url, n);
      const dir = await mkdtemp(join(tmpdir(), 'naast-bench-pg-store-'));
      const started = performance.now();
      // Only what is given here: the environment's DATABASE_URL and the like stay out.
      const core = await createCore(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', PORT: '0', DATABASE_URL: url }), silent);
      const coreStartMs = performance.now() - started;
      runs.push({ core, dir, url, size: { n, rows, seedMs, coreStartMs, latencies: [], intakes: 0, failed: 0, tableBytes: 0, indexBytes: 0, totalBytes: 0 } });
      // The retention pass at start must have left them all (they are at most 20 days idle).
      const stored = await queryOne<{ n: string }>(url, "SELECT count(*) AS n FROM naast_records WHERE collection = 'conversations'");
      if (Number(stored.n) < n) throw new Error('the seeded conversations are not in the store');
      for (let i = 0; i < 3; i++) await intake(core, STORIES[i]!);
    }
    process.stderr.write(`pg-bench: ${count(turns)} turns for each size, one intake each in turn…\n`);
    let story = 0;
    while (runs.some((r) => r.size.latencies.length < turns)) {
      const text = STORIES[story++ % STORIES.length]!;
      for (const { core, size } of runs) {
        const done = await intake(core, text);
        size.latencies.push(...done.latencies);
        size.intakes++;
        if (!done.reference) size.failed++;
      }
    }
    for (const r of runs) {
      await r.core.outbox.drain();
      Object.assign(r.size, await tableSize(r.url));
    }
  } finally {
    for (const r of runs) {
      await r.core.stop();
      await rm(r.dir, { recursive: true, force: true });
    }
  }
  return runs.map((r) => r.size);
}

const cores = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));

/** The one-instance / two-instance table, as `npm run bench` prints it. */
export function scalingTable(f: ScalingFigures): string {
  const row = (label: string, r: InstanceRun) => [
    label,
    `${count(r.perSecond)} turns/s`,
    ms(r.p50Ms),
    ms(r.p99Ms),
    count(r.requests),
    count(r.visits),
    String(r.errors),
    String(r.limited),
    cores(r.naastCores),
    cores(r.postgresCores),
    cores(r.clientCores),
    cores(r.machineCores),
    r.rssBytes.map(mib).join(' + '),
  ];
  const errors = [...f.one.errorSamples, ...f.two.errorSamples].map((e) => `  error: ${e}\n`).join('');
  return (
    `Chat API on PostgreSQL (fsync on): ${f.residents} concurrent residents doing whole intakes, ${f.one.seconds} s measured each after a warm-up; two instances on one database take each resident's turns in turn, as behind a proxy without sticky sessions\n\n` +
    table(
      ['Naast on PostgreSQL', 'throughput', 'p50', 'p99', 'requests', 'visits', 'errors', '429s', 'Naast CPU', 'PostgreSQL CPU', 'load CPU', 'machine CPU', 'Naast RSS'],
      [row('one instance', f.one), row('two instances', f.two)],
    ) +
    `\nratio two instances / one: ${f.ratio.toFixed(2)}. CPU in cores over the window: Naast = the instances together; PostgreSQL = its\n` +
    `server and backends; load = this load generator; machine = every process on this ${cpus().length}-core machine, whatever else runs included.\n` +
    `Each setup started on an empty database of its own.\n` +
    errors
  );
}

/** The latency-by-stored-conversations table. */
export function latencyTable(sizes: StoredSize[]): string {
  const base = sizes[0]!;
  const p = (s: StoredSize, q: number) => percentile(s.latencies, q);
  return (
    `Turn latency on PostgreSQL (fsync on) through runtime.handle, whole intakes, the sizes taking turns, by stored conversations\n\n` +
    table(
      ['stored', 'rows', 'seed', 'core start', 'turns', 'p50', 'p90', 'p99', 'max', 'p50 ratio', 'p99 ratio', 'table', 'indexes', 'total'],
      sizes.map((s) => [
        count(s.n),
        count(s.rows),
        ms(s.seedMs),
        ms(s.coreStartMs),
        `${count(s.latencies.length)} (${s.intakes} intakes)`,
        ms(p(s, 0.5)),
        ms(p(s, 0.9)),
        ms(p(s, 0.99)),
        ms(Math.max(...s.latencies)),
        (p(base, 0.5) / p(s, 0.5)).toFixed(2),
        (p(base, 0.99) / p(s, 0.99)).toFixed(2),
        mib(s.tableBytes),
        mib(s.indexBytes),
        mib(s.totalBytes),
      ]),
    ) +
    `rows = every collection (a monitoring event per conversation; a handoff, mail and consent for every tenth), inserted 2,000 to a statement,\n` +
    `then VACUUM ANALYZE. core start = createCore on it, with the retention and follow-up passes. ratio = latency with ${count(base.n)} ÷ with N (target ≥ 0.8).\n` +
    `Sizes of naast_records after the run: table = heap and TOAST, indexes = primary key, order and the GIN index on the fields.\n`
  );
}

/** The summary lines `npm run bench` shows. */
function figures(scaling: ScalingFigures, sizes: StoredSize[]): void {
  const { one, two } = scaling;
  figure(`chat turns/s on PostgreSQL, one instance, ${scaling.residents} residents`, `${count(one.perSecond)} turns/s`);
  figure('chat turns/s on PostgreSQL, two instances on one database, turns alternating', `${count(two.perSecond)} turns/s`);
  figure(`ratio two instances / one (everything on ${cpus().length} cores)`, scaling.ratio.toFixed(2));
  figure('turn latency under that load, one / two instances, p50 / p99', `${ms(one.p50Ms)} / ${ms(one.p99Ms)}; ${ms(two.p50Ms)} / ${ms(two.p99Ms)}`);
  figure('failed requests / 429s (PostgreSQL chat)', `${one.errors + two.errors} / ${one.limited + two.limited}`, '0', one.errors + two.errors === 0);
  const base = sizes[0]!;
  const p = (s: StoredSize, q: number) => percentile(s.latencies, q);
  for (const s of sizes) figure(`turn p50 / p99 on PostgreSQL with ${count(s.n)} stored conversations`, `${ms(p(s, 0.5))} / ${ms(p(s, 0.99))}`);
  for (const s of sizes.slice(1)) {
    const p50 = p(base, 0.5) / p(s, 0.5);
    const p99 = p(base, 0.99) / p(s, 0.99);
    figure(`turn latency ratio ${count(base.n)} vs ${count(s.n)} stored on PostgreSQL, p50 / p99`, `${p50.toFixed(2)} / ${p99.toFixed(2)}`, '≥ 0.8', Math.min(p50, p99) >= 0.8);
  }
  const last = sizes.at(-1)!;
  figure(`PostgreSQL naast_records with ${count(last.n)} conversations, table + indexes`, `${mib(last.tableBytes)} + ${mib(last.indexBytes)}`);
}

async function main(): Promise<number> {
  const missing = await postgresMissing();
  if (missing) {
    out(`PostgreSQL benchmarks skipped: ${missing}\n`);
    figure('chat turns/s and turn latency on PostgreSQL', `skipped: ${missing}`);
    return 0;
  }
  const server = await startTestPostgres({ durable: true });
  try {
    process.stderr.write('pg-bench: chat throughput, one instance and two…\n');
    const scaling = await measureScaling(server);
    out(scalingTable(scaling) + '\n');
    const sizes = await measureStoredLatency(server);
    out(latencyTable(sizes));
    figures(scaling, sizes);
    const failed = sizes.reduce((sum, s) => sum + s.failed, 0);
    if (failed) out(`${failed} intakes reached no reference: these latencies are not of whole intakes\n`);
    return scaling.one.errors + scaling.two.errors + failed > 0 ? 1 : 0;
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await main());
