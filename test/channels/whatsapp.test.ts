import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createChannels } from '../../channels/index.js';
import { ChannelError } from '../../channels/channel.js';
import { WHATSAPP_TEXTS, createWhatsAppChannel, type WhatsAppChannel, type WhatsAppOptions, type WhatsAppPacing } from '../../channels/whatsapp.js';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { FakeWhatsApp } from '../fakes/whatsapp-client.js';
import { invite, login } from '../support/admin-login.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
const REFERENCE = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;
/** What a resident in a hurry answers, step by step (as in the chat API's test). */
const ANSWERS = ['3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '06 12345678'];
/** Small but real pacing and backoff, so tests run fast and still go through every wait. */
const QUICK: Partial<WhatsAppPacing> = { perChatMs: 0, globalMs: 0, retryBaseMs: 5, retryMaxMs: 20, restartBaseMs: 5, restartMaxMs: 20, giveUpMs: 10_000 };
/** Bits of the dialog's texts that tell its answers apart. */
const GREETING = /Naast/;
const HELP = /Dit kun je altijd typen/;
const HUMAN = /Wil je met een mens praten/;
const MEDIA = /spraakberichten/;

let smtp: FakeSmtp;
let naast: RunningNaast;
const opened: WhatsAppChannel[] = [];
let nextNumber = 10_000_100;
/** A resident's private chat id, new for each use. */
const person = () => `316${nextNumber++}@c.us`;

beforeAll(async () => {
  smtp = await startFakeSmtp();
  const dataDir = await mkdtemp(join(tmpdir(), 'naast-whatsapp-'));
  naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.stop()));
});
afterAll(async () => {
  await naast?.stop();
  await smtp?.close();
});

/** A channel on the fake world, answering through the running Naast's core. */
async function open(world: FakeWhatsApp, options: Partial<WhatsAppOptions> = {}): Promise<WhatsAppChannel> {
  const channel = createWhatsAppChannel({
    chromium: '/not/used',
    sessionDir: '/not/used',
    store: naast.core.store,
    log: naast.core.log,
    accounts: naast.core.accounts,
    client: world.factory,
    pacing: QUICK,
    terminal: false,
    ...options,
  });
  opened.push(channel);
  await channel.start((m) => naast.core.runtime.handle(m));
  return channel;
}

/** A channel whose session is already paired, once it is ready. */
async function ready(options: Partial<WhatsAppOptions> = {}, world = new FakeWhatsApp()): Promise<{ world: FakeWhatsApp; channel: WhatsAppChannel }> {
  world.paired = true;
  const channel = await open(world, options);
  await world.waitFor(() => channel.status().state === 'ready', 'the channel to be ready');
  return { world, channel };
}

/** A resident's turn: what the bot sent to their chat once the channel answered. */
async function turn(world: FakeWhatsApp, channel: WhatsAppChannel, chat: string, send: () => unknown): Promise<string[]> {
  const before = world.sentTo(chat).length;
  send();
  await channel.idle();
  return world.sentTo(chat).slice(before);
}
const say = (world: FakeWhatsApp, channel: WhatsAppChannel, chat: string, text: string) => turn(world, channel, chat, () => world.say(chat, text));
const indexOf = (texts: string[], re: RegExp) => texts.findIndex((t) => re.test(t));

