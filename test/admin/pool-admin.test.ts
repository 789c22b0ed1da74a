import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Organisation, Pool } from '../../src/pool/pool-schema.js';
import { chat } from '../support/chat.js';
import { login as signIn } from '../support/admin-login.js';

// The pool editor's API over real HTTP: check without saving, drafts, versions with their changes,
// the audit log, and a published organisation reaching residents.

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
const DEBTS = 'Ik heb schulden en de deurwaarder komt steeds langs.';

describe('the pool editor API', () => {
  let naast: RunningNaast;
  let cookie = '';

  const call = async (method: string, path: string, body?: unknown, as = cookie) => {
    const res = await fetch(`${naast.url}/admin/api${path}`, {
      method,
      headers: { cookie: as, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, data: (await res.json()) as any };
  };
  // The shared one throws unless the login answers 200.
  const login = (email: string, password: string) => signIn(naast.url, email, password);
  const livePool = async () => (await call('GET', '/pool')).data.pool as Pool;
  const org = (pool: Pool, id: string) => pool.organisations.find((o) => o.id === id)!;
  const publish = async (pool: Pool) => {
    expect((await call('PUT', '/pool/draft', pool)).status).toBe(200);
    const res = await call('POST', '/pool/publish', {});
    expect(res.status).toBe(200);
    return res.data.version as number;
  };

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-pool-admin-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    cookie = await login(ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await naast?.stop();
  });

  it('checks a pool without saving it, naming each bad field by its path', async () => {
    const pool = await livePool();
    org(pool, 'mee_de_wering').email = 'geen-adres';
    org(pool, 'mee_de_wering').phone = '023-abc';
    const i = pool.organisations.findIndex((o) => o.id === 'mee_de_wering');
    const res = await call('POST', '/pool/check', pool);
    expect(res.status).toBe(200);
    const paths = (res.data.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toContain(`organisations.${i}.email`);
    expect(paths).toContain(`organisations.${i}.phone`);
    expect(paths).toHaveLength(2);
    expect((await call('GET', '/pool/draft')).status).toBe(404);

    const fine = await call('POST', '/pool/check', await livePool());
    expect(fine.data.errors).toEqual([]);
  });

  it('gives B1 hints for the texts residents read, by path and language', async () => {
    const pool = await livePool();
    pool.organisations[0]!.description.nl =
      'Deze organisatie ondersteunt inwoners die vanwege uiteenlopende omstandigheden behoefte hebben aan onafhankelijke cliëntondersteuning bij het aanvragen van voorzieningen in het kader van de Wet maatschappelijke ondersteuning.';
    const { data } = await call('POST', '/pool/check', pool);
    expect(data.errors).toEqual([]);
    expect(data.hints).toContainEqual(expect.objectContaining({ path: 'organisations.0.description.nl', lang: 'nl', message: expect.any(String) }));
    expect(data.hints.filter((h: { path: string }) => h.path.startsWith('organisations.0.description.nl')).length).toBeGreaterThan(0);
  });

  it('lists the file as version 1 before anything is published', async () => {
    const { data } = await call('GET', '/pool/versions');
    expect(data).toEqual([{ version: 1, by: 'data/pool.yaml (file)', at: null, live: true, changes: 0 }]);
    const one = await call('GET', '/pool/versions/1');
    expect(one.data.pool.organisations.map((o: Organisation) => o.id)).toContain('mee_de_wering');
    expect(one.data.changes).toEqual([]);
    expect((await call('GET', '/pool/versions/7')).status).toBe(404);
  });

  it('keeps a saved draft with who saved it, apart from the live pool', async () => {
    const pool = await livePool();
    org(pool, 'cjg').name = 'Centrum voor Jeugd en Gezin Haarlem';
    expect((await call('PUT', '/pool/draft', pool)).status).toBe(200);
    const { status, data } = await call('GET', '/pool/draft');
    expect(status).toBe(200);
    expect(data.savedBy).toBe(ADMIN.email);
    expect(Date.parse(data.savedAt)).not.toBeNaN();
    expect(org(data.pool, 'cjg').name).toBe('Centrum voor Jeugd en Gezin Haarlem');
    expect(org(await livePool(), 'cjg').name).not.toBe('Centrum voor Jeugd en Gezin Haarlem');
  });

  it('shows a phone change as one change of that organisation, in the versions and in the audit log', async () => {
    const first = await livePool();
    org(first, 'mee_de_wering').phone = '023 123 45 67';
    expect(await publish(first)).toBe(2);
    const second = await livePool();
    org(second, 'mee_de_wering').phone = '023 765 43 21';
    // Moved to the end: organisations are matched by id, so only the order changes besides the phone.
    const moved = second.organisations.splice(second.organisations.findIndex((o) => o.id === 'mee_de_wering'), 1);
    second.organisations.push(...moved);
    expect(await publish(second)).toBe(3);

    const versions = (await call('GET', '/pool/versions')).data as { version: number; live: boolean; by: string; changes: number }[];
    expect(versions.map((v) => [v.version, v.live])).toEqual([[3, true], [2, false], [1, false]]);
    expect(versions[0]!.by).toBe(ADMIN.email);
    expect(versions[1]!.changes).toBe(1);

    const two = (await call('GET', '/pool/versions/2')).data;
    expect(two.changes).toEqual([{ organisation: 'mee_de_wering', field: 'phone', change: 'added', after: '023 123 45 67', text: expect.stringContaining('mee_de_wering › phone') }]);
    const three = (await call('GET', '/pool/versions/3')).data;
    const phone = three.changes.filter((c: { organisation: string }) => c.organisation === 'mee_de_wering');
    expect(phone).toEqual([{ organisation: 'mee_de_wering', field: 'phone', change: 'changed', before: '023 123 45 67', after: '023 765 43 21', text: 'mee_de_wering › phone: "023 123 45 67" → "023 765 43 21"' }]);
    expect(three.changes.filter((c: { organisation: string }) => c.organisation !== 'mee_de_wering').map((c: { field: string }) => c.field)).toEqual(['order']);

    const audit = (await call('GET', '/audit')).data as { action: string; detail?: { version?: number; from?: number; to?: number; changes?: string[] } }[];
    const entry = audit.find((e) => e.action === 'pool published' && e.detail?.version === 3);
    expect(entry?.detail).toMatchObject({ from: 2, to: 3, changeCount: 2 });
    expect(entry?.detail?.changes).toContain('mee_de_wering › phone: "023 123 45 67" → "023 765 43 21"');
  });

  it('writes what a rollback changes into the audit log', async () => {
    expect((await call('POST', '/pool/rollback', { version: 2 })).data).toEqual({ version: 2 });
    expect(org(naast.core.pool, 'mee_de_wering').phone).toBe('023 123 45 67');
    const audit = (await call('GET', '/audit')).data as { action: string; detail?: { from?: number; to?: number; changes?: string[] } }[];
    const entry = audit.find((e) => e.action === 'pool rolled back');
    expect(entry?.detail).toMatchObject({ from: 3, to: 2 });
    expect(entry?.detail?.changes).toContain('mee_de_wering › phone: "023 765 43 21" → "023 123 45 67"');
    const versions = (await call('GET', '/pool/versions')).data as { version: number; live: boolean }[];
    expect(versions.find((v) => v.live)?.version).toBe(2);
  });

  it('offers a newly added organisation to residents with a question in its domain once published', async () => {
    const offered = async () => {
      let { session } = await chat(naast.url, undefined, '');
      let choices: string[] = [];
      for (const text of [DEBTS, '3', '3', 'Nog niets', 'nee', 'ja']) {
        const body = await chat(naast.url, session, text);
        session = body.session;
        choices = body.replies.at(-1)?.choices ?? [];
      }
      return choices;
    };
    expect(await offered()).not.toContain('Schuldhulp Haarlem');

    const pool = await livePool();
    pool.organisations.push({
      id: 'schuldhulp_haarlem',
      name: 'Schuldhulp Haarlem',
      description: { nl: 'Schuldhulp Haarlem helpt je met schulden.', en: 'Schuldhulp Haarlem helps you with debts.' },
      domains: ['income', 'care'],
      languages: ['nl'],
      targetGroups: ['everyone'],
      ways: ['phone', 'email'],
      email: 'intake@schuldhulp.example.org',
      phone: '023 111 22 33',
      responseTime: { nl: 'binnen 2 werkdagen', en: 'within 2 working days' },
      independent: true,
      independence: { nl: 'Schuldhulp Haarlem beslist niet over hulp.', en: 'Schuldhulp Haarlem does not decide on support.' },
      complaintDesk: false,
      active: true,
    });
    await publish(pool);
    const changes = (await call('GET', '/pool/versions/4')).data.changes as { organisation: string; field: string; change: string }[];
    expect(changes).toContainEqual(expect.objectContaining({ organisation: 'schuldhulp_haarlem', field: '(organisation)', change: 'added' }));
    expect(await offered()).toContain('Schuldhulp Haarlem');
  });

  it('lets a viewer do nothing with the pool', async () => {
    await naast.core.accounts.createUser({ email: 'kijker@haarlem.example', password: 'nog een lang wachtwoord', role: 'viewer' });
    const viewer = await login('kijker@haarlem.example', 'nog een lang wachtwoord');
    expect((await call('GET', '/me', undefined, viewer)).status).toBe(200);
    for (const [method, path, body] of [
      ['GET', '/pool/versions'],
      ['GET', '/pool/versions/1'],
      ['GET', '/pool/draft'],
      ['POST', '/pool/check', {}],
    ] as const) {
      expect((await call(method, path, body, viewer)).status, `${method} ${path}`).toBe(403);
    }
  });
});
