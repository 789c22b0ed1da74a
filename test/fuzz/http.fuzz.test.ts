/**
 * Random requests at every HTTP route of one running Naast (web chat, Bot Framework, Telegram
 * webhook, case pages, organisation inboxes, the admin API with and without a session, monitoring,
 * the privacy page, health, the dev outbox, static files): random JSON, strings, bytes, wrong
 * content types and encodings, bodies over the limits, odd path parameters, query strings and
 * forwarded addresses. Never a 5xx, never a stack trace, never a hang; health still answers after.
 * Bounded here (FUZZ_RUNS, default 100 requests per route group); `npm run fuzz` runs many more.
 */
import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { inboxLinks, loadOrCreateInboxKey } from '../../src/handoff/org-inbox.js';
import { startFakeConnector, type FakeConnector } from '../fakes/botframework-connector.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-bot-api.js';
import { login } from '../support/admin-login.js';
import { chat, chatIntake } from '../support/chat.js';
import { fuzzOptions } from './fuzz-options.js';

const FUZZ = fuzzOptions(100);
const RUNS = FUZZ.numRuns;
/** A request that takes longer than this counts as a hang. */
const REQUEST_TIMEOUT_MS = 5_000;
const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };

/** One request the fuzzer sends. */
interface Probe {
  method: string;
  path: string;
  query: string;
  contentType: string | null;
  encoding: string | null;
  accept: string | null;
  forwardedFor: string;
  cookie: string | null;
  headers: Record<string, string>;
  body: string | Uint8Array | null;
}

// ---- the pieces of a request ----

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
/** A path segment: anything encoded, or raw characters including stray % escapes. */
const segment = fc.oneof(
  { weight: 3, arbitrary: text.map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.stringMatching(/^[%0-9A-Za-z._~!$&'()*+,;=:@-]{1,24}$/) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '..', '.', '%2e%2e', '%2F', 'index.html', 'a'.repeat(300)) },
);
const queryValue = fc.oneof(segment, fc.constantFrom('', '2026-01-01', '2026-12-31', '9999-99-99', 'csv', 'NaN', '-1', '1e400'));
const queryKey = fc.oneof(fc.constantFrom('from', 'to', 'format', 'organisation', 'period', 'lang', '__proto__', 'constructor', 'from[]', 'to[a]', 'x'), segment);
const query = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.array(fc.tuple(queryKey, queryValue), { minLength: 1, maxLength: 5 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^\?[%&=[\]a-z0-9.;+]{0,40}$/) },
);

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      null,
      'application/json; charset=utf-8',
      'application/json; charset=utf-16',
      'application/json; charset=bogus',
      'application/vnd.api+json',
      'text/plain',
      'text/html',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'application/octet-stream',
      ';;;',
      'application/json; charset="',
      '*/*',
    ),
  },
);
const encoding = fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-bogus', 'gzip, gzip') });
const accept = fc.constantFrom(null, 'application/json', 'text/html', 'text/event-stream', '*/*', 'image/png');
/** Mostly well-formed addresses, so the per-address limits spread; sometimes not an address at all. */
const forwardedFor = fc.oneof(
  { weight: 8, arbitrary: fc.ipV4() },
  { weight: 1, arbitrary: fc.ipV6() },
  { weight: 1, arbitrary: fc.constantFrom('garbage', '1.2.3.4, 5.6.7.8', '::ffff:10.0.0.1', '300.1.1.1', 'unknown', '[::1]:80', '1.2.3.4:5678', 'fe80::1%eth0') },
);

/** Bodies of every kind, now and then one far over any limit. */
const anyBody: fc.Arbitrary<string | Uint8Array | null> = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.constantFrom(null, '', '{', '{"text":', 'null', '[]', '""', '0', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', 'a=1&a=2&b[c]=3', '\u0000') },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom(2_000, 70_000, 300_000, 600_000, 1_100_000, 2_200_000).map((n) => JSON.stringify({ text: 'x'.repeat(n) })) },
);

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;

