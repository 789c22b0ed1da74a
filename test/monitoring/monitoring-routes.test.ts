import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMonitoringRouter } from '../../src/monitoring/monitoring-routes.js';
import { SECRET_WORDS, seededDataDir } from './seed.js';

const PASSWORD = 'correct horse battery';
const basic = (password: string) => `Basic ${Buffer.from(`gemeente:${password}`).toString('base64')}`;
/** With this header the loopback peer is a proxy, so the person behind it must log in. */
const PROXIED = { 'X-Forwarded-For': '203.0.113.7' };

let seeded: Awaited<ReturnType<typeof seededDataDir>>;
const servers: Server[] = [];

async function serve(adminPassword: string | undefined): Promise<string> {
  const app = express();
  app.use(createMonitoringRouter({ store: seeded.store, adminPassword, now: () => new Date('2025-11-20T12:00:00Z') }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let withPassword = '';
let withoutPassword = '';

beforeAll(async () => {
  seeded = await seededDataDir();
  withPassword = await serve(PASSWORD);
  withoutPassword = await serve(undefined);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await seeded?.cleanup();
});

describe('access to the monitoring page', () => {
  it('lets this machine in without a password', async () => {
    const res = await fetch(`${withoutPassword}/admin/monitoring`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('asks anyone else for the password, and refuses a wrong one', async () => {
    for (const path of ['/admin/monitoring', '/admin/monitoring.csv']) {
      const none = await fetch(`${withPassword}${path}`, { headers: PROXIED });
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      expect((await fetch(`${withPassword}${path}`, { headers: { ...PROXIED, Authorization: basic('wrong password!') } })).status).toBe(401);
      expect((await fetch(`${withPassword}${path}`, { headers: { ...PROXIED, Authorization: basic(PASSWORD) } })).status).toBe(200);
    }
  });

  it('refuses anyone else when no ADMIN_PASSWORD is set', async () => {
    expect((await fetch(`${withoutPassword}/admin/monitoring`, { headers: PROXIED })).status).toBe(403);
    expect((await fetch(`${withoutPassword}/admin/monitoring.csv`, { headers: { ...PROXIED, Authorization: basic(PASSWORD) } })).status).toBe(403);
  });
});

describe('the monitoring page', () => {
  it('shows suppressed counts, no script, and a CSP without unsafe-inline', async () => {
    const res = await fetch(`${withPassword}/admin/monitoring?from=2025-01-01&to=2025-12-31`);
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
    const html = await (await fetch(`${withPassword}/admin/monitoring?from=2020-01-01&to=2026-12-31`)).text();
    const csv = await (await fetch(`${withPassword}/admin/monitoring.csv?from=2020-01-01&to=2026-12-31`)).text();
    for (const shown of [html, csv]) {
      expect(shown).not.toContain('GEHEIM');
      expect(shown).not.toContain(SECRET_WORDS.slice(12));
      expect(shown).not.toMatch(/06 12345678|Fatima|conv-|HA-[A-Z0-9]{4}/);
    }
  });

  it('defaults to the current year', async () => {
    const html = await (await fetch(`${withPassword}/admin/monitoring`)).text();
    expect(html).toContain('Periode: 1 januari 2025 tot en met 31 december 2025.');
    expect(html).toContain('href="monitoring.csv?from=2025-01-01&amp;to=2025-12-31"');
  });

  it('says in Dutch what is wrong with a period, with the form to try again', async () => {
    const res = await fetch(`${withPassword}/admin/monitoring?from=2025-05-01&to=2025-04-01`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('De einddatum ligt vóór de begindatum.');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('<form method="get" action="monitoring">');
  });
});

describe('the CSV download', () => {
  it('is an attachment with "<5" for counts from 1 to 4', async () => {
    const res = await fetch(`${withPassword}/admin/monitoring.csv?from=2025-01-01&to=2025-12-31`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="naast-monitoring-2025-01-01-2025-12-31.csv"');
    const lines = (await res.text()).split('\n');
    expect(lines[3]).toBe('care,zorg,<5,<5,<5,0,<5,');
    expect(lines[9]).toBe('income,inkomen,8,7,<5,6,<5,7');
  });

  it('answers 400 to a bad period', async () => {
    expect((await fetch(`${withPassword}/admin/monitoring.csv?from=2025-13-01`)).status).toBe(400);
  });
});
