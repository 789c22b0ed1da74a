/**
 * `npx tsx test/bench/http-bench.ts`: the chat API under load beside a bare express hello-world,
 * and the time from a resident's consent to the handoff e-mail in a local SMTP server. Part of
 * `npm run bench` (test/bench/bench.ts), which prints these figures with the others.
 *
 * BENCH_SECONDS (default 15) per server, BENCH_WARMUP_SECONDS (2), BENCH_RESIDENTS (32),
 * BENCH_MAIL_INTAKES (100) over BENCH_MAIL_RESIDENTS (4).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startFakeSmtp } from '../fakes/smtp-server.js';
import { HURRIED_ANSWERS, REFERENCE } from '../support/chat.js';
import { count, envNumber, mib, ms, percentile, table } from './bench-table.js';
import { residentAddress, runLoad, VisitError, type LoadFigures, type Send } from './load.js';
import { startServerProcess } from './server-process.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const HELLO = fileURLToPath(new URL('./hello-server.ts', import.meta.url));

/** Opening stories in both languages and several domains; each takes the hurried path to a reference. */
const STORIES = [
  'Ik heb schulden en de deurwaarder komt steeds langs.',
  'Mijn moeder wordt vergeetachtig en ik weet niet welke zorg ze kan krijgen.',
  'I lost my job and I cannot pay the rent anymore.',
  'Ik zoek hulp bij het aanvragen van een scootmobiel via de Wmo.',
  'My son has autism and needs help at school.',
  'Ik ben eenzaam sinds mijn man is overleden.',
];
let nextStory = 0;

/** The resident's side of one conversation: every message until a reference, and when each was sent. */
export async function intake(send: Send, onTurn?: (sentAt: number, replyText: string) => void): Promise<string> {
  const address = residentAddress();
  let session: string | undefined;
  for (const text of ['', STORIES[nextStory++ % STORIES.length]!, ...HURRIED_ANSWERS]) {
    const sentAt = performance.now();
    const body = (await send('/api/chat', session ? { session, text } : { text }, address)) as { session: string; replies: { text: string }[] };
    session = body.session;
    const said = body.replies.map((r) => r.text).join('\n');
    onTurn?.(sentAt, said);
    const reference = said.match(REFERENCE)?.[0];
    if (reference) return reference;
  }
  throw new VisitError('no reference after the whole intake');
}

/** The same number and kind of messages to the hello-world route, so the two runs compare like for like. */
async function helloVisit(send: Send): Promise<void> {
  const address = residentAddress();
  const session = randomUUID();
  for (const text of ['', STORIES[nextStory++ % STORIES.length]!, ...HURRIED_ANSWERS]) {
    const body = (await send('/hello', { session, text }, address)) as { ok?: boolean };
    if (body.ok !== true) throw new VisitError('hello-world did not say ok');
  }
}

/** Throughput of the chat API next to the yardstick, measured one after the other in this run. */
export interface ThroughputFigures {
  hello: LoadFigures;
  naast: LoadFigures;
  /** Naast's turns per second over hello-world's requests per second. */
  ratio: number;
  residents: number;
}

