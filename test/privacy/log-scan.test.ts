/**
 * Logs never hold what a resident told us. Naast runs as `npm start` does, at debug level, with the
 * web chat, Telegram (fake Bot API) and mail out through an SMTP server; whole intakes and odd input
 * go through it, then every log line is searched for the residents' words, names, numbers and addresses.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeSmtp } from '../fakes/smtp-server.js';
import { startFakeTelegram } from '../fakes/telegram-bot-api.js';
import { chat, REFERENCE } from '../support/chat.js';

/** What the residents say; none of it may reach a log line. */
const SECRETS = {
  story: 'Mijn schoonzoon Bertus slaat mijn dochter en ik heb 4312 euro schuld bij de woningbouw.',
  name: 'Jolanda Pietersma',
  phone: '06 98765432',
  email: 'jolanda.pietersma@voorbeeld.nl',
  telegramStory: 'Ik heb een gokverslaving en de deurwaarder Klaasen staat morgen voor de deur.',
  telegramName: 'Hendrikus Oosterbroek',
  telegramPhone: '0687654321',
  crisis: 'Ik wil er niet meer zijn, ik heb de pillen van Gerrit al klaargelegd.',
  odd: '<script>alert("Wilhelmina")</script>',
};
/** Fragments to look for: whole phrases and their telling parts (digits without spaces too). */
const NEEDLES = [
  ...Object.values(SECRETS),
  'Bertus', '4312', 'Pietersma', '98765432', 'pietersma@', 'gokverslaving', 'Klaasen', 'Oosterbroek', '87654321', 'Gerrit', 'Wilhelmina',
];

const ANSWERS = (name: string, contact: string) => ['3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', name, contact];

describe('the logs of a running Naast', () => {
  it('hold no resident text, name, phone number or e-mail address, at debug level, on any channel', async () => {
    const smtp = await startFakeSmtp();
    const telegram = await startFakeTelegram();
    const dir = await mkdtemp(join(tmpdir(), 'naast-logscan-'));
    const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'debug', SMTP_URL: smtp.url, TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.url },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    let running = true;
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => ((running = false), resolve(code))));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Naast did not start:\n${log}`)), 30_000);
        const look = () => {
          const found = log.match(/"url":"(http:\/\/[^"]+)"/);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]!);
          } else if (!running) {
            clearTimeout(timer);
            reject(new Error(`Naast stopped:\n${log}`));
          } else setTimeout(look, 100);
        };
        look();
      });

      // Web chat: a whole intake with a name and an e-mail address, then odd input and a crisis.
      let { session } = await chat(url, undefined, '');
      let said = '';
      for (const text of [SECRETS.story, ...ANSWERS(SECRETS.name, SECRETS.email)]) {
        const body = await chat(url, session, text);
        session = body.session;
        said = body.replies.map((r) => r.text).join('\n');
        if (REFERENCE.test(said)) break;
      }
      expect(said).toMatch(REFERENCE);
      await chat(url, session, SECRETS.odd);
      await chat(url, session, 'x'.repeat(20_000));
      await chat(url, undefined, SECRETS.crisis);
      await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"text": "${SECRETS.phone}"` });

      // Telegram: a whole intake with a phone number.
      const chatId = 4242;
      let replies = '';
      for (const text of ['hallo', SECRETS.telegramStory, ...ANSWERS(SECRETS.telegramName, SECRETS.telegramPhone)]) {
        const before = telegram.sent(chatId).length;
        await telegram.handled(telegram.say(chatId, text), 30_000);
        replies = telegram.sent(chatId).slice(before).map((m) => m.text).join('\n');
        if (REFERENCE.test(replies)) break;
      }
      expect(replies).toMatch(REFERENCE);

      // Both handoff mails went out through SMTP (their sending is logged, their content not).
      const deadline = Date.now() + 20_000;
      while (smtp.messages.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(smtp.messages.length).toBeGreaterThanOrEqual(2);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (running) process.kill(-child.pid!, 'SIGKILL');
      await telegram.close();
      await smtp.close();
    }

    const lines = log.split('\n').filter(Boolean);
    // The scan means something only if the run really logged its work.
    expect(log).toContain('handoff created');
    expect(lines.length).toBeGreaterThan(10);
    const leaks = lines.flatMap((line) => NEEDLES.filter((n) => line.toLowerCase().includes(n.toLowerCase())).map((n) => `${n} in: ${line.slice(0, 300)}`));
    expect(leaks).toEqual([]);
  }, 90_000);
});
