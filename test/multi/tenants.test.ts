/**
 * Two municipalities in one installation (TENANTS_FILE), on PostgreSQL and on lowdb files: each
 * answers on its own host with its own pool, branding, administrators and cases, and neither sees
 * anything of the other — not in the chat, the case pages, the admin API or monitoring.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { computeReport } from '../../src/monitoring/report.js';
import { loadTenants } from '../../src/tenants/tenants.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../fakes/postgres-server.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-bot-api.js';
import { HURRIED_ANSWERS, REFERENCE } from '../support/chat.js';
import { hostRequest } from '../support/host-client.js';

const HAARLEM = 'haarlem.naast.test';
const ZANDVOORT = 'zandvoort.naast.test';
const PASSWORD = 'een-lang-wachtwoord-2026';

const missing = await postgresMissing();
const pgSkip = missing !== undefined && !process.env.CI;
if (pgSkip) console.warn(`Skipping the PostgreSQL half of the tenants test: ${missing}`);

/** A tenants file for Haarlem and Zandvoort, with Zandvoort's own pool (prefix ZV, its own organisations). */
async function writeTenants(dir: string, bots: { haarlem: FakeTelegram; zandvoort: FakeTelegram }): Promise<string> {
  const haarlemPool = await readFile('data/pool.yaml', 'utf8');
  const zandvoortPool = haarlemPool
    .replace('municipality: Haarlem', 'municipality: Zandvoort')
    .replace('referencePrefix: HA', 'referencePrefix: ZV')
    .replaceAll('@example.org', '@zandvoort.example')
    .replace('name: Cliëntenbelang\n', 'name: Cliëntenbelang Kust\n');
  await writeFile(join(dir, 'zandvoort-pool.yaml'), zandvoortPool);
  await writeFile(join(dir, 'zandvoort.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#0a5c36"/></svg>');
  const file = join(dir, 'tenants.yaml');
  await writeFile(
    file,
    `tenants:
  - id: haarlem
    hosts: [${HAARLEM}]
    branding: { name: Haarlem }
    settings:
      PUBLIC_URL: http://${HAARLEM}
      POOL_FILE: data/pool.yaml
      ADMIN_EMAIL: beheer@haarlem.test
      ADMIN_PASSWORD: ${PASSWORD}
      TELEGRAM_BOT_TOKEN: "${bots.haarlem.token}"
      TELEGRAM_API_ROOT: ${bots.haarlem.url}
  - id: zandvoort
    hosts: [${ZANDVOORT}, www.${ZANDVOORT}]
    branding: { name: Zandvoort, colours: { brand: "#0a5c36", brandDark: "#063d24" }, logo: ${join(dir, 'zandvoort.svg')} }
    settings:
      PUBLIC_URL: http://${ZANDVOORT}
      POOL_FILE: ${join(dir, 'zandvoort-pool.yaml')}
      ADMIN_EMAIL: beheer@zandvoort.test
      ADMIN_PASSWORD: ${PASSWORD}
      TELEGRAM_BOT_TOKEN: "${bots.zandvoort.token}"
      TELEGRAM_API_ROOT: ${bots.zandvoort.url}
`,
  );
  return file;
}

async function intake(base: string, host: string, story: string): Promise<{ session: string; reference: string; greeting: string }> {
  let session: string | undefined;
  let greeting = '';
  for (const text of ['', story, ...HURRIED_ANSWERS]) {
    const res = await hostRequest(base, host, 'POST', '/api/chat', { json: session ? { session, text } : { text } });
    expect(res.status).toBe(200);
    const body = res.json<{ session: string; replies: { text: string }[] }>();
    session = body.session;
    const said = body.replies.map((r) => r.text).join('\n');
    greeting ||= said;
    const reference = said.match(REFERENCE)?.[0];
    if (reference) return { session, reference, greeting };
  }
  throw new Error('no reference after the whole intake');
}

async function login(base: string, host: string, email: string): Promise<string | number> {
  const res = await hostRequest(base, host, 'POST', '/admin/api/login', { json: { email, password: PASSWORD } });
  if (res.status !== 200) return res.status;
  return String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
}

const engines: [string, boolean][] = [
  ['PostgreSQL', pgSkip],
  ['lowdb files', false],
];

describe.each(engines)('two municipalities in one installation, on %s', (engine, skip) => {
  let dir: string;
  let server: TestPostgres | undefined;
  let naast: RunningNaast;
  let bots: { haarlem: FakeTelegram; zandvoort: FakeTelegram };

  beforeAll(async () => {
    if (skip) return;
    dir = await mkdtemp(join(tmpdir(), 'naast-tenants-'));
    // Each municipality its own Telegram bot.
    bots = { haarlem: await startFakeTelegram('111111:haarlem-bot'), zandvoort: await startFakeTelegram('222222:zandvoort-bot') };
    const env: Record<string, string> = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', TENANTS_FILE: await writeTenants(dir, bots) };
    if (engine === 'PostgreSQL') {
      server = await startTestPostgres();
      env.DATABASE_URL = await server.database();
    }
    naast = await startNaast(loadConfig(env), { env });
  }, 60_000);
  afterAll(async () => {
    await naast?.stop();
    await bots?.haarlem.close();
    await bots?.zandvoort.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(skip)('answers each host as its own municipality, with its own pool, branding and references, and an unknown host with a 404', async () => {
    const h = await intake(naast.url, HAARLEM, 'Ik heb schulden en de deurwaarder komt langs.');
    const z = await intake(naast.url, `www.${ZANDVOORT}`, 'Ik heb schulden en de deurwaarder komt langs.');
    expect(h.reference).toMatch(/^HA-/);
    expect(z.reference).toMatch(/^ZV-/);
    expect(h.greeting).toContain('Haarlem');
    expect(z.greeting).toContain('Zandvoort');
    expect(z.greeting).not.toContain('Haarlem');

    const page = (host: string) => hostRequest(naast.url, host, 'GET', '/');
    expect((await page(HAARLEM)).text).toContain('in Haarlem.');
    const zPage = (await page(ZANDVOORT)).text;
    expect(zPage).toContain('in Zandvoort.');
    expect(zPage).toContain('<img class="logo" src="logo.svg" alt="Gemeente Zandvoort">');
    expect((await hostRequest(naast.url, ZANDVOORT, 'GET', '/branding.css')).text).toContain('--brand: #0a5c36');
    expect((await hostRequest(naast.url, HAARLEM, 'GET', '/branding.css')).text).not.toContain('#0a5c36');
    expect((await hostRequest(naast.url, ZANDVOORT, 'GET', '/logo.svg')).status).toBe(200);
    expect((await hostRequest(naast.url, HAARLEM, 'GET', '/logo.svg')).status).toBe(404);

    // A session of one municipality means nothing to the other: a new conversation starts there.
    const crossed = await hostRequest(naast.url, ZANDVOORT, 'POST', '/api/chat', { json: { session: h.session, text: 'status' } });
    expect(crossed.json<{ session: string }>().session).not.toBe(h.session);

    // Each municipality's own Telegram bot answers as that municipality.
    for (const [bot, name] of [[bots.haarlem, 'Haarlem'], [bots.zandvoort, 'Zandvoort']] as const) {
      bot.say(7001, 'Hallo');
      await bot.waitForCall((c) => c.method === 'sendMessage' && String(c.body.chat_id) === '7001', 15_000);
      const said = bot.sent(7001).map((m) => m.text).join('\n');
      expect(said).toContain(name);
      expect(said).not.toContain(name === 'Haarlem' ? 'Zandvoort' : 'Haarlem');
    }

    const unknown = await hostRequest(naast.url, 'elders.naast.test', 'GET', '/');
    expect(unknown.status).toBe(404);
    expect(unknown.text).not.toMatch(/Haarlem|Zandvoort/);
  });

  it.skipIf(skip)("keeps each municipality's administrators, cases and counts to itself", async () => {
    const hCookie = await login(naast.url, HAARLEM, 'beheer@haarlem.test');
    const zCookie = await login(naast.url, ZANDVOORT, 'beheer@zandvoort.test');
    expect(typeof hCookie).toBe('string');
    expect(typeof zCookie).toBe('string');
    // Haarlem's administrator does not exist in Zandvoort, and a Haarlem session is no Zandvoort session.
    expect(await login(naast.url, ZANDVOORT, 'beheer@haarlem.test')).toBe(401);
    expect((await hostRequest(naast.url, ZANDVOORT, 'GET', '/admin/api/me', { headers: { cookie: hCookie as string } })).status).toBe(401);

    const cases = async (host: string, cookie: string) => (await hostRequest(naast.url, host, 'GET', '/admin/api/cases', { headers: { cookie } })).json<{ reference: string }[]>().map((c) => c.reference);
    const hCases = await cases(HAARLEM, hCookie as string);
    const zCases = await cases(ZANDVOORT, zCookie as string);
    expect(hCases.length).toBeGreaterThan(0);
    expect(zCases.length).toBeGreaterThan(0);
    expect(hCases.every((r) => r.startsWith('HA-'))).toBe(true);
    expect(zCases.every((r) => r.startsWith('ZV-'))).toBe(true);
    // Asking Zandvoort for a Haarlem case by its reference: no such case there.
    expect((await hostRequest(naast.url, ZANDVOORT, 'GET', `/admin/api/cases/${hCases[0]}`, { headers: { cookie: zCookie as string } })).status).toBe(404);

    // Monitoring (the report behind /admin/monitoring) counts only the municipality's own intakes.
    const period = { from: '2020-01-01', to: '2099-12-31' };
    const intakes = async (id: string) => (await computeReport(naast.tenants.get(id)!.core.store, period)).totals.intakes;
    const [hBefore, zBefore] = [await intakes('haarlem'), await intakes('zandvoort')];
    expect(hBefore).toBeGreaterThan(0);
    await intake(naast.url, ZANDVOORT, 'Mijn moeder wordt vergeetachtig en heeft zorg nodig.');
    await intake(naast.url, ZANDVOORT, 'I lost my job and cannot pay the rent.');
    expect(await intakes('haarlem')).toBe(hBefore);
    expect(await intakes('zandvoort')).toBe(zBefore + 2);
    expect((await hostRequest(naast.url, HAARLEM, 'GET', '/admin/monitoring.csv', { headers: { cookie: hCookie as string } })).status).toBe(200);
    expect((await hostRequest(naast.url, HAARLEM, 'GET', '/admin/monitoring.csv', { headers: { cookie: zCookie as string } })).status).not.toBe(200);

    const haarlem = naast.tenants.get('haarlem')!.core.store;
    const zandvoort = naast.tenants.get('zandvoort')!.core.store;
    expect((await haarlem.list<{ id: string; reference: string }>('handoffs')).every((c) => c.reference.startsWith('HA-'))).toBe(true);
    expect((await zandvoort.list<{ id: string; reference: string }>('handoffs')).every((c) => c.reference.startsWith('ZV-'))).toBe(true);
  });
});

describe('the tenants file', () => {
  it('stops the start naming the file, the municipality and the setting', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'naast-tenants-bad-'));
    try {
      const file = join(dir, 'tenants.yaml');
      const base = () => loadConfig({ TENANTS_FILE: file, DATA_DIR: dir });
      const bad = async (yaml: string, message: RegExp) => {
        await writeFile(file, yaml);
        const err = await loadTenants(base(), {}).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as Error).message).toMatch(/^TENANTS_FILE: /);
        expect((err as Error).message).toMatch(message);
      };
      const ok = (id: string, host: string, extra = '') => `  - id: ${id}\n    hosts: [${host}]\n    branding: { name: X${extra} }\n    settings: { PUBLIC_URL: "https://${host}", POOL_FILE: data/pool.yaml }\n`;
      await bad('tenants: [', /not valid YAML/);
      await bad(`tenants:\n${ok('a', 'a.test')}${ok('a', 'b.test')}`, /a: the id is used twice/);
      await bad(`tenants:\n${ok('a', 'a.test')}${ok('b', 'a.test')}`, /b: host a\.test is already a's/);
      await bad(`tenants:\n  - id: a\n    hosts: [a.test]\n    branding: { name: X }\n    settings: { PUBLIC_URL: "https://a.test", POOL_FILE: p.yaml, DATABASE_URL: "postgres://x/y" }\n`, /a: settings\.DATABASE_URL is the same for every municipality/);
      await bad(`tenants:\n  - id: a\n    hosts: [a.test]\n    branding: { name: X }\n    settings: { POOL_FILE: p.yaml }\n`, /a: settings\.PUBLIC_URL is required/);
      await bad(`tenants:\n  - id: a\n    hosts: [a.test]\n    branding: { name: X }\n    settings: { PUBLIC_URL: "nope", POOL_FILE: p.yaml }\n`, /a: settings\.PUBLIC_URL: must be an http\(s\) URL/);
      await bad(`tenants:\n  - id: a\n    hosts: [a.test]\n    branding: { name: X, colours: { brand: "#ffdd00", brandDark: "#123563" } }\n    settings: { PUBLIC_URL: "https://a.test", POOL_FILE: p.yaml }\n`, /a: branding\.colours\.brand #ffdd00 has a contrast of 1\.\d:1 with white/);
      await bad(`tenants:\n  - id: Haarlem\n    hosts: [a.test]\n    branding: { name: X }\n    settings: {}\n`, /Haarlem: id: must be/);
      await bad(`tenants:\n  - id: a\n    hosts: [A.test]\n    branding: { name: X }\n    settings: {}\n`, /a: hosts\.0: must be a host name/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