/** Starts hello-world, then Naast (`.eml` outbox, no SMTP), each as its own process, and loads each in turn. */
export async function measureThroughput(): Promise<ThroughputFigures> {
  const residents = envNumber('BENCH_RESIDENTS', 32);
  const seconds = envNumber('BENCH_SECONDS', 15);
  const warmupSeconds = envNumber('BENCH_WARMUP_SECONDS', 2);
  const hello = await startServerProcess(HELLO, { PORT: '0', HOST: '127.0.0.1' });
  let helloFigures: LoadFigures;
  try {
    helloFigures = await runLoad({ baseUrl: hello.url, pid: hello.pid, residents, warmupSeconds, seconds, visit: helloVisit });
  } finally {
    await hello.stop();
  }
  const dir = await mkdtemp(join(tmpdir(), 'naast-bench-'));
  const naast = await startServerProcess(MAIN, { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', SMTP_URL: '' });
  let naastFigures: LoadFigures;
  try {
    naastFigures = await runLoad({ baseUrl: naast.url, pid: naast.pid, residents, warmupSeconds, seconds, visit: async (send) => void (await intake(send)) });
  } finally {
    await naast.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return { hello: helloFigures, naast: naastFigures, ratio: naastFigures.perSecond / helloFigures.perSecond, residents };
}

/** From the consent turn's request to the handoff mail's arrival. */
export interface MailFigures {
  intakes: number;
  delivered: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same turn's HTTP answer to the resident, for comparison. */
  replyP50Ms: number;
  /** Mails that reached the SMTP server before the resident had Naast's answer. */
  beforeReply: number;
  errors: number;
  errorSamples: string[];
}

/**
 * Naast with SMTP_URL pointing at a local SMTP server (test/fakes/smtp-server.ts): `intakes` whole
 * intakes by a few concurrent residents. The clock runs from sending the turn whose answer holds
 * the reference (the contact details that complete the handoff) to the arrival, parsed, of the mail
 * whose subject holds that reference.
 */
export async function measureConsentToMail(): Promise<MailFigures> {
  const intakes = Math.round(envNumber('BENCH_MAIL_INTAKES', 100));
  const residents = Math.round(envNumber('BENCH_MAIL_RESIDENTS', 4));
  const smtp = await startFakeSmtp();
  const arrived = new Map<string, number>();
  let waiting = true;
  void (async () => {
    while (waiting) {
      const mail = await smtp.next();
      const reference = mail.subject?.match(REFERENCE)?.[0];
      if (reference && !arrived.has(reference)) arrived.set(reference, performance.now());
    }
  })();
  const dir = await mkdtemp(join(tmpdir(), 'naast-bench-mail-'));
  const naast = await startServerProcess(MAIN, { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', SMTP_URL: smtp.url }).catch(async (err: unknown) => {
    await smtp.close();
    throw err;
  });
  const sent = new Map<string, { sentAt: number; answeredAt: number }>();
  const errorSamples: string[] = [];
  let errors = 0;
  try {
    // A generous window: the residents stop after `intakes` intakes, not after a time.
    let started = 0;
    await runLoad({
      baseUrl: naast.url,
      residents,
      warmupSeconds: 0,
      seconds: 600,
      done: () => started >= intakes,
      visit: async (send) => {
        started++;
        let last = { sentAt: 0, answeredAt: 0 };
        const reference = await intake(send, (sentAt) => (last = { sentAt, answeredAt: performance.now() }));
        sent.set(reference, last);
      },
    }).then((load) => {
      errors += load.errors;
      errorSamples.push(...load.errorSamples);
    });
    const deadline = performance.now() + 30_000;
    while ([...sent.keys()].some((r) => !arrived.has(r)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  } finally {
    waiting = false;
    await naast.stop();
    await smtp.close();
    await rm(dir, { recursive: true, force: true });
  }
  const delays: number[] = [];
  const replies: number[] = [];
  let beforeReply = 0;
  for (const [reference, { sentAt, answeredAt }] of sent) {
    replies.push(answeredAt - sentAt);
    const at = arrived.get(reference);
    if (at === undefined) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`no mail for ${reference} within 30 s`);
      continue;
    }
    delays.push(at - sentAt);
    if (at < answeredAt) beforeReply++;
  }
  return {
    intakes: sent.size,
    delivered: delays.length,
    p50Ms: percentile(delays, 0.5),
    p99Ms: percentile(delays, 0.99),
    maxMs: delays.length ? Math.max(...delays) : Number.NaN,
    replyP50Ms: percentile(replies, 0.5),
    beforeReply,
    errors,
    errorSamples,
  };
}

const cores = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));

/** The throughput table, as `npm run bench` prints it. */
export function throughputTable(f: ThroughputFigures): string {
  const row = (label: string, l: LoadFigures, unit: string) => [
    label,
    `${count(l.perSecond)} ${unit}/s`,
    ms(l.p50Ms),
    ms(l.p99Ms),
    count(l.requests),
    count(l.visits),
    String(l.errors),
    String(l.limited),
    cores(l.serverCores),
    cores(l.clientCores),
    l.serverRssBytes === undefined ? '—' : mib(l.serverRssBytes),
  ];
  const header = ['server', 'throughput', 'p50', 'p99', 'requests', 'visits', 'errors', '429s', 'server CPU', 'load CPU', 'server RSS'];
  const errors = [...f.hello.errorSamples, ...f.naast.errorSamples].map((e) => `  error: ${e}\n`).join('');
  return (
    `Chat API throughput: ${f.residents} concurrent residents doing whole intakes (${f.naast.seconds} s measured each, after a warm-up; keep-alive HTTP; each resident its own X-Forwarded-For)\n\n` +
    table(header, [row('bare express hello-world POST', f.hello, 'req'), row('Naast POST /api/chat', f.naast, 'turns')]) +
    `\nratio Naast / hello-world: ${f.ratio.toFixed(2)} (target ≥ 0.5)\n` +
    `visits = whole intakes finished (Naast: a reference given) in the window; CPU in cores used by each process;\n` +
    `each intake is a new resident with an address of its own. Naast started empty and stored ${count(f.naast.visitsStarted)} conversations by the end.\n` +
    errors
  );
}

/** The consent → mail table. */
export function mailTable(f: MailFigures): string {
  const errors = f.errorSamples.map((e) => `  error: ${e}\n`).join('');
  return (
    `Consent → handoff e-mail in a local SMTP server: ${f.intakes} intakes, ${f.delivered} mails\n\n` +
    table(
      ['measure', 'p50', 'p99', 'max'],
      [
        ['contact turn sent → mail received', ms(f.p50Ms), ms(f.p99Ms), ms(f.maxMs)],
        ['contact turn sent → resident has the answer', ms(f.replyP50Ms), '', ''],
      ],
    ) +
    `\n${f.beforeReply} of ${f.delivered} mails arrived before the resident had the answer. The outbox tries a new mail at once;\n` +
    `its 1 s polling timer only paces retries, so it does not show here. About 100 ms of each figure is the SMTP\n` +
    `server's greeting delay (smtp-server waits 100 ms on every connection to catch clients that talk too early, as\n` +
    `real mail servers do; Naast's mailer opens one connection per mail).\n` +
    errors
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const throughput = await measureThroughput();
  process.stdout.write(throughputTable(throughput) + '\n');
  const mail = await measureConsentToMail();
  process.stdout.write(mailTable(mail));
  process.exitCode = throughput.hello.errors + throughput.naast.errors + mail.errors > 0 ? 1 : 0;
}
