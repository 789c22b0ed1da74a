/**
 * Limits over real HTTP: 429 per address on every webhook and per conversation on the chat API,
 * 413 for a body over the limit wherever a body is read, and timeouts that cut slow clients but
 * never the web chat's live stream.
 */
import { mkdtemp } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_LIMIT, SLOW_DOWN_TEXT, WEBHOOK_LIMIT } from '../../channels/rate-limits.js';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-bot-api.js';
import { chat } from '../support/chat.js';

const ENV = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' };

/** A POST as if from `address` (Naast trusts X-Forwarded-For from a proxy on loopback). */
async function post(url: string, body: string, address: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...headers }, body });
  const text = await res.text();
  return { status: res.status, text };
}

/** `count` POSTs from one address, a few at a time; their statuses. */
async function flood(url: string, body: string, address: string, count: number, headers: Record<string, string> = {}): Promise<number[]> {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent += 100) {
    const batch = Array.from({ length: Math.min(100, count - sent) }, () => post(url, body, address, headers));
    statuses.push(...(await Promise.all(batch)).map((r) => r.status));
  }
  return statuses;
}

describe('limits of a running Naast with its webhooks on', () => {
  let naast: RunningNaast;
  let telegram: FakeTelegram;
  let secret: string;

  beforeAll(async () => {
    telegram = await startFakeTelegram();
    naast = await startNaast(
      loadConfig({
        ...ENV,
        DATA_DIR: await mkdtemp(join(tmpdir(), 'naast-limits-')),
        BOTFRAMEWORK: '1',
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.url,
        TELEGRAM_WEBHOOK_URL: 'https://naast.example.org/telegram/webhook',
        ADMIN_EMAIL: 'beheer@haarlem.example',
        ADMIN_PASSWORD: 'een lang wachtwoord 42',
      }),
    );
    secret = String(telegram.calls.find((c) => c.method === 'setWebhook')!.body.secret_token);
  });
  afterAll(async () => {
    await naast?.stop();
    await telegram?.close();
  });

  it('answers one conversation that sends faster than a person types with a kind 429, and lets others go on', async () => {
    const { session } = await chat(naast.url, undefined, '');
    const body = JSON.stringify({ session, text: 'hallo' });
    const statuses = await flood(`${naast.url}/api/chat`, body, '198.51.100.1', CONVERSATION_LIMIT.limit);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // The next message of that conversation is refused, even from another address.
    const over = await post(`${naast.url}/api/chat`, body, '198.51.100.2');
    expect(over.status).toBe(429);
    expect(JSON.parse(over.text)).toEqual({ error: SLOW_DOWN_TEXT });
    const other = await chat(naast.url, undefined, '');
    expect((await post(`${naast.url}/api/chat`, JSON.stringify({ session: other.session, text: 'hallo' }), '198.51.100.1')).status).toBe(200);
  });

  it.each([
    ['the Bot Framework', '/api/messages', {}, 400],
    ['the Telegram webhook (before its secret is even compared)', '/telegram/webhook', {}, 401],
  ])('limits %s per address with a short JSON 429', async (_name, path, headers, normal) => {
    const url = `${naast.url}${path}`;
    const statuses = await flood(url, '{}', '203.0.113.7', WEBHOOK_LIMIT.limit, headers);
    expect(new Set(statuses)).toEqual(new Set([normal]));
    const over = await post(url, '{}', '203.0.113.7', headers);
    expect(over.status).toBe(429);
    expect(JSON.parse(over.text)).toEqual({ error: 'too many requests' });
    expect((await post(url, '{}', '203.0.113.8', headers)).status).toBe(normal);
  });

  it.each([
    ['the chat API', '/api/chat', 64 * 1024, {}, 413],
    ['the live stream', '/api/chat/events', 1024, {}, 413],
    ['the Bot Framework', '/api/messages', 256 * 1024, {}, 413],
    ['the Telegram webhook', '/telegram/webhook', 1024 * 1024, 'secret', 413],
    ['the admin API', '/admin/api/login', 512 * 1024, {}, 413],
    ['an unknown route', '/nothing/here', 2 * 1024 * 1024, {}, 404],
  ])('refuses a body over the limit of %s without reading on', async (_name, path, limit, headers, expected) => {
    const extra = headers === 'secret' ? { 'x-telegram-bot-api-secret-token': secret } : headers;
    const body = JSON.stringify({ text: 'x'.repeat(limit + 10) });
    const res = await post(`${naast.url}${path}`, body, '192.0.2.50', extra);
    expect(res.status).toBe(expected);
    expect(res.text).not.toMatch(/\n\s+at /);
  });

  it('refuses an oversized form on the case page with its plain error page', async () => {
    const res = await fetch(`${naast.url}/h/abc/decline`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.51' },
      body: `reason=${'x'.repeat(20 * 1024)}`,
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Er ging iets mis');
  });
});

describe('timeouts of the web server', () => {
  let naast: RunningNaast;
  const limits = { headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 100 };

  beforeAll(async () => {
    naast = await startNaast(loadConfig({ ...ENV, DATA_DIR: await mkdtemp(join(tmpdir(), 'naast-timeouts-')) }), { httpLimits: limits });
  });
  afterAll(async () => {
    await naast?.stop();
  });

  /** Writes `payload` on a raw connection and resolves with what came back once the server closed it. */
  function rawExchange(payload: string): Promise<{ answer: string; ms: number }> {
    const { port } = new URL(naast.url);
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(payload));
      let answer = '';
      socket.on('data', (d: Buffer) => (answer += d.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
    });
  }

  it('cuts a client that never finishes its headers with 408', async () => {
    const { answer, ms } = await rawExchange('GET /healthz HTTP/1.1\r\nHost: naast\r\nX-Slow: ');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5_000);
  });

  it('cuts a client that never finishes its body with 408', async () => {
    const { answer, ms } = await rawExchange('POST /api/chat HTTP/1.1\r\nHost: naast\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5_000);
  });

  it('keeps the live stream open past the request timeout and still delivers a notice on it', async () => {
    const { session } = await chat(naast.url, undefined, '');
    const abort = new AbortController();
    const res = await fetch(`${naast.url}/api/chat/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session }), signal: abort.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).toContain(': connected');
    // Longer than the request timeout and several of Node's checks: the time passing is what is tested.
    await new Promise((r) => setTimeout(r, limits.requestTimeoutMs + 4 * limits.checkIntervalMs));
    expect(await naast.core.runtime.notify({ conversation: `webchat:${session}`, text: 'case_accepted', vars: { reference: 'HA-2345', organisation: 'MEE' } })).toBe('kept');
    let seen = '';
    while (!seen.includes('event: notice')) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += value;
    }
    expect(seen).toContain('HA-2345');
    abort.abort();
  });
});