describe('the WhatsApp channel, against a fake whatsapp-web.js client', () => {
  it('is switched on by WHATSAPP=1, with its pairing page to mount', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-whatsapp-config-'));
    const config = loadConfig({ WHATSAPP: '1', DATA_DIR: dataDir });
    expect(config.whatsapp).toEqual({ chromium: '/usr/bin/chromium', sessionDir: join(dataDir, 'whatsapp') });
    const channels = createChannels(config, { store: naast.core.store, log: naast.core.log, accounts: naast.core.accounts });
    const whatsapp = channels.find((c) => c.id === 'whatsapp');
    expect(whatsapp?.router).toBeDefined();
    expect(createChannels(loadConfig({ DATA_DIR: dataDir }), { store: naast.core.store, log: naast.core.log, accounts: naast.core.accounts })).toEqual([]);
  });

  it('pairs by QR code: drawn for the terminal, then ready once the phone scans it', async () => {
    const world = new FakeWhatsApp();
    let terminal = '';
    const channel = await open(world, { terminal: { write: (s: string) => (terminal += s) } });
    await world.waitFor(() => channel.status().state === 'waiting-for-scan' && terminal.length > 0, 'a QR code');
    expect(terminal).toContain(WHATSAPP_TEXTS.scan);
    expect(terminal).toMatch(/[▀▄█]{10}/);
    world.scan();
    expect(channel.status().state).toBe('ready');
    expect(channel.status().qr).toBeUndefined();
    expect(channel.status().events.map((e) => e.state).reverse()).toEqual(['starting', 'waiting-for-scan', 'paired', 'ready']);
    // Paired for good: the next client (a restart of Naast) is ready without a scan.
    await channel.stop();
    const again = await open(world);
    await world.waitFor(() => again.status().state === 'ready', 'ready without a scan');
    expect(again.status().events.map((e) => e.state)).not.toContain('waiting-for-scan');
  });

  it('completes an intake by typing, to a reference and the case in the organisation\'s mailbox; choices come as numbered lists', async () => {
    const { world, channel } = await ready();
    const chat = person();
    await say(world, channel, chat, 'hallo');
    let replies = await say(world, channel, chat, 'Mijn vader vergeet steeds meer en kan niet meer alleen koken of wassen.');
    let lists = 0;
    for (const answer of ANSWERS) {
      if (REFERENCE.test(replies.join('\n'))) break;
      if (replies.some((r) => /^1\. .+\n2\. .+/m.test(r))) lists++;
      replies = await say(world, channel, chat, answer);
    }
    const reference = replies.join('\n').match(REFERENCE)?.[0];
    expect(reference, replies.join('\n')).toBeDefined();
    expect(lists).toBeGreaterThanOrEqual(3);
    const mail = await smtp.waitFor((m) => (m.subject ?? '').includes(reference!));
    expect(mail.text).toContain('Mijn vader vergeet steeds meer');
  });

  it('answers voice notes, photos, videos, stickers, documents, locations, contact cards and deleted messages kindly, and reads a caption', async () => {
    const { world, channel } = await ready();
    const chat = person();
    await say(world, channel, chat, 'hallo');
    const kinds = [
      { type: 'ptt', hasMedia: true },
      { type: 'audio', hasMedia: true },
      { type: 'image', hasMedia: true },
      { type: 'video', hasMedia: true },
      { type: 'sticker', hasMedia: true },
      { type: 'document', hasMedia: true },
      { type: 'location', body: '/9j/4AAQSkZJRgABAQ' },
      { type: 'vcard', body: 'BEGIN:VCARD\nFN:Buurvrouw\nEND:VCARD' },
      { type: 'multi_vcard', body: '' },
      { type: 'revoked' },
    ];
    for (const kind of kinds) {
      const replies = await turn(world, channel, chat, () => world.receive(chat, kind));
      expect(replies.join('\n'), kind.type).toMatch(MEDIA);
    }
    const captioned = await turn(world, channel, chat, () =>
      world.receive(chat, { type: 'image', hasMedia: true, body: 'Deze brief van de gemeente snap ik niet, het gaat over mijn bijstand' }),
    );
    expect(captioned[0]).toBe(WHATSAPP_TEXTS.caption);
    expect(captioned.length).toBeGreaterThan(1);
    expect(captioned.join('\n')).not.toMatch(MEDIA);
  });

  it('keeps out of groups, statuses, channels and broadcasts, and never answers its own messages', async () => {
    const { world, channel } = await ready();
    const resident = person();
    const sent = world.sent.length;
    const ignored = ['120363041234567890@g.us', 'status@broadcast', '120363012345678901@newsletter', '1700000000@broadcast'];
    for (const from of ignored) world.receive(from, { body: 'Mijn buurvrouw heeft schulden en durft niets te zeggen', author: resident });
    // The phone's owner typing in a resident's chat: the library does not emit it, but if it did…
    world.emitRaw(world.receive(resident, { fromMe: true, body: 'Dit is een medewerker' }));
    await channel.idle();
    expect(world.sent.length).toBe(sent);
    for (const id of [...ignored, resident]) expect(await naast.core.runtime.exists('whatsapp', id)).toBe(false);
  });

  it('keeps each chat\'s replies in order when sends are slow', async () => {
    const { world, channel } = await ready();
    world.slowSends(15);
    const [a, b] = [person(), person()];
    for (const text of ['hallo', 'help', 'mens']) {
      world.say(a, text);
      world.say(b, text);
    }
    await channel.idle();
    for (const chat of [a, b]) {
      const texts = world.sentTo(chat);
      const order = [indexOf(texts, GREETING), indexOf(texts, HELP), indexOf(texts, HUMAN)];
      expect(order.every((i) => i >= 0), texts.join('\n---\n')).toBe(true);
      expect([...order].sort((x, y) => x - y)).toEqual(order);
    }
  });

  it('paces sends: one chat\'s messages and any two messages keep their distance', async () => {
    const pacing = { ...QUICK, perChatMs: 60, globalMs: 25 };
    const { world, channel } = await ready({ pacing });
    const [a, b] = [person(), person()];
    const later = (n: number) => [1, 2, 3].map((i) => ({ kind: 'text' as const, text: `Bericht ${n}.${i}` }));
    world.say(a, 'hallo');
    world.say(b, 'hallo');
    await Promise.all([channel.send(a, later(1)), channel.send(b, later(2))]);
    await channel.idle();
    const sends = world.sent.filter((s) => s.chatId === a || s.chatId === b);
    expect(sends.length).toBeGreaterThanOrEqual(8);
    const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);
    // A millisecond of slack for the clock between the pacer's check and the fake's note.
    expect(Math.min(...gaps(sends.map((s) => s.at)))).toBeGreaterThanOrEqual(pacing.globalMs - 1);
    for (const chat of [a, b]) expect(Math.min(...gaps(sends.filter((s) => s.chatId === chat).map((s) => s.at)))).toBeGreaterThanOrEqual(pacing.perChatMs - 1);
  });

  it('tries a send again after a dropped connection, and delivers every reply once, in order', async () => {
    const { world, channel } = await ready();
    const chat = person();
    world.failSends(2);
    const replies = await say(world, channel, chat, 'hallo');
    expect(replies.join('\n')).toMatch(GREETING);
    const attempts = world.attempts.filter((a) => a.chatId === chat);
    expect(attempts.filter((a) => a.failed)).toHaveLength(2);
    expect(attempts.length).toBe(replies.length + 2);
    expect(attempts[0]!.text).toBe(replies[0]);
    expect(new Set(replies).size).toBe(replies.length);
  });

  it('waits while WhatsApp Web is not connected and sends once it is again', async () => {
    const { world, channel } = await ready();
    const chat = person();
    world.dropConnection('TIMEOUT');
    const client = world.current!;
    const sending = channel.send(chat, [{ kind: 'text', text: 'Een ondersteuner heeft geantwoord.' }]);
    await world.waitFor(() => client.stateChecks >= 2, 'the channel to ask for the state again');
    expect(world.attempts.filter((a) => a.chatId === chat)).toEqual([]);
    world.reconnect();
    await sending;
    expect(world.sentTo(chat)).toEqual(['Een ondersteuner heeft geantwoord.']);
  });

  it('restarts the client after the browser crashes, and after the library disconnects, and talks again', async () => {
    const { world, channel } = await ready();
    const chat = person();
    await say(world, channel, chat, 'hallo');
    world.crash();
    await world.waitFor(() => world.clients.length === 2 && world.clients[1]!.ready, 'a second client, ready');
    expect(world.clients[0]!.destroyed).toBe(true);
    expect((await say(world, channel, chat, 'help')).join('\n')).toMatch(HELP);
    expect(world.sent.at(-1)!.client).toBe(2);

    world.disconnect('CONFLICT');
    await world.waitFor(() => world.clients.length === 3 && world.clients[2]!.ready, 'a third client, ready');
    expect((await say(world, channel, chat, 'mens')).join('\n')).toMatch(HUMAN);
    expect(world.sent.at(-1)!.client).toBe(3);
    const states = channel.status().events.map((e) => e.state);
    expect(states.filter((s) => s === 'restarting')).toHaveLength(2);
    expect(channel.status().events.find((e) => e.state === 'disconnected' && e.detail === 'CONFLICT')).toBeDefined();
  });

  it('shows a new QR code after the phone unlinks it, and talks again once scanned, with the same client', async () => {
    const { world, channel } = await ready();
    world.unlink();
    expect(channel.status().events.slice(0, 2).map((e) => e.state)).toEqual(['waiting-for-scan', 'logged-out']);
    world.scan();
    expect(channel.status().state).toBe('ready');
    expect((await say(world, channel, person(), 'hallo')).join('\n')).toMatch(GREETING);
    expect(world.clients).toHaveLength(1);
  });

  it('logs pairing, failed sends and restarts without phone numbers or what residents said', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    const world = new FakeWhatsApp();
    const channel = await open(world, { log });
    await world.waitFor(() => channel.status().state === 'waiting-for-scan', 'a QR code');
    world.scan();
    const chat = person();
    world.failSends(1);
    await say(world, channel, chat, 'Ik heb schulden bij de woningcorporatie');
    world.crash();
    await world.waitFor(() => world.clients.length === 2 && world.clients[1]!.ready, 'a second client, ready');
    const messages = lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    for (const expected of ['whatsapp waiting-for-scan', 'whatsapp paired', 'whatsapp ready', 'whatsapp send failed; trying again', 'whatsapp client restarting']) expect(messages).toContain(expected);
    const all = lines.join('\n');
    expect(all).not.toContain(chat.split('@')[0]);
    expect(all).not.toMatch(/schulden|woningcorporatie/);
  });

  it('refuses to start without a browser to run, naming the setting', async () => {
    const channel = createWhatsAppChannel({ chromium: '/nonexistent/chromium', sessionDir: '/nonexistent', store: naast.core.store, log: naast.core.log, accounts: naast.core.accounts, terminal: false });
    await expect(channel.start(async () => [])).rejects.toMatchObject({ name: 'ConfigError', variable: 'WHATSAPP_CHROMIUM' });
    await channel.stop();
  });

  it('answers messages that came while it was down after start-up, in order, once', async () => {
    const world = new FakeWhatsApp();
    const first = (await ready({}, world)).channel;
    const [known, fresh, handledByStaff] = [person(), person(), person()];
    await say(world, first, known, 'hallo');
    await first.stop();

    // Naast is down.
    world.say(known, 'help');
    world.say(known, 'mens');
    world.say(fresh, 'hallo');
    world.say(handledByStaff, 'hallo');
    world.receive(handledByStaff, { fromMe: true, body: 'Goedemiddag, ik help u verder.' });
    world.receive('120363041234567890@g.us', { body: 'help', author: fresh });
    world.receive('status@broadcast', { body: 'help', author: fresh });
    // WhatsApp Web delivers some of them live as well once ready: each must still count once.
    world.emitOfflineOnReady = true;
    const sent = world.sent.length;

    const second = (await ready({}, world)).channel;
    await second.idle();
    const texts = world.sentTo(known);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    const help = indexOf(texts, HELP);
    const human = indexOf(texts, HUMAN);
    expect(help).toBeGreaterThan(indexOf(texts, GREETING));
    expect(human).toBeGreaterThan(help);
    expect(texts.filter((t) => HELP.test(t))).toHaveLength(1);
    expect(texts.filter((t) => HUMAN.test(t))).toHaveLength(1);
    expect(world.sentTo(fresh).join('\n')).toMatch(GREETING);
    expect(world.sentTo(handledByStaff).filter((t) => GREETING.test(t))).toEqual([]);
    expect(world.sent.every((s, i) => i < sent || s.chatId === known || s.chatId === fresh)).toBe(true);

    // Another restart answers nothing again.
    const count = world.sent.length;
    await second.stop();
    const third = (await ready({}, world)).channel;
    await third.idle();
    expect(world.sent.length).toBe(count);
  });

  it('sends a message later by WhatsApp id, choices as a numbered list, and refuses what is not a person\'s chat', async () => {
    const { world, channel } = await ready();
    const chat = person();
    await channel.send(chat, [{ kind: 'choices', text: 'Een ondersteuner heeft geantwoord.', choices: [{ id: 'read', label: 'Lezen' }, { id: 'later', label: 'Later' }] }]);
    expect(world.sentTo(chat)).toEqual(['Een ondersteuner heeft geantwoord.\n1. Lezen\n2. Later']);
    await expect(channel.send('120363041234567890@g.us', [{ kind: 'text', text: 'x' }])).rejects.toBeInstanceOf(ChannelError);
    await expect(channel.send('status@broadcast', [{ kind: 'text', text: 'x' }])).rejects.toBeInstanceOf(ChannelError);
  });
});

