/**
 * Telegram long polling with two instances on one PostgreSQL: only one polls (Telegram would cut a
 * second poller off with 409, which the fake Bot API server counts), and when that one is killed the
 * other takes over and answers the residents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../fakes/postgres-server.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-bot-api.js';
import { naastInstances } from '../support/instances.js';

const missing = await postgresMissing();
const skip = missing !== undefined && !process.env.CI;
if (skip) console.warn(`Skipping the channel lease test: ${missing}`);

describe.skipIf(skip)('a channel only one instance may run', () => {
  let server: TestPostgres;
  let telegram: FakeTelegram;
  let url: string;
  const { start, stopAll } = naastInstances(() => ({ DATABASE_URL: url, SMTP_URL: '', TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.url }));
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
    await stopAll();
    await telegram?.close();
    await server?.close();
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
