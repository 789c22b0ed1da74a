import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccounts } from '../../src/admin/accounts.js';
import { createAdminRouter } from '../../src/admin/admin-routes.js';
import { createLogger } from '../../src/log.js';
import { createMonitoringRouter } from '../../src/monitoring/monitoring-routes.js';
import { invite, login } from '../support/admin-login.js';
import { SECRET_WORDS, seededDataDir } from './seed.js';

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };

let seeded: Awaited<ReturnType<typeof seededDataDir>>;
let server: Server | undefined;
let base = '';
/** Cookies of a signed-in administrator, viewer and editor. */
const cookies = { administrator: '', viewer: '', editor: '' };
/** A page of the running app as the administrator sees it. */
const get = (path: string, cookie = cookies.administrator) => fetch(`${base}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

beforeAll(async () => {
  seeded = await seededDataDir();
  const accounts = createAccounts(seeded.store);
  await accounts.ensureFirstAdministrator(ADMIN.email, ADMIN.password);
  const app = express();
  // The admin API for logging in, as app.ts mounts it, with the monitoring routes beside it.
  app.use(createAdminRouter({ accounts, log: createLogger('silent'), secure: false }));
  app.use(createMonitoringRouter({ store: seeded.store, accounts, now: () => new Date('2025-11-20T12:00:00Z') }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cookies.administrator = await login(base, ADMIN.email, ADMIN.password);
  cookies.viewer = (await invite(base, cookies.administrator, { email: 'kijker@haarlem.example', role: 'viewer' }, 'kijker wachtwoord 12')).cookie;
  cookies.editor = (await invite(base, cookies.administrator, { email: 'redactie@haarlem.example', role: 'editor' }, 'redactie wachtwoord 12')).cookie;
});
afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await seeded?.cleanup();
});

describe('access to the monitoring page', () => {
  it('sends a browser without a session to the login page, to come back after', async () => {
    for (const path of ['/admin/monitoring', '/admin/monitoring.csv']) {
      const res = await get(path, '');
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/admin/?next=${encodeURIComponent(path)}`);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    // A made-up or ended session is no session.
    expect((await get('/admin/monitoring', `naast_admin=${'A'.repeat(43)}`)).status).toBe(303);
  });

  it('shows the figures to administrators and viewers, and refuses editors', async () => {
    for (const path of ['/admin/monitoring', '/admin/monitoring.csv']) {
      expect((await get(path, cookies.administrator)).status).toBe(200);
      expect((await get(path, cookies.viewer)).status).toBe(200);
      expect((await get(path, cookies.editor)).status).toBe(403);
    }
  });

  it('no longer lets this machine in without a login, nor takes a basic-auth password', async () => {
    const basic = `Basic ${Buffer.from(`gemeente:${ADMIN.password}`).toString('base64')}`;
    const res = await fetch(`${base}/admin/monitoring`, { headers: { authorization: basic }, redirect: 'manual' });
    expect(res.status).toBe(303);
  });

  it('offers the way back to the admin page', async () => {
    const html = await (await get('/admin/monitoring')).text();
    expect(html).toContain('<a href="/admin/">Terug naar beheer</a>');
  });
});

describe('the monitoring page', () => {
  it('shows suppressed counts, no script, and a CSP without unsafe-inline', async () => {
    const res = await get(`/admin/monitoring?from=2025-01-01&to=2025-12-31`);
    const html = await res.text();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toContain('unsafe');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<html lang="nl">');
    const income = '<tr data-row="income"><th scope="row">Geld en schulden<span class="term">inkomen</span></th>';
    expect(html).toContain(`${income}<td class="num">8</td><td class="num">7</td></tr>`);
    expect(html).toContain(`${income}<td class="num">7</td><td class="num">&lt;5</td><td class="num">6</td><td class="num">&lt;5</td><td class="num">7</td></tr>`);
    expect(html).toContain('<tr data-row="housing"><th scope="row">Wonen<span class="term">wonen</span></th><td class="num">&lt;5</td><td class="num">&lt;5</td><td class="num">&lt;5</td><td class="num">0</td><td class="num">–</td></tr>');
    expect(html).toContain('<dd data-total="median">7 uur</dd>');
  });

  it('never shows what a resident wrote, who they are, or a case reference', async () => {
    const html = await (await get(`/admin/monitoring?from=2020-01-01&to=2026-12-31`)).text();
    const csv = await (await get(`/admin/monitoring.csv?from=2020-01-01&to=2026-12-31`)).text();
    for (const shown of [html, csv]) {
      expect(shown).not.toContain('GEHEIM');
      expect(shown).not.toContain(SECRET_WORDS.slice(12));
      expect(shown).not.toMatch(/06 12345678|Fatima|conv-|HA-[A-Z0-9]{4}/);
    }
  });

  it('defaults to the current year', async () => {
    const html = await (await get(`/admin/monitoring`)).text();
    expect(html).toContain('Periode: 1 januari 2025 tot en met 31 december 2025.');
    expect(html).toContain('href="monitoring.csv?from=2025-01-01&amp;to=2025-12-31"');
  });

  it('says in Dutch what is wrong with a period, with the form to try again', async () => {
    const res = await get(`/admin/monitoring?from=2025-05-01&to=2025-04-01`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('De einddatum ligt vóór de begindatum.');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('<form method="get" action="monitoring">');
  });
});

describe('the CSV download', () => {
  it('is an attachment with "<5" for counts from 1 to 4', async () => {
    const res = await get(`/admin/monitoring.csv?from=2025-01-01&to=2025-12-31`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="naast-monitoring-2025-01-01-2025-12-31.csv"');
    const lines = (await res.text()).split('\n');
    expect(lines[3]).toBe('care,zorg,<5,<5,<5,0,<5,');
    expect(lines[9]).toBe('income,inkomen,8,7,<5,6,<5,7');
  });

  it('answers 400 to a bad period', async () => {
    expect((await get('/admin/monitoring.csv?from=2025-13-01')).status).toBe(400);
  });
});
