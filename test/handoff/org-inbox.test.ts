import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { inboxLinks, inboxToken, loadOrCreateInboxKey } from '../../src/handoff/org-inbox.js';
import { chatIntake } from '../support/chat.js';


describe('each organisation\'s inbox behind its secret link (no SMTP: the case mails are there too)', () => {
  let naast: RunningNaast;
  let dataDir: string;
  let reference = '';
  let links: Map<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'naast-inbox-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    ({ reference } = await chatIntake(naast.url, 'Ik heb schulden en de deurwaarder komt steeds langs.'));
    const key = await loadOrCreateInboxKey(dataDir);
    links = new Map(inboxLinks(key, naast.core.pool, naast.url).map((l) => [l.id, l.url]));
  });
  afterAll(async () => {
    await naast?.stop();
  });

  it('lists the organisation\'s own cases, and lets it read the case mail with its link', async () => {
    const handoff = (await naast.core.store.get<Handoff>('handoffs', reference))!;
    const link = links.get(handoff.organisation.id)!;
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain(reference);
    expect(html).not.toContain('deurwaarder');
    // The outbox writes the .eml just after the handoff: wait for it rather than guess how long.
    await naast.core.outbox.drain();
    const mail = await fetch(`${link}/mail/${reference}`);
    expect(mail.status).toBe(200);
    expect(await mail.text()).toMatch(/\/h\/[A-Za-z0-9_-]{40,}/);
  });

  it('shows nothing of it to another organisation, and nothing to a wrong link', async () => {
    const handoff = (await naast.core.store.get<Handoff>('handoffs', reference))!;
    const other = [...links].find(([id]) => id !== handoff.organisation.id)![1];
    expect(await (await fetch(other)).text()).not.toContain(reference);
    expect((await fetch(`${other}/mail/${reference}`)).status).toBe(404);
    expect((await fetch(`${naast.url}/o/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await fetch(`${naast.url}/o/short`)).status).toBe(404);
  });

  it('keeps the links stable across restarts (the key stays in DATA_DIR), and prints them for the administrator', async () => {
    const again = await loadOrCreateInboxKey(dataDir);
    expect(inboxToken(again, 'clientenbelang')).toBe(new URL(links.get('clientenbelang')!).pathname.slice(3));
    const cli = spawnSync('node_modules/.bin/tsx', ['src/handoff/inbox-links-cli.ts'], { env: { ...process.env, DATA_DIR: dataDir, PUBLIC_URL: 'https://naast.example.org' }, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`clientenbelang\tCliëntenbelang\thttps://naast.example.org/o/${inboxToken(again, 'clientenbelang')}\n`);
  });
});