describe('the WhatsApp pairing page', () => {
  let server: import('node:http').Server | undefined;
  /** An administrator's session, got through the admin API's login. */
  let admin = '';
  beforeAll(async () => {
    admin = await login(naast.url, ADMIN.email, ADMIN.password);
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** The channel's router on a web server of its own, as app.ts mounts it. */
  async function serve(channel: WhatsAppChannel): Promise<string> {
    const app = express();
    app.use(channel.router);
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/admin/whatsapp`;
  }

  it('shows the QR code as an image while waiting for a scan, then the state once ready; no scripts, never cached', async () => {
    const world = new FakeWhatsApp();
    const channel = await open(world);
    const url = await serve(channel);
    // Drawing the image is asynchronous and tells nobody: wait for it to be there.
    await vi.waitFor(() => expect(channel.status().qr).toBeDefined());
    let res = await fetch(url, { headers: { cookie: admin } });
    let html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('data-state="waiting-for-scan"');
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
    expect(html).toMatch(/<meta http-equiv="refresh" content="5">/);
    expect(html).not.toMatch(/<script|\sstyle=|\son\w+=/i);

    world.scan();
    res = await fetch(url, { headers: { cookie: admin } });
    html = await res.text();
    expect(html).toContain('data-state="ready"');
    expect(html).not.toContain('<img');
  });

  it('sends a browser without a session to the login page, and never caches the answer', async () => {
    const url = await serve(await open(new FakeWhatsApp()));
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/?next=%2Fadmin%2Fwhatsapp');
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Loopback is no longer enough, and the old basic-auth password opens nothing.
    const basic = `Basic ${Buffer.from(`beheer:${ADMIN.password}`).toString('base64')}`;
    expect((await fetch(url, { redirect: 'manual', headers: { authorization: basic } })).status).toBe(303);
  });

  it('shows the QR code to administrators only, not to other roles', async () => {
    const url = await serve(await open(new FakeWhatsApp()));
    const viewer = await invite(naast.url, admin, { email: 'kijker@haarlem.example', role: 'viewer' }, 'kijker wachtwoord 12');
    const refused = await fetch(url, { headers: { cookie: viewer.cookie } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toMatch(/<img|data-state/);
    expect((await fetch(url, { headers: { cookie: admin } })).status).toBe(200);
  });
});
