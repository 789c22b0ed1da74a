import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeTelegram } from './fakes/telegram-bot-api.js';

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('npm start refuses what an administrator must fix', () => {
  it('stops on a broken dialog tree, naming the file and the node', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'naast-main-'));
    await cp('dialogs', join(dir, 'dialogs'), { recursive: true });
    const file = join(dir, 'dialogs', 'intake.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('next: ask_question', 'next: ask_nothing'));
    const { code, stderr } = await start({ DIALOGS_DIR: join(dir, 'dialogs'), DATA_DIR: join(dir, 'data'), PORT: '0' });
    expect(code).toBe(1);
    expect(stderr).toContain('intake.yaml');
    expect(stderr).toContain("node 'greeting': next leads to unknown node 'ask_nothing'");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops on a bad setting, naming the variable', async () => {
    const { code, stderr } = await start({ SMTP_URL: 'mail.example.org' });
    expect(code).toBe(1);
    expect(stderr).toContain('SMTP_URL');
  });
});

describe('npm start with Telegram switched on', () => {
  it('answers a resident through the Bot API server it is pointed at, hands off to an .eml, and stops cleanly on SIGTERM', async () => {
    const telegram = await startFakeTelegram();
    const dir = await mkdtemp(join(tmpdir(), 'naast-main-tg-'));
    // tsx itself rather than npx, which does not pass SIGTERM on; its own process group, so nothing outlives the test.
    const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
      env: { ...process.env, PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.url },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let running = true;
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => ((running = false), resolve(code))));
    try {
      const chat = 9001;
      const say = async (text: string) => {
        const before = telegram.sent(chat).length;
        // The first update waits in the fake until Naast has started polling.
        await telegram.handled(telegram.say(chat, text), 30_000);
        return telegram.sent(chat).slice(before).map((m) => m.text).join('\n');
      };
      expect(await say('hallo')).toContain('Naast');
      let replies = await say('Ik heb schulden en de deurwaarder komt steeds langs.');
      for (const answer of ['3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '06 12345678']) {
        if (/\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/.test(replies)) break;
        replies = await say(answer);
      }
      const reference = replies.match(/\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/)?.[0];
      expect(reference, replies).toBeDefined();
      const eml = await waitForFile(join(dir, 'outbox'), (name) => name.endsWith('.eml'));
      expect(await readFile(eml, 'utf8')).toContain(reference!);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (running) process.kill(-child.pid!, 'SIGKILL');
      await telegram.close();
    }
  }, 60_000);

  it('stops with the setting named when Telegram refuses the token', async () => {
    const telegram = await startFakeTelegram();
    try {
      const { code, stderr } = await start({ PORT: '0', DATA_DIR: await mkdtemp(join(tmpdir(), 'naast-main-tg-')), TELEGRAM_BOT_TOKEN: '999:wrong-token', TELEGRAM_API_ROOT: telegram.url });
      expect(code).toBe(1);
      expect(stderr).toContain('TELEGRAM_BOT_TOKEN');
      expect(stderr).toContain('401');
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      await telegram.close();
    }
  });
});

async function waitForFile(dir: string, match: (name: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(dir).catch(() => [] as string[]);
    const name = names.find(match);
    if (name) return join(dir, name);
    if (Date.now() > until) throw new Error(`no matching file in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
