import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { chat, chatIntake } from '../support/chat.js';

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };

describe('the admin API over real HTTP', () => {
  let naast: RunningNaast;
  let dataDir: string;
  let cookie = '';
  const env = () => ({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${naast.url}/admin/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  const login = async (email: string, password: string) => {
    const res = await fetch(`${naast.url}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    return { res, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'naast-admin-'));
    naast = await startNaast(loadConfig(env()));
  });
  afterAll(async () => {
    await naast?.stop();
  });

  it('answers 401 without a session, and 401 for a wrong password', async () => {
    expect((await call('GET', '/trees')).status).toBe(401);
    const { res } = await login(ADMIN.email, 'niet het wachtwoord');
    expect(res.status).toBe(401);
    expect(await res.json()).toHaveProperty('error');
  });

  it('logs the first administrator in with an httpOnly, SameSite=Strict cookie and lists the trees', async () => {
    const { res, cookie: c } = await login(ADMIN.email.toUpperCase(), ADMIN.password);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    cookie = c;
    expect(await (await call('GET', '/trees')).json()).toEqual([{ id: 'intake', version: 1 }]);
  });

  it('refuses a change that is not JSON (no cross-site form can make one)', async () => {
    const res = await fetch(`${naast.url}/admin/api/trees/intake/publish`, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(res.status).toBe(415);
  });

  it('refuses a broken tree with each bad node named, and nothing changes', async () => {
    const tree = (await (await call('GET', '/trees/intake')).json()) as { nodes: { id: string; next?: string }[] };
    const greeting = tree.nodes.find((n) => n.id === 'greeting')!;
    greeting.next = 'nergens';
    const res = await call('PUT', '/trees/intake/draft', tree);
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: { node: string; message: string }[] };
    expect(errors).toContainEqual(expect.objectContaining({ node: 'greeting', message: expect.stringContaining('nergens') }));
    expect((await call('POST', '/trees/intake/publish', {})).status).toBe(404);
  });

  it('publishes a draft for new conversations only, keeps it over a restart, and rolls back', async () => {
    // A resident is halfway when the administrator publishes.
    const running = await chat(naast.url, undefined, '');
    await chat(naast.url, running.session, 'Ik heb schulden en de deurwaarder komt steeds langs.');

    const tree = (await (await call('GET', '/trees/intake')).json()) as { texts: { error: { nl: string } }; nodes: { id: string; text?: { nl: string; en: string } }[] };
    const greeting = tree.nodes.find((n) => n.id === 'greeting')!;
    greeting.text = { nl: 'Welkom bij de nieuwe Naast. Vertel waar je hulp bij zoekt.', en: 'Welcome to the new Naast. Tell us what you need help with.' };
    expect((await call('PUT', '/trees/intake/draft', tree)).status).toBe(200);
    const published = await call('POST', '/trees/intake/publish', {});
    expect(await published.json()).toEqual({ version: 2 });

    expect((await chat(naast.url, undefined, '')).replies[0]!.text).toContain('Welkom bij de nieuwe Naast');
    // The running conversation goes on with the version it started with: no restart, no error.
    const next = await chat(naast.url, running.session, '1');
    expect(next.session).toBe(running.session);
    expect(next.replies.map((r) => r.text).join('\n')).not.toMatch(/ging bij ons iets mis/);

    await naast.stop();
    naast = await startNaast(loadConfig(env()));
    cookie = (await login(ADMIN.email, ADMIN.password)).cookie;
    expect(await (await call('GET', '/trees')).json()).toEqual([{ id: 'intake', version: 2 }]);
    expect((await chat(naast.url, undefined, '')).replies[0]!.text).toContain('Welkom bij de nieuwe Naast');

    expect(await (await call('POST', '/trees/intake/rollback', { version: 1 })).json()).toEqual({ version: 1 });
    expect((await chat(naast.url, undefined, '')).replies[0]!.text).not.toContain('Welkom bij de nieuwe Naast');
    expect((await call('POST', '/trees/intake/rollback', { version: 9 })).status).toBe(404);
  });

  it('changes the pool: a bad e-mail is refused by path, a deactivated organisation is offered no more but keeps its cases', async () => {
    const { version, pool } = (await (await call('GET', '/pool')).json()) as { version: number; pool: { organisations: { id: string; name: string; email: string; active: boolean }[] } };
    expect(version).toBe(1);
    const broken = structuredClone(pool);
    broken.organisations[0]!.email = 'geen-adres';
    const refused = await call('PUT', '/pool/draft', broken);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { errors: { path: string }[] }).errors).toContainEqual(expect.objectContaining({ path: 'organisations.0.email' }));

    // A resident hands off to some organisation first.
    const { reference } = await chatIntake(naast.url, 'Ik heb schulden en de deurwaarder komt steeds langs.');
    const handoff = (await naast.core.store.get<{ id: string; organisation: { id: string; name: string } }>('handoffs', reference))!;

    const changed = structuredClone(pool);
    changed.organisations.find((o) => o.id === handoff.organisation.id)!.active = false;
    expect((await call('PUT', '/pool/draft', changed)).status).toBe(200);
    expect(await (await call('POST', '/pool/publish', {})).json()).toEqual({ version: 2 });

    // A new resident with the same question is not offered it any more; the old case is still there.
    let { session } = await chat(naast.url, undefined, '');
    let offered: string[] = [];
    for (const text of ['Ik heb schulden en de deurwaarder komt steeds langs.', '3', '3', 'Nog niets', 'nee', 'ja']) {
      const body = await chat(naast.url, session, text);
      offered = body.replies.at(-1)?.choices ?? [];
    }
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain(handoff.organisation.name);
    expect((await naast.core.handoffs.status(reference))?.organisation).toBe(handoff.organisation.name);

    expect(await (await call('POST', '/pool/rollback', { version: 1 })).json()).toEqual({ version: 1 });
    expect(naast.core.pool.organisations.find((o) => o.id === handoff.organisation.id)!.active).toBe(true);
  });

  it('lets a viewer see nothing of the trees', async () => {
    await naast.core.accounts.createUser({ email: 'kijker@haarlem.example', password: 'nog een lang wachtwoord', role: 'viewer' });
    const viewer = (await login('kijker@haarlem.example', 'nog een lang wachtwoord')).cookie;
    const res = await fetch(`${naast.url}/admin/api/trees`, { headers: { cookie: viewer } });
    expect(res.status).toBe(403);
  });

  it('lets an administrator invite an editor, who may publish but not manage users, and keeps an audit log', async () => {
    const res = await call('POST', '/users', { email: 'redacteur@haarlem.example', role: 'editor' });
    expect(res.status).toBe(201);
    const { password } = (await res.json()) as { password: string };
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect((await call('POST', '/users', { email: 'redacteur@haarlem.example', role: 'editor' })).status).toBe(409);
    expect((await call('POST', '/users', { email: 'ondersteuner@mee.example', role: 'supporter' })).status).toBe(400);

    let editor = (await login('redacteur@haarlem.example', password)).cookie;
    const asEditor = (method: string, path: string, body?: unknown) =>
      fetch(`${naast.url}/admin/api${path}`, { method, headers: { cookie: editor, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    // The one-time password must make way for the editor's own first.
    expect((await asEditor('GET', '/trees')).status).toBe(403);
    const changed = await asEditor('POST', '/password', { current: password, next: 'het eigen wachtwoord van de redacteur' });
    expect(changed.status).toBe(200);
    editor = (changed.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await asEditor('GET', '/trees')).status).toBe(200);
    expect((await asEditor('POST', '/users', { email: 'x@haarlem.example', role: 'administrator' })).status).toBe(403);
    expect((await asEditor('GET', '/audit')).status).toBe(403);

    const log = (await (await call('GET', '/audit')).json()) as { user: string; action: string; tree?: string; detail?: { version?: number } }[];
    expect(log).toContainEqual(expect.objectContaining({ user: ADMIN.email, action: 'published', tree: 'intake', detail: expect.objectContaining({ version: 2 }) }));
    expect(log).toContainEqual(expect.objectContaining({ user: ADMIN.email, action: 'rolled back', tree: 'intake', detail: expect.objectContaining({ version: 1 }) }));
    expect(log).toContainEqual(expect.objectContaining({ user: ADMIN.email, action: 'user created' }));
    const csv = await call('GET', '/audit?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toBe('at,user,action,tree,detail');
  });

  it('throttles guessing: after 5 wrong passwords even the right one waits', async () => {
    for (let i = 0; i < 5; i++) expect((await login('kijker@haarlem.example', `fout ${i}`)).res.status).toBe(401);
    expect((await login('kijker@haarlem.example', 'nog een lang wachtwoord')).res.status).toBe(429);
  });

  it('gives one address (colleagues behind a NAT) more room than one account, then throttles it too', async () => {
    // The address has 5 failures since the restart above (the count lives in memory); other accounts from it still get in.
    expect((await login(ADMIN.email, ADMIN.password)).res.status).toBe(200);
    for (let i = 0; i < 15; i++) expect((await login(`raden${i}@haarlem.example`, 'fout')).res.status).toBe(401);
    expect((await login(`raden99@haarlem.example`, 'fout')).res.status).toBe(429);
    expect((await login(ADMIN.email, ADMIN.password)).res.status).toBe(429);
  });
});
