/**
 * Crash safety: residents do intakes over the chat API while the server process is killed
 * (SIGKILL, no chance to tidy up) at random moments, and restarted on the same DATA_DIR. At the end
 * no handoff a resident was told about may be missing from the store or its mail from the SMTP
 * server, and every store file must read back.
 *
 * A second test starts the server on a damaged store file: kept aside, named, and no start over
 * it. store-crash.test.ts kills the store alone, also in the middle of compactions.
 *
 * CRASH_CYCLES (default 3) sets how many kills; CRASH_SEED repeats their moments (the seed is in
 * every failure message).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { Handoff } from '../../src/handoff/handoff.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';
import { createWatch, type Watch } from '../fakes/watch.js';
import { HURRIED_ANSWERS, REFERENCE } from '../support/chat.js';
import { random, unreadableStoreFiles } from './crash-support.js';

const CYCLES = Number(process.env.CRASH_CYCLES ?? 3);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RESIDENTS = 6;
const STORIES = [
  'Ik heb schulden en de deurwaarder komt steeds langs.',
  'Mijn moeder wordt vergeetachtig en heeft hulp nodig thuis.',
  'We wonen met vijf mensen in een kleine flat met schimmel.',
  'Ik ben mijn baan kwijt en kan de huur niet betalen.',
];

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  stderr: () => string;
}

/** `tsx src/main.ts` in its own process group, so a kill takes tsx's node child with it. */
function startServer(dataDir: string, smtpUrl: string): Promise<Server> {
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtpUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const url = stdout.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
      if (url) resolve({ child, url, exited, stderr: () => stderr });
    });
    void exited.then((code) => reject(new Error(`the server stopped before it ran (exit ${code}): ${stderr}`)));
  });
}

function kill(server: Server, signal: NodeJS.Signals): void {
  try {
    process.kill(-server.child.pid!, signal);
  } catch {
    // Gone already.
  }
}

let lastAddress = 0;

