import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { computeReport } from '../../src/monitoring/report.js';
import { loadConfig } from '../../src/config.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';
import { login } from '../support/admin-login.js';

type ChatReply = { session: string; replies: { text: string; choices?: string[] }[] };
const REFERENCE = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;
const WORDS = 'Mijn moeder kan de trap niet meer op en heeft hulp nodig in huis.';

async function post(base: string, body: unknown, raw?: string) {
  const res = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as ChatReply & { error?: string } };
}

/** Answers each step the way a resident in a hurry would, until a reference shows. */
async function intake(base: string, words: string): Promise<{ session: string; reference: string; turns: number }> {
  let { body } = await post(base, { text: '' });
  const session = body.session;
  const answers = [words, '3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '06 12345678'];
  for (const [i, text] of answers.entries()) {
    ({ body } = await post(base, { session, text }));
    expect(body.session).toBe(session);
    const reference = body.replies.map((r) => r.text).join('\n').match(REFERENCE)?.[0];
    if (reference) return { session, reference, turns: i + 1 };
  }
  throw new Error(`no reference; last replies: ${JSON.stringify(body.replies)}`);
}

describe('the chat API over real HTTP', () => {
  let naast: RunningNaast;
  let smtp: FakeSmtp;
  let base: string;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-api-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, LOG_LEVEL: 'silent', ADMIN_EMAIL: 'beheer@haarlem.example', ADMIN_PASSWORD: 'een lang wachtwoord 42' }));
    base = naast.url;
  });
  afterAll(async () => {
    await naast?.stop();
    await smtp?.close();
  });

  it('reports health with the web chat channel', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', channels: ['webchat'] });
  });

  it('greets a new conversation on an empty text and gives it a session', async () => {
    const { status, body } = await post(base, { text: '' });
    expect(status).toBe(200);
    expect(body.session).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.replies[0]!.text).toContain('Naast');
  });

  it('starts a new conversation for an unknown session instead of adopting its id', async () => {
    const { body } = await post(base, { session: 'made-up-session-id', text: '' });
    expect(body.session).not.toBe('made-up-session-id');
    expect(body.replies[0]!.text).toContain('Naast');
  });

  it('goes from greeting to a reference, and the case lands in the organisation\'s mailbox', async () => {
    const { reference } = await intake(base, WORDS);
    const mail = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
    expect(mail.text).toContain(WORDS);
    expect(mail.text).toMatch(new RegExp(`${naast.core.config.publicUrl.replace(/[.:/]/g, '\\$&')}/h/[A-Za-z0-9_-]{22,}`));
  });

  it('maps a vague, misspelled question in the web chat to the right domain, and a crisis mid-dialog gets the crisis answer first', async () => {
    let { body } = await post(base, { text: '' });
    const session = body.session;
    const replies: string[] = [];
    for (const text of ['ik heb een brief van de deurwaader en kan de huur nie meer betale', '1', '3']) {
      ({ body } = await post(base, { session, text }));
      replies.push(...body.replies.map((r) => r.text));
    }
    ({ body } = await post(base, { session, text: 'eigenlijk wil ik er niet meer zijn' }));
    expect(body.replies[0]!.text).toContain('113');
    for (const text of ['Nog niets', 'nee']) {
      ({ body } = await post(base, { session, text }));
      replies.push(...body.replies.map((r) => [r.text, ...(r.choices ?? [])].join('\n')));
    }
    expect(replies.join('\n')).toMatch(/hierover gaat:\n(Geld en schulden|Wonen), (Geld en schulden|Wonen)\n/);
  });

  it('tells the resident live when a supporter accepts, and at their next message when they close', async () => {
    const { session, reference } = await intake(base, 'Ik heb hulp nodig bij het aanvragen van huurtoeslag en zorgtoeslag.');
    const mail = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
    // PUBLIC_URL says port 0 here; the page is on the port the server got.
    const link = (mail.text ?? '').match(/https?:\/\/\S+\/h\/[A-Za-z0-9_-]+/)![0].replace(/^https?:\/\/[^/]+/, base);

    const abort = new AbortController();
    const stream = await fetch(`${base}/api/chat/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session }), signal: abort.signal });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    const accepted = fetch(`${link}/accept`, { method: 'POST', body: new URLSearchParams({ supporter: 'Anna' }), redirect: 'manual' });
    let received = '';
    while (!received.includes('event: notice')) received += (await reader.read()).value ?? '';
    abort.abort();
    await accepted;
    const data = JSON.parse(received.split('\n').find((l) => l.startsWith('data: '))!.slice(6)) as { replies: { text: string }[] };
    expect(data.replies[0]!.text).toContain(reference);
    expect(data.replies[0]!.text).toMatch(/Anna van .+ helpt je/);

    // Streamed once: the next turn does not repeat it. Closing while nobody listens waits for the next turn.
    await fetch(`${link}/close`, { method: 'POST', redirect: 'manual' });
    const { body } = await post(base, { session, text: 'status' });
    expect(body.replies[0]!.text).toMatch(/afgesloten/);
    expect(body.replies.map((r) => r.text).join('\n')).not.toMatch(/helpt je/);
  });

  it('counts the intakes and handoffs for monitoring, and shows them on the monitoring page from this machine', async () => {
    const year = String(new Date().getFullYear());
    const report = await computeReport(naast.core.store, { from: `${year}-01-01`, to: `${year}-12-31` });
    const webchat = report.channels.find((c) => c.channel === 'webchat')!;
    expect(webchat.intakes).toBeGreaterThanOrEqual(2);
    expect(webchat.handoffs).toBeGreaterThanOrEqual(2);
    expect(report.domains.find((d) => d.domain === 'income')!.intakes).toBeGreaterThanOrEqual(1);
    // Counts only: no words, no references in the events.
    const events = JSON.stringify(await naast.core.store.list('events'));
    expect(events).not.toMatch(/deurwaarder|trap|HA-/);
    // Monitoring is behind the admin login (#8).
    const cookie = await login(base, 'beheer@haarlem.example', 'een lang wachtwoord 42');
    const page = await fetch(`${base}/admin/monitoring`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Geld en schulden');
  });

  it('lets a resident choose another organisation at any time, without a reason, and tells the first one politely', async () => {
    const { session, reference } = await intake(base, 'Mijn moeder van 82 heeft hulp nodig bij het huishouden en boodschappen.');
    const first = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
    const firstOrg = (first.to as { text: string }).text;

    let { body } = await post(base, { session, text: 'andere ondersteuner' });
    const said = body.replies.map((r) => [r.text, ...(r.choices ?? [])].join('\n')).join('\n');
    expect(said).toContain('Je hoeft niet te zeggen waarom');
    const offered = body.replies.at(-1)!.choices ?? [];
    expect(offered.length).toBeGreaterThan(1);

    const told = await smtp.waitFor((m) => (m.subject ?? '') === `Naast ${reference}: de inwoner kiest een andere organisatie`);
    expect((told.to as { text: string }).text).toBe(firstOrg);
    expect(told.text).not.toContain('huishouden');

    // Choosing again with the same story: a new case, never with the organisation they left.
    let second = '';
    for (const text of ['geen voorkeur', 'ja', 'Liever niet', '06 12345678']) {
      ({ body } = await post(base, { session, text }));
      second = body.replies.map((r) => r.text).join('\n').match(REFERENCE)?.[0] ?? '';
      if (second) break;
    }
    expect(second).toMatch(REFERENCE);
    expect(second).not.toBe(reference);
    const secondMail = await smtp.waitFor((m) => (m.subject ?? '').includes(second));
    expect((secondMail.to as { text: string }).text).not.toBe(firstOrg);
    expect(secondMail.text).toContain('huishouden en boodschappen');
    expect((await naast.core.handoffs.status(reference))?.status).toBe('closed');
  });

  it('after a decline, lets the resident pick another organisation with the same story', async () => {
    const { session, reference } = await intake(base, 'Ik zoek hulp bij een aanvraag voor een scootmobiel voor mijn vader.');
    const mail = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
    const link = (mail.text ?? '').match(/https?:\/\/\S+\/h\/[A-Za-z0-9_-]+/)![0].replace(/^https?:\/\/[^/]+/, base);
    await fetch(`${link}/decline`, { method: 'POST', body: new URLSearchParams({ reason: 'geen plek' }), redirect: 'manual' });
    let { body } = await post(base, { session, text: 'andere ondersteuner' });
    const said = body.replies.map((r) => r.text).join('\n');
    expect(said).toMatch(/kan je vraag .* niet oppakken/);
    expect(said).not.toContain('geen plek');
    expect(body.replies.at(-1)!.choices!.length).toBeGreaterThan(1);
    ({ body } = await post(base, { session, text: 'geen voorkeur' }));
    expect(body.replies.map((r) => r.text).join('\n')).toMatch(/Mag ik je vraag doorgeven aan/);
  });

  it('refuses a live stream for a conversation that does not exist', async () => {
    const res = await fetch(`${base}/api/chat/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'made-up-session-id' }) });
    expect(res.status).toBe(404);
    expect((await fetch(`${base}/api/chat/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(400);
  });

  it('answers status with the reference after a handoff', async () => {
    const { session, reference } = await intake(base, 'Ik heb schulden en de deurwaarder komt steeds langs.');
    const { body } = await post(base, { session, text: 'status' });
    expect(body.replies[0]!.text).toContain(reference);
  });

  it('offers choices as labels, and takes the number or the label back', async () => {
    let { body } = await post(base, { text: '' });
    const session = body.session;
    ({ body } = await post(base, { session, text: WORDS }));
    const choices = body.replies.at(-1)!.choices!;
    expect(choices.length).toBeGreaterThan(1);
    ({ body } = await post(base, { session, text: choices[1]! }));
    expect(body.replies.at(-1)!.choices).toBeDefined();
  });

  it('keeps the order of two messages sent at once in one conversation', async () => {
    const { body } = await post(base, { text: '' });
    const [first, second] = await Promise.all([post(base, { session: body.session, text: WORDS }), post(base, { session: body.session, text: '1' })]);
    expect(first.body.replies.at(-1)!.choices).toContain('Voor mij');
    expect(second.body.replies.at(-1)!.text).toMatch(/Hoe snel/);
  });

  it.each([
    ['invalid JSON', undefined, '{"text": '],
    ['no text', { session: undefined }, undefined],
    ['text of the wrong type', { text: 42 }, undefined],
    ['an unknown field', { text: 'hoi', admin: true }, undefined],
  ])('answers 400 with an error for %s', async (_name, body, raw) => {
    const res = await post(base, body, raw);
    expect(res.status).toBe(400);
    expect(typeof res.body.error).toBe('string');
  });

  it('answers 413 with an error for a body over the limit', async () => {
    const res = await post(base, { text: 'x'.repeat(100_000) });
    expect(res.status).toBe(413);
    expect(res.body.error).toBeTruthy();
  });

  it('answers a 10,000-character message kindly, not with an error', async () => {
    const { body } = await post(base, { text: '' });
    const res = await post(base, { session: body.session, text: 'ik heb schulden '.repeat(700).slice(0, 10_000) });
    expect(res.status).toBe(200);
    expect(res.body.replies.at(-1)!.choices).toBeDefined();
  });

  it('never returns a stack trace for an unknown route', async () => {
    const res = await fetch(`${base}/api/nothing`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('the embedded defaults, without an SMTP server', () => {
  it('writes the handoff as an .eml file and lists it at /outbox', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-eml-'));
    const naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    try {
      const { reference } = await intake(naast.url, WORDS);
      await naast.core.outbox.drain();
      const files = await readdir(join(dataDir, 'outbox'));
      expect(files.some((f) => f.startsWith(reference) && f.endsWith('.eml'))).toBe(true);
      const list = await (await fetch(`${naast.url}/outbox`)).text();
      expect(list).toContain(reference);
      const file = files.find((f) => f.startsWith(reference))!;
      const shown = await (await fetch(`${naast.url}/outbox/${file}`)).text();
      expect(shown).toContain('Mijn moeder kan de trap niet meer op');
    } finally {
      await naast.stop();
    }
  });
});

describe('rate limiting', () => {
  it('answers 429 after 100 requests in 10 seconds from one address', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-rate-'));
    const naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 101; i++) statuses.push((await post(naast.url, { text: 'hallo' })).status);
      expect(statuses.slice(0, 100).every((s) => s === 200)).toBe(true);
      const last = await post(naast.url, { text: 'hallo' });
      expect(last.status).toBe(429);
      expect(last.body.error).toBeTruthy();
    } finally {
      await naast.stop();
    }
  });
});

describe('rate limiting behind a dual-stack socket', () => {
  /** A POST from a chosen loopback source address, so two IPv4 clients can be told apart. */
  function postFrom(localAddress: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, localAddress, method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ text: 'hallo' }));
    });
  }

  it('keys each IPv4 client by its own address, not one shared IPv6 bucket', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-dual-'));
    const naast = await startNaast(loadConfig({ PORT: '0', HOST: '::', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    try {
      const port = Number(new URL(naast.url).port);
      for (let i = 0; i < 100; i++) await postFrom('127.0.0.2', port);
      expect(await postFrom('127.0.0.2', port)).toBe(429);
      expect(await postFrom('127.0.0.3', port)).toBe(200);
    } finally {
      await naast.stop();
    }
  });
});
