/**
 * Telegram long polling with two instances on one PostgreSQL: only one polls (Telegram would cut a
 * second poller off with 409, which the fake Bot API server counts), and when that one is killed the
 * other takes over and answers the residents.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../bench/server-process.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../fakes/postgres-server.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-bot-api.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const missing = await postgresMissing();
const skip = missing !== undefined && !process.env.CI;
if (skip) console.warn(`Skipping the channel lease test: ${missing}`);

describe.skipIf(skip)('a channel only one instance may run', () => {
  let server: TestPostgres;
  let telegram: FakeTelegram;
  let url: string;
  const instances: ServerProcess[] = [];
  const dirs: string[] = [];
  const start = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'naast-lease-'));
    dirs.push(dir);
    const p = await startServerProcess(MAIN, { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: process.env.LEASE_LOG ?? 'silent', SMTP_URL: '', TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.url });
    instances.push(p);
    return p;
  };
  /** The bot's answer to a resident's message, whichever instance gives it. */
  const answered = async (chat: number, text: string) => {
    const before = telegram.sent(chat).length;
    telegram.say(chat, text);
    await telegram.waitForCall((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(chat) && telegram.sent(chat).length > before, 20_000).catch((e: Error) => {
      throw new Error(`${e.message}; calls: ${JSON.stringify(telegram.calls.map((c) => [c.method, c.body.chat_id ?? c.body.offset]))}`);
    });
  };

  beforeAll(async () => {
    server = await startTestPostgres();
    url = await server.database();
    telegram = await startFakeTelegram();
  }, 60_000);
  afterAll(async () => {
    for (const p of instances) await p.stop().catch(() => undefined);
    await telegram?.close();
    await server?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('polls from one instance only, and from the other once the first is killed', async () => {
    const first = await start();
    await telegram.waitForCall((c) => c.method === 'getUpdates', 10_000);
    const second = await start();
    await answered(5001, 'Hallo');
    // Several long-poll rounds of both instances: nobody is cut off.
    await new Promise((r) => setTimeout(r, 3_000));
    await answered(5002, 'Ik heb schulden');
    expect(telegram.conflicts()).toBe(0);

    process.kill(-first.pid, 'SIGKILL');
    // The second takes over within its retry time (5 s) and answers.
    await answered(5003, 'Hallo, ik heb een vraag over zorg');
    expect(telegram.conflicts()).toBe(0);
    await second.stop();
  }, 90_000);
});
