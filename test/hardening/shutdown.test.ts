/**
 * Graceful shutdown of a real `npm start` process: on SIGTERM a turn in flight still gets its whole
 * answer and is stored, new turns get a kind 503, a live stream does not hold the exit, the process
 * exits 0, and a restart on the same DATA_DIR goes on with the conversation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { STOPPING_TEXT } from '../../src/http-server.js';
import { chat, type ChatReply } from '../support/chat.js';

interface Naast {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Resolves once the log has a line matching `pattern`. */
  logged(pattern: RegExp, timeoutMs?: number): Promise<void>;
  running(): boolean;
}

/** Starts `tsx src/main.ts` in its own process group on `dataDir`; resolves once it listens. */
async function startProcess(dataDir: string): Promise<Naast> {
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  let alive = true;
  const waiters: (() => void)[] = [];
  const onData = (d: Buffer) => {
    log += d.toString();
    for (const wake of [...waiters]) wake();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      alive = false;
      for (const wake of [...waiters]) wake();
      resolve(code);
    }),
  );
  const logged = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no log line ${pattern} in:\n${log}`)), timeoutMs);
      const check = () => {
        if (pattern.test(log)) {
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(check), 1);
          resolve();
        } else if (!alive) {
          clearTimeout(timer);
          reject(new Error(`Naast ended before logging ${pattern}:\n${log}`));
        }
      };
      waiters.push(check);
      check();
    });
  await logged(/"url":"http:\/\/[^"]+"/, 60_000);
  const url = log.match(/"url":"(http:\/\/[^"]+)"/)![1]!;
  return { url, child, exited, logged, running: () => alive };
}

/**
 * A chat message whose headers reach Naast now and whose body follows only when `send` is called:
 * with `Expect: 100-continue`, Node answers "100 Continue" in the same tick it hands the request to
 * the app, so once `accepted` resolves the request is in Naast's hands.
 */
function heldMessage(url: string, body: object) {
  const payload = JSON.stringify(body);
  const { hostname, port } = new URL(url);
  let answer!: Promise<{ status: number; body: string }>;
  let held: () => void = () => undefined;
  const accepted = new Promise<void>((resolve, reject) => {
    const req = request({
      host: hostname,
      port,
      method: 'POST',
      path: '/api/chat',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), expect: '100-continue' },
    });
    answer = new Promise((done, fail) => {
      req.on('response', (res: IncomingMessage) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', fail);
    });
    req.on('continue', () => resolve());
    req.on('error', reject);
    req.flushHeaders();
    held = () => req.end(payload);
  });
  return { accepted, send: () => held(), answer: () => answer };
}

describe('npm start on SIGTERM', () => {
  it('finishes the turn in flight, turns new ones away kindly, exits 0, and goes on after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-shutdown-'));
    let naast = await startProcess(dataDir);
    try {
      let { session } = await chat(naast.url, undefined, '');
      const asked = await chat(naast.url, session, 'Ik heb schulden en de deurwaarder komt steeds langs.');
      session = asked.session;
      expect(asked.replies.at(-1)!.text).toContain('Voor wie');

      // A live stream is open: it must not keep the process from ending.
      const stream = await fetch(`${naast.url}/api/chat/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session }) });
      expect(stream.status).toBe(200);
      const streamEnded = stream.body!.pipeTo(new WritableStream()).then(
        () => 'ended',
        () => 'cut',
      );

      const inFlight = heldMessage(naast.url, { session, text: '1' });
      await inFlight.accepted;
      naast.child.kill('SIGTERM');
      await naast.logged(/stopping: no new turns/);

      // While it drains: no new turns, a kind word in both languages, and health says so.
      const refused = await fetch(`${naast.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text: 'hallo' }) });
      expect(refused.status).toBe(503);
      expect(await refused.json()).toEqual({ status: 'stopping', error: STOPPING_TEXT });
      expect((await fetch(`${naast.url}/healthz`)).status).toBe(503);

      // The turn that was already in gets its whole answer.
      inFlight.send();
      const answered = await inFlight.answer();
      expect(answered.status).toBe(200);
      const reply = JSON.parse(answered.body) as ChatReply;
      expect(reply.session).toBe(session);
      expect(reply.replies.at(-1)).toEqual({ text: 'Hoe snel heb je hulp nodig?', choices: ['Vandaag of morgen', 'Deze week', 'Het heeft geen haast'] });

      expect(await naast.exited).toBe(0);
      // The live stream ends (cleanly or cut) instead of holding the process: the test times out if not.
      await streamEnded;

      // The answer to "for whom" was stored: after a restart, "3" answers "how soon", not "for whom".
      naast = await startProcess(dataDir);
      const next = await chat(naast.url, session, '3');
      expect(next.session).toBe(session);
      expect(next.replies.at(-1)!.text).toMatch(/^Wat heb je zelf al geprobeerd\?/);
      naast.child.kill('SIGTERM');
      expect(await naast.exited).toBe(0);
    } finally {
      if (naast.running()) process.kill(-naast.child.pid!, 'SIGKILL');
    }
  }, 120_000);
});

describe('stopping a running Naast', () => {
  const start = (drainMs: number) =>
    mkdtemp(join(tmpdir(), 'naast-drain-')).then((dir) => startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent' }), { httpLimits: { drainMs } }));
  const openStream = async (url: string, session: string) => {
    const stream = await fetch(`${url}/api/chat/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session }) });
    expect(stream.status).toBe(200);
    // Wrapped: an async function returning the promise itself would wait for the stream to end.
    return { ended: stream.body!.pipeTo(new WritableStream()).then(() => 'ended', () => 'cut') };
  };

  it('does not wait for a live stream: it is cut at once', async () => {
    const naast = await start(20_000);
    const stream = await openStream(naast.url, (await chat(naast.url, undefined, '')).session);
    const started = Date.now();
    await naast.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    await stream.ended;
  });

  it('waits no longer than its drain time for a client that never sends its body, then cuts it', async () => {
    const naast = await start(300);
    const stuck = heldMessage(naast.url, { text: 'hallo' });
    await stuck.accepted;
    const started = Date.now();
    await naast.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(stuck.answer()).rejects.toThrow();
  });
});
