import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
];

interface Options {
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

describe('account security over real HTTP', () => {
  let naast: RunningNaast;
  let admin = '';
  const env = (dataDir: string, extra: Record<string, string> = {}) => ({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...extra });

  const call = (method: string, path: string, { cookie, body, headers = {} }: Options = {}) =>
    fetch(`${naast.url}/admin/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const login = async (email: string, password: string, code?: string) => {
    const res = await call('POST', '/login', { body: { email, password, ...(code !== undefined ? { code } : {}) } });
    return { res, status: res.status, body: (await res.json()) as Record<string, unknown>, cookie: cookieOf(res) };
  };
  const audit = async () => (await (await call('GET', '/audit', { cookie: admin })).json()) as { user: string; action: string; detail?: Record<string, unknown> }[];
  /** Invites a user and lets them choose their own password; returns their session. */
  const invite = async (email: string, role: string, own: string) => {
    const { password } = (await (await call('POST', '/users', { cookie: admin, body: { email, role } })).json()) as { password: string };
    const first = await login(email, password);
    const changed = await call('POST', '/password', { cookie: first.cookie, body: { current: password, next: own } });
    expect(changed.status).toBe(200);
    return cookieOf(changed);
  };

  beforeAll(async () => {
    naast = await startNaast(loadConfig(env(await mkdtemp(join(tmpdir(), 'naast-security-')))));
    admin = (await login(ADMIN.email, ADMIN.password)).cookie;
  });
  afterAll(async () => {
    await naast?.stop();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the strict headers through helmet on every page, without HSTS over http', async () => {
    for (const path of ['/', '/admin/']) {
      const res = await fetch(`${naast.url}${path}`);
      expect(res.status, path).toBe(200);
      // helmet joins directives with ";" where the old header had "; ": the same policy.
      expect(res.headers.get('content-security-policy')!.split(/;\s*/), path).toEqual(CSP);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('turns HSTS on when Naast is reached over https', async () => {
    const secure = await startNaast(loadConfig(env(await mkdtemp(join(tmpdir(), 'naast-security-https-')), { PUBLIC_URL: 'https://naast.haarlem.example' })));
    try {
      const res = await fetch(`${secure.url}/healthz`);
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    } finally {
      await secure.stop();
    }
  });

  it('audits a login: who and when, not from where', async () => {
    const entry = (await audit()).find((e) => e.action === 'logged in' && e.user === ADMIN.email);
    expect(entry).toBeDefined();
    expect(JSON.stringify(entry)).not.toContain('127.0.0.1');
  });

  it('refuses changes from another site, also a login, and allows its own origin', async () => {
    const evil = await call('POST', '/login', { body: ADMIN, headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('set-cookie')).toBeNull();
    expect((await call('POST', '/login', { body: ADMIN, headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await call('POST', '/users', { cookie: admin, body: { email: 'x@evil.example', role: 'administrator' }, headers: { origin: 'null' } })).status).toBe(403);
    const own = await call('POST', '/login', { body: ADMIN, headers: { origin: new URL(naast.url).origin, 'sec-fetch-site': 'same-origin' } });
    expect(own.status).toBe(200);
  });

  it('changes a password: checks it, ends the other sessions, rotates this one', async () => {
    const user = { email: 'wijzig@haarlem.example', password: 'het oude wachtwoord 1' };
    await naast.core.accounts.createUser({ ...user, role: 'viewer' });
    const here = (await login(user.email, user.password)).cookie;
    const there = (await login(user.email, user.password)).cookie;
    const next = 'het nieuwe wachtwoord 2';

    expect((await call('POST', '/password', { cookie: here, body: { current: 'niet het wachtwoord', next } })).status).toBe(401);
    expect((await call('POST', '/password', { cookie: here, body: { current: user.password, next: 'te kort 1' } })).status).toBe(400);
    expect((await call('POST', '/password', { cookie: here, body: { current: user.password, next: 'x'.repeat(1025) } })).status).toBe(400);
    expect((await call('POST', '/password', { cookie: here, body: { current: user.password, next: user.password } })).status).toBe(400);

    const res = await call('POST', '/password', { cookie: here, body: { current: user.password, next } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    const rotated = cookieOf(res);
    expect(rotated).toMatch(/^naast_admin=/);
    expect(rotated).not.toBe(here);
    expect((await call('GET', '/me', { cookie: here })).status).toBe(401);
    expect((await call('GET', '/me', { cookie: there })).status).toBe(401);
    expect((await call('GET', '/me', { cookie: rotated })).status).toBe(200);
    expect((await login(user.email, user.password)).status).toBe(401);
    expect((await login(user.email, next)).status).toBe(200);

    const entries = (await audit()).filter((e) => e.user === user.email && e.action === 'password changed');
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain(next);
  });

  it('counts wrong current passwords toward the login throttle of that account', async () => {
    const user = { email: 'raden@haarlem.example', password: 'een goed wachtwoord 3' };
    await naast.core.accounts.createUser({ ...user, role: 'viewer' });
    const session = (await login(user.email, user.password)).cookie;
    for (let i = 0; i < 5; i++) expect((await call('POST', '/password', { cookie: session, body: { current: `fout ${i}`, next: 'een nieuw wachtwoord 4' } })).status).toBe(401);
    expect((await call('POST', '/password', { cookie: session, body: { current: user.password, next: 'een nieuw wachtwoord 4' } })).status).toBe(429);
    expect((await login(user.email, user.password)).status).toBe(429);
  });

  it('makes an invited user choose their own password before anything else', async () => {
    expect((await login(ADMIN.email, ADMIN.password)).body.mustChangePassword).toBe(false);
    const invited = await call('POST', '/users', { cookie: admin, body: { email: 'nieuw@haarlem.example', role: 'editor' } });
    const { password } = (await invited.json()) as { password: string };

    const first = await login('nieuw@haarlem.example', password);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ email: 'nieuw@haarlem.example', role: 'editor', mustChangePassword: true, totp: false });
    const blocked = await call('GET', '/trees', { cookie: first.cookie });
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({ error: expect.any(String), mustChangePassword: true });
    expect((await call('POST', '/totp/setup', { cookie: first.cookie, body: {} })).status).toBe(403);
    expect(await (await call('GET', '/me', { cookie: first.cookie })).json()).toMatchObject({ mustChangePassword: true });

    const changed = await call('POST', '/password', { cookie: first.cookie, body: { current: password, next: 'mijn eigen wachtwoord 5' } });
    expect(changed.status).toBe(200);
    const own = cookieOf(changed);
    expect((await call('GET', '/trees', { cookie: own })).status).toBe(200);
    expect(await (await call('GET', '/me', { cookie: own })).json()).toMatchObject({ mustChangePassword: false });
  });

  it('lets an administrator reset a password; an editor may not', async () => {
    const editor = await invite('vergeten@haarlem.example', 'editor', 'wachtwoord dat ik vergeet 6');
    expect((await call('POST', '/users/nieuw@haarlem.example/reset', { cookie: editor, body: {} })).status).toBe(403);
    expect((await call('POST', '/users/niemand@haarlem.example/reset', { cookie: admin, body: {} })).status).toBe(404);

    const res = await call('POST', '/users/Vergeten@haarlem.example/reset', { cookie: admin, body: {} });
    expect(res.status).toBe(200);
    const { email, password } = (await res.json()) as { email: string; password: string };
    expect(email).toBe('vergeten@haarlem.example');
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect((await call('GET', '/me', { cookie: editor })).status).toBe(401);
    expect((await login(email, 'wachtwoord dat ik vergeet 6')).status).toBe(401);
    expect((await login(email, password)).body.mustChangePassword).toBe(true);
    expect(await audit()).toContainEqual(expect.objectContaining({ user: ADMIN.email, action: 'password reset', detail: { email } }));
  });

  it('lets an administrator remove a user, but not themselves', async () => {
    const viewer = await invite('weg@haarlem.example', 'viewer', 'nog even hier 7');
    expect((await call('DELETE', '/users/weg@haarlem.example', { cookie: viewer, body: {} })).status).toBe(403);
    expect((await call('DELETE', `/users/${ADMIN.email}`, { cookie: admin, body: {} })).status).toBe(400);
    expect((await call('DELETE', '/users/niemand@haarlem.example', { cookie: admin, body: {} })).status).toBe(404);

    // A DELETE needs no body, but a body must be JSON.
    expect((await call('DELETE', '/users/weg@haarlem.example', { cookie: admin, headers: { 'content-type': 'text/plain' }, body: 'x' })).status).toBe(415);
    expect((await call('DELETE', '/users/weg@haarlem.example', { cookie: admin })).status).toBe(200);
    expect((await call('GET', '/me', { cookie: viewer })).status).toBe(401);
    expect((await login('weg@haarlem.example', 'nog even hier 7')).status).toBe(401);
    const users = (await (await call('GET', '/users', { cookie: admin })).json()) as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain('weg@haarlem.example');
    expect(await audit()).toContainEqual(expect.objectContaining({ user: ADMIN.email, action: 'user removed', detail: expect.objectContaining({ email: 'weg@haarlem.example' }) }));
  });

  it('adds an app code as second factor: once per code, throttled, and off again with password and code', async () => {
    const user = { email: 'twee@haarlem.example', password: 'met een tweede stap 8' };
    await naast.core.accounts.createUser({ ...user, role: 'viewer' });
    const session = (await login(user.email, user.password)).cookie;

    // The clock is ours: each code below falls in a known 30-second step. Starting 16 minutes ahead
    // also leaves the failed logins of the tests above (same address) behind the throttle's window.
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = (Math.floor((Date.now() + 16 * 60_000) / 30_000) + 1) * 30_000 + 1_000;
    vi.setSystemTime(t0);

    const setup = await call('POST', '/totp/setup', { cookie: session, body: {} });
    expect(setup.status).toBe(200);
    const { secret, uri, qr } = (await setup.json()) as { secret: string; uri: string; qr: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/Naast:twee%40haarlem\.example\?/);
    expect(qr).toMatch(/^data:image\/png;base64,/);
    const totp = new TOTP({ issuer: 'Naast', label: user.email, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
    const code = (at: number) => totp.generate({ timestamp: at });
    const wrong = (at: number) => String((Number(code(at)) + 1) % 1_000_000).padStart(6, '0');
    expect(await (await call('GET', '/me', { cookie: session })).json()).toMatchObject({ totp: false });
    // Pending only: the login still needs no code.
    expect((await login(user.email, user.password)).status).toBe(200);

    expect((await call('POST', '/totp/enable', { cookie: session, body: { code: wrong(t0) } })).status).toBe(400);
    expect((await call('POST', '/totp/enable', { cookie: session, body: { code: code(t0) } })).status).toBe(200);
    expect(await (await call('GET', '/me', { cookie: session })).json()).toEqual({ email: user.email, role: 'viewer', totp: true, mustChangePassword: false });
    expect(JSON.stringify(await (await call('GET', '/users', { cookie: admin })).json())).not.toContain(secret);
    expect((await call('POST', '/totp/setup', { cookie: session, body: {} })).status).toBe(409);

    const without = await login(user.email, user.password);
    expect(without.status).toBe(401);
    expect(without.body).toEqual({ error: 'Vul de code uit uw app in. / Enter the code from your app.', totpRequired: true });
    // A wrong password says nothing about a code.
    expect((await login(user.email, 'niet het wachtwoord')).body.totpRequired).toBeUndefined();

    const t1 = t0 + 30_000;
    vi.setSystemTime(t1);
    const right = await login(user.email, user.password, code(t1));
    expect(right.status).toBe(200);
    expect(right.body.totp).toBe(true);
    const replay = await login(user.email, user.password, code(t1));
    expect(replay.status).toBe(401);
    expect(replay.body.totpRequired).toBe(true);
    // An older code still inside the window was not used, but its step lies before the used one.
    expect((await login(user.email, user.password, code(t0))).status).toBe(401);
    // Failures so far: the wrong password, the replay and the older code; two more wrong codes.
    for (let i = 0; i < 2; i++) expect((await login(user.email, user.password, wrong(t1))).status).toBe(401);
    expect((await login(user.email, user.password, code(t1 + 30_000))).status).toBe(429);

    // A quarter of an hour later the account may try again.
    const t2 = t1 + 16 * 60_000;
    vi.setSystemTime(t2);
    expect((await call('POST', '/totp/disable', { cookie: right.cookie, body: { password: user.password, code: wrong(t2) } })).status).toBe(401);
    expect((await call('POST', '/totp/disable', { cookie: right.cookie, body: { password: 'niet het wachtwoord', code: code(t2) } })).status).toBe(401);
    expect((await call('POST', '/totp/disable', { cookie: right.cookie, body: { password: user.password, code: code(t2) } })).status).toBe(200);
    expect(await (await call('GET', '/me', { cookie: right.cookie })).json()).toMatchObject({ totp: false });
    expect((await login(user.email, user.password)).status).toBe(200);

    const actions = (await audit()).filter((e) => e.user === user.email).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['totp enabled', 'totp disabled']));
  });
});
