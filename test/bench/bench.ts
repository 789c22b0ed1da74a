/**
 * `npm run bench`: every performance figure of issue #9, measured in one run on this machine, then
 * one summary with targets. Exits 0 when a target is missed (the figures are the point) and 1 only
 * when something failed: a phase that could not run, failed requests, a store benchmark that failed.
 *
 * 1. chat turns/s vs a bare express hello-world (test/bench/http-bench.ts)
 * 2. consent → handoff e-mail in a local SMTP server (same file)
 * 3. turn latency with many stored conversations and RSS (test/bench/store-bench.ts, run as its own
 *    process; lines it prints as `figure: {"measure","value","target","pass"}` join the summary)
 * 4. the classifier's messages per second (test/bench/classifier-throughput.ts)
 * 5. on PostgreSQL: chat turns/s with one instance and with two on one database, and turn latency
 *    with many stored conversations (test/bench/pg-bench.ts, its own process, `figure:` lines as 3.;
 *    skipped with the reason where PostgreSQL is not installed)
 *
 * BENCH_ONLY=http,mail,store,classifier,pg runs only the phases named (the summary shows their rows).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { count, mib, ms, table } from './bench-table.js';
import { classifierThroughput, type ClassifierFigures } from './classifier-throughput.js';
import { mailTable, measureConsentToMail, measureThroughput, throughputTable, type MailFigures, type ThroughputFigures } from './http-bench.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STORE_BENCH = fileURLToPath(new URL('./store-bench.ts', import.meta.url));
const PG_BENCH = fileURLToPath(new URL('./pg-bench.ts', import.meta.url));
const only = (process.env.BENCH_ONLY ?? '').split(',').map((p) => p.trim()).filter(Boolean);
const selected = (name: string) => only.length === 0 || only.includes(name);

/** A summary line another benchmark script contributes. */
const Figure = z.object({ measure: z.string(), value: z.string(), target: z.string().optional(), pass: z.boolean().optional() });
type Figure = z.infer<typeof Figure>;

const out = (text: string) => process.stdout.write(text);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
let failed = false;

/** Runs one phase unless BENCH_ONLY leaves it out; a phase that throws is reported and the run goes on to the next. */
async function phase<T>(name: string, title: string, run: () => Promise<T>): Promise<T | undefined> {
  if (!selected(name)) return undefined;
  out(`\n== ${title} ==\n\n`);
  try {
    return await run();
  } catch (err) {
    failed = true;
    out(`FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Runs a benchmark script as its own process, passing its output through and collecting its `figure:` lines. */
function runFigureScript(script = STORE_BENCH): Promise<{ code: number | null; figures: Figure[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const figures: Figure[] = [];
    let pending = '';
    child.stdout.on('data', (data: Buffer) => {
      pending += data.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const found = line.match(/^figure:\s*(\{.*\})\s*$/);
        const parsed = found ? Figure.safeParse(parseJson(found[1]!)) : undefined;
        if (parsed?.success) figures.push(parsed.data);
        else out(`${line}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) out(`${pending}\n`);
      resolve({ code, figures });
    });
  });
}

const cpu = cpus();
out(`Naast benchmarks, ${new Date().toISOString()}: Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${mib(totalmem())} memory; load average ${load()} at start\n`);

const throughput: ThroughputFigures | undefined = await phase('http', 'chat API throughput', async () => {
  const f = await measureThroughput();
  out(throughputTable(f));
  if (f.hello.errors + f.naast.errors > 0) failed = true;
  return f;
});
const mail: MailFigures | undefined = await phase('mail', 'consent → handoff e-mail', async () => {
  const f = await measureConsentToMail();
  out(mailTable(f));
  if (f.errors > 0) failed = true;
  return f;
});
const store = await phase('store', 'stored conversations: turn latency and memory (test/bench/store-bench.ts)', async () => {
  if (!existsSync(STORE_BENCH)) {
    out('test/bench/store-bench.ts is not there yet: no store figures in this run.\n');
    return undefined;
  }
  const result = await runFigureScript();
  if (result.code !== 0) {
    failed = true;
    out(`store-bench exited with ${result.code}\n`);
  }
  return result;
});
const classifier: ClassifierFigures | undefined = await phase('classifier', 'classifier throughput', async () => {
  const f = await classifierThroughput();
  out(`${count(f.perSecond)} messages/s: ${count(f.classified)} classifications of ${f.messages} messages from data/nlu in ${f.seconds.toFixed(1)} s\n`);
  return f;
});
const postgres = await phase('pg', 'PostgreSQL: one instance and two, turn latency with many stored conversations (test/bench/pg-bench.ts)', async () => {
  const result = await runFigureScript(PG_BENCH);
  if (result.code !== 0) {
    failed = true;
    out(`pg-bench exited with ${result.code}\n`);
  }
  return result;
});

const mark = (pass: boolean | undefined) => (pass === undefined ? '' : pass ? 'pass' : 'MISS');
const rows: string[][] = [];
if (throughput) {
  const { hello, naast, ratio, residents } = throughput;
  rows.push(
    [`chat turns/s, ${residents} residents doing whole intakes`, `${count(naast.perSecond)} turns/s`, '', ''],
    ['bare express hello-world POST, same load', `${count(hello.perSecond)} req/s`, '', ''],
    ['ratio chat / hello-world', ratio.toFixed(2), '≥ 0.5', mark(ratio >= 0.5)],
    ['turn latency under that load, p50 / p99', `${ms(naast.p50Ms)} / ${ms(naast.p99Ms)}`, '', ''],
    ['failed requests / 429s (chat)', `${naast.errors} / ${naast.limited}`, '0', mark(naast.errors === 0)],
  );
} else if (selected('http')) rows.push(['chat turns/s', 'FAILED', '≥ 0.5', 'MISS']);
if (mail) rows.push(['consent → handoff e-mail in local SMTP, p50 / p99', `${ms(mail.p50Ms)} / ${ms(mail.p99Ms)}`, '', mail.errors ? 'MISS' : '']);
else if (selected('mail')) rows.push(['consent → handoff e-mail', 'FAILED', '', 'MISS']);
if (store?.figures.length) for (const f of store.figures) rows.push([f.measure, f.value, f.target ?? '', mark(f.pass)]);
else if (selected('store')) rows.push(['turn latency with 200 / 10,000 / 100,000 stored conversations; RSS', store ? 'see store-bench output above' : 'not measured', '≥ 0.8', '']);
if (classifier) rows.push(['classifier messages/s', count(classifier.perSecond), '≥ 2,000', mark(classifier.perSecond >= 2000)]);
else if (selected('classifier')) rows.push(['classifier messages/s', 'FAILED', '≥ 2,000', 'MISS']);
if (postgres?.figures.length) for (const f of postgres.figures) rows.push([f.measure, f.value, f.target ?? '', mark(f.pass)]);
else if (selected('pg')) rows.push(['chat turns/s and turn latency on PostgreSQL', 'FAILED', '', 'MISS']);

out(`\n== summary ==\n\n`);
out(table(['measure', 'value', 'target', ''], rows));
out(`\nload average ${load()} at the end (${cpu.length} cores): figures from a busy machine are noisy.\n`);
if (failed) out('Some measurements FAILED (see above).\n');
process.exit(failed ? 1 : 0);
