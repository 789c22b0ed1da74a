import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createWhatsAppChannel, type WhatsAppChannel } from '../../channels/whatsapp.js';
import { createAccounts } from '../../src/admin/accounts.js';
import { createLogger } from '../../src/log.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/store.js';

const CHROMIUM = '/usr/bin/chromium';

/** A live process (not a zombie waiting to be reaped): its command line and parent. */
async function processes(): Promise<{ pid: number; ppid: number; cmdline: string }[]> {
  const found = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = await readFile(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const [state, ppid] = status.slice(status.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z' || state === 'X') continue;
      const cmdline = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).replaceAll('\0', ' ');
      found.push({ pid: Number(entry), ppid: Number(ppid), cmdline });
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

/** The browser on this profile and every process it started. */
async function browserTree(profileDir: string): Promise<number[]> {
  const all = await processes();
  const tree = new Set(all.filter((p) => p.cmdline.includes(profileDir)).map((p) => p.pid));
  for (let grown = true; grown; ) {
    grown = false;
    for (const p of all) if (tree.has(p.ppid) && !tree.has(p.pid)) grown = tree.add(p.pid) !== undefined;
  }
  return [...tree];
}

// It cannot reach WhatsApp here (no network): it only shows that the real library starts Debian's
// Chromium on the session directory, headless, and that stop() leaves no browser behind.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('the WhatsApp channel with the real whatsapp-web.js and Chromium', () => {
  let channel: WhatsAppChannel | undefined;
  let store: Store | undefined;
  afterAll(async () => {
    await channel?.stop();
    await store?.close();
  });

  it('launches Chromium headless on the session directory, and stops it without leftovers', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-whatsapp-chromium-'));
    const sessionDir = join(dataDir, 'whatsapp');
    store = await createLowdbStore(join(dataDir, 'db'));
    channel = createWhatsAppChannel({ chromium: CHROMIUM, sessionDir, store, log: createLogger('silent'), accounts: createAccounts(store), terminal: false });
    await channel.start(async () => []);

    // LocalAuth keeps the browser profile under the session directory: that is how we find it.
    let browser: number[] = [];
    await vi.waitFor(
      async () => {
        browser = await browserTree(sessionDir);
        expect(browser.length).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 20 },
    );
    const main = (await processes()).find((p) => browser.includes(p.pid) && p.cmdline.includes(`--user-data-dir=${join(sessionDir, 'session')}`));
    expect(main?.cmdline).toMatch(/--headless/);
    for (const flag of ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run']) expect(main?.cmdline).toContain(flag);
    expect((await stat(join(sessionDir, 'session'))).isDirectory()).toBe(true);

    await channel.stop();
    channel = undefined;
    expect(await browserTree(sessionDir)).toEqual([]);
    // Its helpers (zygote, renderer, GPU process) go with it.
    await vi.waitFor(async () => expect((await processes()).filter((p) => browser.includes(p.pid))).toEqual([]), { timeout: 5000, interval: 20 });
    // Nothing of the library lands in the working directory.
    expect(existsSync('.wwebjs_cache')).toBe(false);
    expect(existsSync('.wwebjs_auth')).toBe(false);
  }, 60_000);
});