/** One resident after another doing whole intakes against whichever server runs now. */
async function resident(
  n: number,
  server: () => Server | undefined,
  running: () => boolean,
  told: Map<string, number>,
  toldWatch: Watch,
  next: () => number,
): Promise<void> {
  while (running()) {
    const current = server();
    if (!current) {
      await new Promise((r) => setTimeout(r, 20));
      continue;
    }
    // A fresh address per intake keeps the per-address limit for floods out of the way.
    const address = `10.9.${(++lastAddress >> 8) & 255}.${lastAddress & 255}`;
    let session: string | undefined;
    try {
      for (const text of ['', STORIES[n % STORIES.length]!, ...HURRIED_ANSWERS]) {
        if (!running() || server() !== current) break;
        const res = await fetch(`${current.url}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ session, text }),
        });
        if (res.status === 429) break;
        const body = (await res.json()) as { session: string; replies: { text: string }[] };
        session = body.session;
        const reference = body.replies.map((r) => r.text).join('\n').match(REFERENCE)?.[0];
        if (reference) {
          // The resident has read their reference: the handoff is acknowledged.
          told.set(reference, (told.get(reference) ?? 0) + 1);
          toldWatch.changed();
          break;
        }
        await new Promise((r) => setTimeout(r, next() * 15));
      }
    } catch {
      // The server was killed under the request; the resident starts again once one runs.
    }
  }
}


describe('killed at random moments during intakes and handoffs', () => {
  let smtp: FakeSmtp | undefined;
  let server: Server | undefined;
  afterAll(async () => {
    if (server) kill(server, 'SIGKILL');
    await smtp?.close();
  });

  it(`loses no acknowledged handoff, and every store file reads back (seed ${SEED}, ${CYCLES} kills)`, async () => {
    // Kept when the test fails, for a look at the files.
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-crash-'));
    const why = `CRASH_SEED=${SEED} CRASH_CYCLES=${CYCLES} (DATA_DIR ${dataDir})`;
    // The kills draw from their own sequence, so a seed repeats them whatever the residents draw.
    const next = random(SEED);
    const thinking = random(SEED ^ 0x5bd1e995);
    smtp = await startFakeSmtp();
    const told = new Map<string, number>();
    const toldWatch = createWatch();
    let residentsOn = true;
    const residents = Array.from({ length: RESIDENTS }, (_, n) =>
      resident(
        n,
        () => server,
        () => residentsOn,
        told,
        toldWatch,
        thinking,
      ),
    );

    const kills: string[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      server = await startServer(dataDir, smtp.url);
      const mailsBefore = smtp.messages.length;
      // Half the kills land at a random time, half right as a mail reaches the SMTP server:
      // between its acceptance and the outbox writing it down, where a mail can go twice.
      const onMail = next() < 0.5;
      const waitMs = 300 + Math.floor(next() * 1500);
      const nth = 1 + Math.floor(next() * 4);
      if (onMail) await smtp.waitFor((m) => smtp!.messages.indexOf(m) >= mailsBefore + nth - 1, 15_000).catch(() => undefined);
      else await new Promise((r) => setTimeout(r, waitMs));
      kills.push(onMail ? `on mail ${nth}` : `after ${waitMs} ms`);
      const dead = server;
      server = undefined;
      kill(dead, 'SIGKILL');
      await dead.exited;
    }

    // The last start: a few more intakes on the restarted server, then the outbox sends what is left.
    server = await startServer(dataDir, smtp.url);
    const toldBefore = told.size;
    await toldWatch.until(() => (told.size >= toldBefore + 3 ? true : undefined), 20_000, () => `${why}: the restarted server finished no intake`);
    residentsOn = false;
    await Promise.all(residents);
    const mailsOf = (reference: string) => smtp!.messages.filter((m) => header(m, 'x-naast-reference') === reference && !/kiest een andere/.test(m.subject ?? ''));
    const acknowledged = [...told.keys()];
    // Every mail of an acknowledged handoff, or 20 s: what is missing then is named below.
    await smtp.waitFor(() => acknowledged.every((r) => mailsOf(r).length > 0), 20_000).catch(() => undefined);
    // Killed once more, now that the mail is out: what was acknowledged must still be there.
    const last = server;
    server = undefined;
    kill(last, 'SIGKILL');
    await last.exited;

    const db = join(dataDir, 'db');
    expect(await unreadableStoreFiles(db), why).toEqual([]);
    const store = await createLowdbStore(db);
    const stored = new Map((await store.list<Handoff>('handoffs')).map((h) => [h.reference, h]));
    const lost = acknowledged.filter((r) => !stored.has(r));
    expect(lost, `${why}: acknowledged handoffs missing from the store; kills: ${kills.join(', ')}`).toEqual([]);
    const unsent = acknowledged.filter((r) => mailsOf(r).length === 0);
    expect(unsent, `${why}: acknowledged handoffs whose mail never reached the SMTP server`).toEqual([]);
    expect(
      acknowledged.filter((r) => (told.get(r) ?? 0) > 1),
      `${why}: one reference told for two intakes`,
    ).toEqual([]);

    // At least once: a kill between the SMTP server's acceptance and the outbox's record of it sends
    // the mail again after the restart. Always with the same Message-ID, so a mail server can drop it.
    const twice = [...stored.keys()].filter((r) => mailsOf(r).length > 1);
    for (const r of twice) expect(new Set(mailsOf(r).map((m) => m.messageId)).size, `${why}: ${r} went twice with different Message-IDs`).toBe(1);
    const unannounced = [...stored.values()].filter((h) => !told.has(h.reference));
    const neverMailed = [...stored.keys()].filter((r) => mailsOf(r).length === 0);
    // Not mailed yet and nothing in the outbox to mail it: a handoff the kill caught between its own write and its mail's.
    const orphans = [];
    for (const r of neverMailed) if (!(await store.get('outbox', r))) orphans.push(r);
    console.info(
      `crash test (${why}): kills ${kills.join(', ')}; ${acknowledged.length} handoffs acknowledged, ${stored.size} stored, ` +
        `${unannounced.length} stored but never told (killed before the reply), ${neverMailed.length} stored and not mailed yet (${orphans.length} without outbox mail: never to be sent), ` +
        `${twice.length} mailed twice (same Message-ID), ${smtp.messages.length} mails in all`,
    );
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);
});

function header(mail: ParsedMail, name: string): string | undefined {
  const value = mail.headers.get(name);
  return typeof value === 'string' ? value : undefined;
}


describe('a damaged store file at start', () => {
  /** `tsx src/main.ts` until it exits; its code and what it said on standard error. */
  const run = (dataDir: string) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error' }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it('is kept aside and named, and the server does not start over it, also not the next time', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-crash-corrupt-'));
    const db = join(dataDir, 'db');
    await mkdir(db);
    const damaged = join(db, 'handoffs.json');
    await writeFile(damaged, '{"HA-2345":{"id":"HA-2345","words":"mijn verhaal over schulden"');
    const first = await run(dataDir);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(damaged);
    expect(first.stderr).not.toContain('schulden');
    // One clear line for the operator, not a stack trace.
    expect(first.stderr).toContain('Naast kan niet starten: store file');
    expect(first.stderr).not.toMatch(/\n\s+at /);
    const [aside, ...others] = await readdir(db);
    expect(others).toEqual([]);
    expect(aside).toMatch(/^handoffs\.json\.corrupt-/);
    expect(await readFile(join(db, aside!), 'utf8')).toContain('schulden');
    const again = await run(dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(join(db, aside!));
    expect(await readdir(db)).toEqual([aside]);
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);
});