/** A request at `path` with `method` and `body` chosen by the caller, everything else random. */
function probe(method: fc.Arbitrary<string>, path: fc.Arbitrary<string>, body: fc.Arbitrary<string | Uint8Array | null>, extra: Partial<Record<keyof Probe, fc.Arbitrary<unknown>>> = {}): fc.Arbitrary<Probe> {
  return fc.record({
    method,
    path,
    query,
    contentType,
    encoding,
    accept,
    forwardedFor,
    cookie: fc.constantFrom(null, 'naast_admin=forged', 'naast_admin=', '=;;=', `naast_admin=${'a'.repeat(500)}`),
    headers: fc.constant({}),
    body,
    ...extra,
  }) as fc.Arbitrary<Probe>;
}

const describeProbe = (p: Probe) =>
  JSON.stringify({ ...p, body: p.body === null ? null : typeof p.body === 'string' ? (p.body.length > 200 ? `<${p.body.length} chars>` : p.body) : `<${p.body.length} bytes>`, cookie: p.cookie?.slice(0, 40) });

describe('random requests at every HTTP route', () => {
  let naast: RunningNaast;
  let telegram: FakeTelegram;
  let connector: FakeConnector;
  let secret: string;
  let session: string;
  let reference: string;
  let caseToken: string;
  let inboxToken: string;
  let adminCookie: string;
  /** Statuses seen per group, to show each group reached its routes. */
  const seen = new Map<string, Map<number, number>>();

  beforeAll(async () => {
    telegram = await startFakeTelegram();
    connector = await startFakeConnector();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-httpfuzz-'));
    naast = await startNaast(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        BOTFRAMEWORK: '1',
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.url,
        TELEGRAM_WEBHOOK_URL: 'https://naast.example.org/telegram/webhook',
      }),
    );
    secret = String(telegram.calls.find((c) => c.method === 'setWebhook')!.body.secret_token);
    // Real ids next to random ones, so the fuzzer also reaches what lies behind a valid one.
    ({ session, reference } = await chatIntake(naast.url, 'Mijn moeder kan de trap niet meer op en heeft hulp nodig in huis.'));
    await naast.core.outbox.drain();
    const outbox = join(dataDir, 'outbox');
    const eml = (await readdir(outbox)).find((f) => f.startsWith(reference))!;
    caseToken = (await readFile(join(outbox, eml), 'utf8')).replace(/=\r?\n/g, '').match(/\/h\/([A-Za-z0-9_-]+)/)![1]!;
    inboxToken = inboxLinks(await loadOrCreateInboxKey(dataDir), naast.core.pool, naast.url)[0]!.url.split('/o/')[1]!;
    adminCookie = await login(naast.url, ADMIN.email, ADMIN.password);
    session = (await chat(naast.url, undefined, '')).session;
  }, 60_000);

  afterAll(async () => {
    await naast?.stop();
    await telegram?.close();
    await connector?.close();
  });

  async function send(group: string, p: Probe): Promise<void> {
    const headers: Record<string, string> = { 'x-forwarded-for': p.forwardedFor, ...p.headers };
    if (p.contentType !== null) headers['content-type'] = p.contentType;
    if (p.encoding !== null) headers['content-encoding'] = p.encoding;
    if (p.accept !== null) headers.accept = p.accept;
    if (p.cookie !== null) headers.cookie = p.cookie;
    const withBody = p.method !== 'GET' && p.method !== 'HEAD' && p.body !== null;
    let status: number;
    let answer = '';
    try {
      const res = await fetch(`${naast.url}${p.path}${p.query}`, {
        method: p.method,
        headers,
        ...(withBody ? { body: p.body as BodyInit } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = res.status;
      // A live stream never ends by itself: its status is the answer.
      if ((res.headers.get('content-type') ?? '').includes('event-stream')) await res.body?.cancel();
      else answer = await res.text();
    } catch (err) {
      throw new Error(`no answer (${(err as Error).name}: ${(err as Error).message}) to ${describeProbe(p)}`);
    }
    const counts = seen.get(group) ?? new Map<number, number>();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    seen.set(group, counts);
    expect(status, describeProbe(p)).toBeLessThan(500);
    expect(answer, describeProbe(p)).not.toMatch(/\n\s+at .*:\d+:\d+/);
  }

  const fuzz = async (group: string, arb: fc.Arbitrary<Probe>) => {
    await fc.assert(
      fc.asyncProperty(arb, (p) => send(group, p)),
      FUZZ,
    );
  };
  const timeout = Math.max(30_000, RUNS * 200);
  const method = (...methods: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...methods) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) });
  const path = (...parts: (string | fc.Arbitrary<string>)[]) => fc.tuple(...parts.map((x) => (typeof x === 'string' ? fc.constant(x) : x))).map((xs) => xs.join(''));
  const sessionLike = () => fc.oneof(fc.constant(session), fc.uuid(), text, fc.constant(undefined));

  it(
    'the chat API and its live stream',
    async () => {
      const said = fc.oneof(text, fc.constantFrom('', 'stop', 'status', 'verwijder mijn gegevens', 'ja', '1', 'Ik heb schulden.', 'x'.repeat(20_001)));
      const chatBody = fc.oneof(
        { weight: 4, arbitrary: fc.record({ session: sessionLike(), text: said }, { requiredKeys: ['text'] }) },
        { weight: 1, arbitrary: fc.record({ session: sessionLike(), text: fc.jsonValue(), extra: fc.jsonValue() }, { requiredKeys: [] }) },
      );
      const paths = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('/api/chat', '/api/chat/events') }, { weight: 1, arbitrary: fc.constantFrom('/api/chat/', '/api/chat/x', '/API/CHAT') });
      await fuzz('chat', probe(method('POST'), paths, fc.oneof({ weight: 3, arbitrary: chatBody.map((o) => JSON.stringify(o)) }, { weight: 1, arbitrary: anyBody })));
    },
    timeout,
  );

  it(
    'the Bot Framework endpoint',
    async () => {
      const account = fc.record({ id: fc.oneof(text, fc.constant('user-1')), name: fc.option(text) }, { requiredKeys: ['id'] });
      const activity = fc
        .record(
          {
            type: fc.constantFrom('message', 'conversationUpdate', 'invoke', 'typing', 'endOfConversation', ''),
            id: fc.option(text),
            channelId: fc.constantFrom('emulator', 'msteams', 'webchat', ''),
            serviceUrl: fc.constantFrom(connector.serviceUrl, 'http://example.org/', 'javascript:alert(1)', 'ftp://127.0.0.1/', ''),
            conversation: fc.record({ id: fc.oneof(text, fc.constant('conv-1')), tenantId: fc.option(text) }, { requiredKeys: ['id'] }),
            from: account,
            recipient: account,
            text: fc.option(fc.oneof(text, fc.constantFrom('hallo', 'stop', '1'))),
            value: fc.option(fc.jsonValue({ maxDepth: 2 })),
            attachments: fc.option(fc.array(fc.record({ contentType: fc.option(fc.constantFrom('image/png', 'audio/ogg', text as unknown as string)) }), { maxLength: 3 })),
            membersAdded: fc.option(fc.array(account, { maxLength: 3 })),
            locale: fc.option(fc.constantFrom('nl-NL', 'en-US', 'xx')),
          },
          { requiredKeys: ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient'] },
        )
        .map((a) => JSON.stringify(a));
      await fuzz('botframework', probe(method('POST'), fc.constantFrom('/api/messages', '/api/messages/'), fc.oneof(activity, anyBody)));
    },
    timeout,
  );

  it(
    'the Telegram webhook, with and without its secret',
    async () => {
      const chatArb = fc.record({ id: fc.oneof(fc.integer(), fc.constant(4242)), type: fc.constantFrom('private', 'group', 'supergroup', 'channel', 'x') });
      const from = fc.record({ id: fc.integer(), is_bot: fc.boolean(), first_name: text });
      const message = fc.record(
        {
          message_id: fc.nat(),
          date: fc.nat(),
          chat: chatArb,
          from,
          text: fc.oneof(text, fc.constantFrom('/start', '/start payload', '/help', '/status', '/stop', '/onbekend', 'hallo')),
          caption: text,
          photo: fc.constant([{ file_id: 'f', file_unique_id: 'u', width: 1, height: 1 }]),
          voice: fc.constant({ file_id: 'f', file_unique_id: 'u', duration: 1 }),
          sticker: fc.jsonValue({ maxDepth: 1 }),
        },
        { requiredKeys: ['message_id', 'date', 'chat'] },
      );
      const update = fc
        .record(
          {
            update_id: fc.oneof(fc.nat(), fc.constantFrom(-1, 2 ** 53, 1.5)),
            message,
            edited_message: message,
            callback_query: fc.record({ id: text, from, data: fc.oneof(text, fc.constant('AAAAAAAA:0')), message: fc.option(message) }),
            my_chat_member: fc.record({ chat: chatArb, from, date: fc.nat(), old_chat_member: fc.jsonValue({ maxDepth: 1 }), new_chat_member: fc.record({ status: fc.constantFrom('member', 'left', 'administrator', 'kicked') }) }),
          },
          { requiredKeys: ['update_id'] },
        )
        .map((u) => JSON.stringify(u));
      const secretHeader = fc.oneof(
        { weight: 4, arbitrary: fc.constant({ 'x-telegram-bot-api-secret-token': secret }) },
        { weight: 1, arbitrary: fc.constantFrom({}, { 'x-telegram-bot-api-secret-token': 'wrong' }, { 'x-telegram-bot-api-secret-token': `${secret}x` }) },
      );
      await fuzz('telegram', probe(method('POST'), fc.constant('/telegram/webhook'), fc.oneof(update, anyBody), { headers: secretHeader }));
    },
    timeout,
  );

  it(
    'the case pages and the organisations\' inboxes',
    async () => {
      const token = fc.oneof(fc.constant(caseToken), fc.constant(inboxToken), segment);
      const form = fc
        .array(fc.tuple(fc.constantFrom('supporter', 'reason', 'x', 'reason[]', '__proto__'), fc.oneof(text, fc.constant('x'.repeat(20_000)))), { maxLength: 12 })
        .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
      const paths = fc.oneof(
        path('/h/', token),
        path('/h/', token, fc.constantFrom('/accept', '/decline', '/close', '/other', '/')),
        path('/o/', token),
        path('/o/', token, '/mail/', fc.oneof(fc.constant(reference), segment)),
      );
      await fuzz('cases', probe(method('GET', 'POST'), paths, fc.oneof(form, anyBody), { contentType: fc.oneof({ weight: 3, arbitrary: fc.constant('application/x-www-form-urlencoded') }, { weight: 1, arbitrary: contentType }) }));
    },
    timeout,
  );

  const adminPaths = () => {
    const id = fc.oneof(fc.constant('intake'), segment);
    const ref = fc.oneof(fc.constant(reference), segment);
    const email = fc.oneof(fc.constant(ADMIN.email), fc.constant('iemand@haarlem.example'), segment);
    return fc.oneof(
      fc.constantFrom('/admin/api/login', '/admin/api/me', '/admin/api/users', '/admin/api/audit', '/admin/api/trees', '/admin/api/pool', '/admin/api/pool/draft', '/admin/api/pool/check', '/admin/api/pool/versions', '/admin/api/pool/publish', '/admin/api/pool/rollback'),
      fc.constantFrom('/admin/api/cases', '/admin/api/cases/organisations', '/admin/api/totp/setup', '/admin/api/totp/enable', '/admin/api/totp/disable', '/admin/api/consents', '/admin/api/'),
      path('/admin/api/trees/', id, fc.constantFrom('', '/draft', '/check', '/preview', '/publish', '/rollback', '/versions', '/graph.svg')),
      path('/admin/api/trees/', id, '/versions/', fc.oneof(fc.nat().map(String), segment)),
      path('/admin/api/pool/versions/', fc.oneof(fc.nat().map(String), segment)),
      path('/admin/api/cases/', ref, fc.constantFrom('', '/accept', '/decline', '/close', '/erase')),
      path('/admin/api/users/', email, fc.constantFrom('', '/reset')),
      path('/admin/api/', segment, fc.constantFrom('', '/', '/x')),
    );
  };
  const adminBody = () =>
    fc.oneof(
      fc.record({ email: fc.oneof(text, fc.constant(ADMIN.email)), password: fc.oneof(text, fc.constant('wrong password 12')), code: fc.option(text), role: fc.option(fc.constantFrom('administrator', 'editor', 'supporter', 'viewer', 'root')), organisation: fc.option(text), version: fc.option(fc.oneof(fc.integer(), text)), reason: fc.option(text), supporter: fc.option(text), current: fc.option(text), next: fc.option(text) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
      anyBody,
    );

  it(
    'the admin API without a session',
    async () => {
      await fuzz('admin', probe(method('GET', 'POST', 'PUT', 'DELETE'), adminPaths(), adminBody()));
    },
    timeout,
  );

  it(
    'the admin API with an administrator\'s session',
    async () => {
      // Logging out, or resetting one's own password, would end the session the rest of this group
      // needs; every other route is fair game.
      const paths = adminPaths().filter((p) => !/logout/i.test(p) && !p.toLowerCase().startsWith(`/admin/api/users/${ADMIN.email}/reset`));
      await fuzz('admin+session', probe(method('GET', 'POST', 'PUT', 'DELETE'), paths, adminBody(), { cookie: fc.constant(adminCookie) }));
      // The group reached what lies behind the login, not only the door.
      const statuses = [...(seen.get('admin+session') ?? new Map()).keys()];
      expect(statuses.some((s) => s !== 401 && s !== 403 && s !== 415 && s !== 429)).toBe(true);
    },
    timeout,
  );

  it(
    'the pages: monitoring, privacy, health, the dev outbox, the web chat\'s files and anything else',
    async () => {
      const paths = fc.oneof(
        fc.constantFrom('/admin/monitoring', '/admin/monitoring.csv', '/admin/whatsapp', '/admin', '/admin/', '/admin/index.html', '/privacy', '/privacy.css', '/healthz', '/outbox', '/', '/index.html', '/chat.js', '/chat.css'),
        path('/outbox/', fc.oneof(fc.constant(`${reference}.eml`), segment)),
        path('/admin/', segment),
        fc.array(segment, { minLength: 1, maxLength: 4 }).map((xs) => `/${xs.join('/')}`),
      );
      const cookie = fc.oneof(fc.constant(adminCookie), fc.constant(null), fc.constant('naast_admin=forged'));
      await fuzz('pages', probe(method('GET', 'HEAD'), paths, anyBody, { cookie }));
    },
    timeout,
  );

  it('still answers health and a resident afterwards', async () => {
    const health = await fetch(`${naast.url}/healthz`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    expect(health.status).toBe(200);
    expect((await chat(naast.url, undefined, '')).replies.length).toBeGreaterThan(0);
    // What each group got back, for the reader of a failing run.
    // Every status was checked below 500 as it came (send()); this prints what each group got back.
    if (process.env.FUZZ_DEBUG) console.log(JSON.stringify([...seen].map(([g, c]) => [g, [...c].sort((a, b) => a[0] - b[0])])));
  });
});
