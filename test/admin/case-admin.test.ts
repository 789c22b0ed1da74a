import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { invite, login } from '../support/admin-login.js';
import { chat, REFERENCE } from '../support/chat.js';

// Supporters and viewers signed in (#8): a supporter sees and decides on their own organisation's
// cases only; editors and viewers see none; viewers see monitoring.

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
/** The same story twice, so both organisations are offered; each resident picks another one. */
const WORDS = 'Ik heb schulden en de deurwaarder komt steeds langs.';

/** A resident's intake through the chat API, choosing the organisation by its name. */
async function intake(baseUrl: string, words: string, organisation: string): Promise<{ session: string; reference: string }> {
  let { session } = await chat(baseUrl, undefined, '');
  let said = '';
  for (const text of [words, '3', '3', 'Nog niets', 'nee', 'ja', organisation, 'ja', 'Liever niet', '06 12345678']) {
    const body = await chat(baseUrl, session, text);
    session = body.session;
    said = body.replies.map((r) => [r.text, ...(r.choices ?? [])].join(' | ')).join('\n');
    const reference = said.match(REFERENCE)?.[0];
    if (reference) return { session, reference };
  }
  throw new Error(`no reference after the intake for ${organisation}; last said:\n${said}`);
}

describe('cases for signed-in supporters, over real HTTP', () => {
  let naast: RunningNaast;
  const cookies = { administrator: '', supporter: '', editor: '', viewer: '' };
  let a: { session: string; reference: string };
  let b: { session: string; reference: string };
  const SUPPORTER = { email: 'anna@clientenbelang.example', role: 'supporter', organisation: 'clientenbelang' };

  const call = (cookie: string, method: string, path: string, body?: unknown) =>
    fetch(`${naast.url}/admin/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      redirect: 'manual',
    });
  const stored = (reference: string) => naast.core.store.get<Handoff>('handoffs', reference);

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-case-admin-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    a = await intake(naast.url, WORDS, 'Cliëntenbelang');
    b = await intake(naast.url, WORDS, 'MEE & De Wering');
    cookies.administrator = await login(naast.url, ADMIN.email, ADMIN.password);
    cookies.supporter = (await invite(naast.url, cookies.administrator, SUPPORTER, 'anna haar eigen wachtwoord')).cookie;
    cookies.editor = (await invite(naast.url, cookies.administrator, { email: 'redactie@haarlem.example', role: 'editor' }, 'redactie wachtwoord 12')).cookie;
    cookies.viewer = (await invite(naast.url, cookies.administrator, { email: 'kijker@haarlem.example', role: 'viewer' }, 'kijker wachtwoord 12')).cookie;
  }, 60_000);
  afterAll(async () => {
    await naast?.stop();
  });

  it('made the two cases for two organisations', async () => {
    expect((await stored(a.reference))?.organisation.id).toBe('clientenbelang');
    expect((await stored(b.reference))?.organisation.id).toBe('mee_de_wering');
  });

  it('lists only their own organisation\'s cases to a supporter, without what the resident wrote', async () => {
    const res = await call(cookies.supporter, 'GET', '/cases');
    expect(res.status).toBe(200);
    const text = await res.text();
    const cases = JSON.parse(text) as { reference: string; organisation: { id: string; name: string }; kind: string; status: string; overdue: boolean }[];
    expect(cases.map((c) => c.reference)).toEqual([a.reference]);
    expect(cases[0]).toMatchObject({ kind: 'support', organisation: { id: 'clientenbelang', name: 'Cliëntenbelang' }, overdue: false });
    expect(text).not.toContain('deurwaarder');
    expect(text).not.toContain('12345678');
    expect(await (await call(cookies.supporter, 'GET', '/cases/organisations')).json()).toEqual([{ id: 'clientenbelang', name: 'Cliëntenbelang' }]);
  });

  it('lists every case to an administrator, and one organisation\'s when asked', async () => {
    const all = (await (await call(cookies.administrator, 'GET', '/cases')).json()) as { reference: string }[];
    expect(all.map((c) => c.reference).sort()).toEqual([a.reference, b.reference].sort());
    const mee = (await (await call(cookies.administrator, 'GET', '/cases?organisation=mee_de_wering')).json()) as { reference: string }[];
    expect(mee.map((c) => c.reference)).toEqual([b.reference]);
  });

  it('shows a supporter their case as the case page does, and another organisation\'s case not at all (404)', async () => {
    const own = await call(cookies.supporter, 'GET', `/cases/${a.reference.toLowerCase()}`);
    expect(own.status).toBe(200);
    const detail = (await own.json()) as { reference: string; summary: { words: string; contact: { label: string; value: string }[] }; history: { status: string }[]; actions: string[] };
    expect(detail.reference).toBe(a.reference);
    expect(detail.summary.words).toBe(WORDS);
    expect(detail.summary.contact).toContainEqual({ label: 'Telefoon', value: '0612345678' });
    expect(detail.actions).toEqual(['accept', 'decline']);
    expect(detail.history[0]?.status).toBe('queued');

    const other = await call(cookies.supporter, 'GET', `/cases/${b.reference}`);
    const unknown = await call(cookies.supporter, 'GET', '/cases/HA-2222');
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual(await unknown.json());
    expect((await call(cookies.supporter, 'POST', `/cases/${b.reference}/accept`, {})).status).toBe(404);
    expect((await stored(b.reference))?.status).not.toBe('accepted');
  });

  it('refuses a decline without a reason, and changes nothing', async () => {
    expect((await call(cookies.supporter, 'POST', `/cases/${a.reference}/decline`, {})).status).toBe(400);
    expect((await call(cookies.supporter, 'POST', `/cases/${a.reference}/decline`, { reason: '   ' })).status).toBe(400);
    expect((await stored(a.reference))?.status).toMatch(/^(queued|sent)$/);
  });

  it('accepts a case with the supporter\'s first name, tells the resident, and audits it without their words', async () => {
    const res = await call(cookies.supporter, 'POST', `/cases/${a.reference}/accept`, { name: '  Anna ' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'accepted' });
    const h = await stored(a.reference);
    expect(h?.status).toBe('accepted');
    expect(h?.history.at(-1)).toMatchObject({ status: 'accepted', note: 'Anna' });

    // The web chat keeps the notice for the resident's next turn, as after the case page's accept.
    const next = await chat(naast.url, a.session, 'status');
    const told = next.replies.map((r) => r.text).join('\n');
    expect(told).toContain(`Goed nieuws over je vraag ${a.reference}.`);
    expect(told).toContain('Anna van Cliëntenbelang helpt je.');

    // Not possible twice, nor a decline after it.
    expect((await call(cookies.supporter, 'POST', `/cases/${a.reference}/accept`, {})).status).toBe(409);
    const decline = await call(cookies.supporter, 'POST', `/cases/${a.reference}/decline`, { reason: 'Te laat gezien' });
    expect(decline.status).toBe(409);
    expect(await decline.json()).toHaveProperty('error');

    const audit = await (await call(cookies.administrator, 'GET', '/audit')).text();
    const entries = JSON.parse(audit) as { user: string; action: string; detail?: { reference?: string } }[];
    expect(entries).toContainEqual(expect.objectContaining({ user: SUPPORTER.email, action: 'case accepted', detail: expect.objectContaining({ reference: a.reference }) }));
    expect(entries).toContainEqual(expect.objectContaining({ user: SUPPORTER.email, action: 'case viewed', detail: expect.objectContaining({ reference: a.reference }) }));
    expect(audit).not.toContain('deurwaarder');
    expect(audit).not.toContain('12345678');
  });

  it('closes an accepted case once, and the resident hears of it', async () => {
    const res = await call(cookies.supporter, 'POST', `/cases/${a.reference}/close`, {});
    expect(await res.json()).toEqual({ status: 'closed' });
    expect((await stored(a.reference))?.status).toBe('closed');
    expect((await call(cookies.supporter, 'POST', `/cases/${a.reference}/close`, {})).status).toBe(409);
    const told = (await chat(naast.url, a.session, 'status')).replies.map((r) => r.text).join('\n');
    expect(told).toContain(`Cliëntenbelang heeft je vraag ${a.reference} afgesloten.`);
  });

  it('lets an administrator decline another organisation\'s case with a reason', async () => {
    const res = await call(cookies.administrator, 'POST', `/cases/${b.reference}/decline`, { reason: 'Geen plek deze maand' });
    expect(await res.json()).toEqual({ status: 'declined' });
    expect((await stored(b.reference))?.history.at(-1)).toMatchObject({ status: 'declined', note: 'Geen plek deze maand' });
  });

  it('refuses editors and viewers every case route (403), and anyone without a session (401)', async () => {
    for (const cookie of [cookies.editor, cookies.viewer]) {
      expect((await call(cookie, 'GET', '/cases')).status).toBe(403);
      expect((await call(cookie, 'GET', '/cases/organisations')).status).toBe(403);
      expect((await call(cookie, 'GET', `/cases/${b.reference}`)).status).toBe(403);
      expect((await call(cookie, 'POST', `/cases/${b.reference}/close`, {})).status).toBe(403);
    }
    expect((await call('', 'GET', '/cases')).status).toBe(401);
  });

  it('shows monitoring to a viewer, not to an editor, and sends a browser without a session to the login', async () => {
    const page = (cookie: string) => fetch(`${naast.url}/admin/monitoring`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
    expect((await page(cookies.viewer)).status).toBe(200);
    expect((await page(cookies.editor)).status).toBe(403);
    expect((await page(cookies.supporter)).status).toBe(403);
    const none = await page('');
    expect(none.status).toBe(303);
    expect(none.headers.get('location')).toBe('/admin/?next=%2Fadmin%2Fmonitoring');
  });
});
