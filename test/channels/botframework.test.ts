import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppCredentials, AuthenticationConstants } from 'botframework-connector';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBotFrameworkChannel } from '../../channels/botframework.js';
import type { Channel } from '../../channels/channel.js';
import { createCore, startNaast, type Core, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startFakeConnector, type FakeConnector, type ReceivedActivity } from '../fakes/botframework-connector.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';

const REFERENCE = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;
const WORDS = 'Mijn moeder kan de trap niet meer op en heeft hulp nodig in huis.';
const BOT = { id: 'bot-naast', name: 'Naast' };
const USER = { id: 'user-1', name: 'Inwoner' };

let seq = 0;
/** An activity as the Emulator (or the Bot Service) posts it; `over` replaces fields. */
function activity(serviceUrl: string, conversation: string, over: Record<string, unknown> = {}): Record<string, unknown> & { id: string } {
  return { type: 'message', id: `act-${++seq}`, channelId: 'emulator', serviceUrl, conversation: { id: conversation }, from: USER, recipient: BOT, locale: 'nl-NL', ...over };
}

async function post(base: string, body: unknown, opts: { raw?: string; authorization?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.authorization) headers.authorization = opts.authorization;
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers, body: opts.raw ?? JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, json: (text ? JSON.parse(text) : undefined) as { error?: string } | undefined };
}

const messagesTo = (activities: ReceivedActivity[], id: string) => activities.filter((r) => r.replyTo === id && r.activity.type === 'message');

describe('the Bot Framework channel without an app id (the Emulator on loopback)', () => {
  let naast: RunningNaast;
  let smtp: FakeSmtp;
  let connector: FakeConnector;

  /** Sends one message and waits until the first reply to it arrives; later replies of the turn follow in order. */
  async function say(conversation: string, text: string): Promise<string> {
    const a = activity(connector.serviceUrl, conversation, { text });
    expect((await post(naast.url, a)).status).toBe(200);
    await connector.waitFor(conversation, (all) => messagesTo(all, a.id).length > 0);
    return a.id;
  }
  const textsOf = (conversation: string) => connector.of(conversation).map((r) => r.activity.text ?? '');

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    connector = await startFakeConnector();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-bf-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, LOG_LEVEL: 'silent', BOTFRAMEWORK: '1' }));
  });
  afterAll(async () => {
    await naast?.stop();
    await connector?.close();
    await smtp?.close();
  });

  it('is listed in health', async () => {
    expect(await (await fetch(`${naast.url}/healthz`)).json()).toEqual({ status: 'ok', channels: ['webchat', 'botframework'] });
  });

  it('greets once when the resident joins, however often the update comes', async () => {
    const conversation = 'conv-greet';
    const members = { membersAdded: [USER, BOT] };
    const botOnly = activity(connector.serviceUrl, conversation, { type: 'conversationUpdate', membersAdded: [BOT] });
    const first = activity(connector.serviceUrl, conversation, { type: 'conversationUpdate', ...members });
    const second = activity(connector.serviceUrl, conversation, { type: 'conversationUpdate', ...members });
    for (const a of [botOnly, first, second]) expect((await post(naast.url, a)).status).toBe(200);
    // Activities of one conversation are handled in order: once 'hallo' is answered, the updates are done.
    await say(conversation, 'hallo');
    const all = connector.of(conversation);
    expect(messagesTo(all, first.id).map((r) => r.activity.text).join('\n')).toContain('Naast');
    expect(all.filter((r) => r.replyTo === second.id || r.replyTo === botOnly.id)).toEqual([]);
  });

  it('runs a whole intake to a reference, and the case reaches the organisation by e-mail', async () => {
    const conversation = 'conv-intake';
    const answers = [WORDS, '3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '06 12345678'];
    for (const text of answers) {
      await say(conversation, text);
      if (textsOf(conversation).some((t) => REFERENCE.test(t))) break;
    }
    const all = await connector.waitFor(conversation, (acts) => acts.some((r) => REFERENCE.test(r.activity.text ?? '')));
    const reference = all.map((r) => r.activity.text ?? '').join('\n').match(REFERENCE)![0];
    const mail = await smtp.waitFor((m) => (m.subject ?? '').includes(reference));
    expect(mail.text).toContain(WORDS);
  });

  it('sends typing first, then replies to the activity with the conversation reference, anonymously', async () => {
    const conversation = 'conv-reply';
    const id = await say(conversation, WORDS);
    const all = await connector.waitFor(conversation, (acts) => acts.some((r) => r.replyTo === id && r.activity.suggestedActions));
    const toIt = all.filter((r) => r.replyTo === id);
    expect(toIt[0]!.activity.type).toBe('typing');
    for (const r of toIt) {
      expect(r.activity.replyToId).toBe(id);
      expect(r.activity.conversation).toMatchObject({ id: conversation });
      expect(r.activity.from).toMatchObject({ id: BOT.id });
      expect(r.activity.recipient).toMatchObject({ id: USER.id });
      expect(r.authorization).toBeUndefined();
    }
  });

  it('offers choices as suggested actions and as a numbered list in the text', async () => {
    const conversation = 'conv-choices';
    const id = await say(conversation, WORDS);
    const all = await connector.waitFor(conversation, (acts) => acts.some((r) => r.replyTo === id && r.activity.suggestedActions));
    const withChoices = all.find((r) => r.replyTo === id && r.activity.suggestedActions)!.activity;
    const actions = withChoices.suggestedActions!.actions;
    expect(actions.length).toBeGreaterThan(1);
    expect(actions.map((x) => x.title)).toContain('Voor mij');
    actions.forEach((x, i) => {
      expect(x).toMatchObject({ type: 'imBack', value: x.title });
      expect(withChoices.text).toContain(`${i + 1}. ${x.title}`);
    });
    // Tapping one sends its label back as text, which the core takes as the choice.
    const next = await say(conversation, 'Voor mij');
    const after = await connector.waitFor(conversation, (acts) => acts.some((r) => r.replyTo === next && r.activity.suggestedActions));
    expect(after.find((r) => r.replyTo === next && r.activity.suggestedActions)!.activity.text).toMatch(/Hoe snel/);
  });

  it('answers a photo without text, and ignores typing from the resident', async () => {
    const conversation = 'conv-media';
    const typing = activity(connector.serviceUrl, conversation, { type: 'typing' });
    expect((await post(naast.url, typing)).status).toBe(200);
    const photo = activity(connector.serviceUrl, conversation, { attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/p.png' }] });
    expect((await post(naast.url, photo)).status).toBe(200);
    const all = await connector.waitFor(conversation, (acts) => messagesTo(acts, photo.id).length > 0);
    expect(messagesTo(all, photo.id)[0]!.activity.text).toBeTruthy();
    expect(all.filter((r) => r.replyTo === typing.id)).toEqual([]);
  });

  it('refuses a serviceUrl off loopback with 401 and calls no one', async () => {
    const conversation = 'conv-remote';
    const res = await post(naast.url, activity('https://smba.trafficmanager.net/emea/', conversation, { text: 'hallo' }));
    expect(res.status).toBe(401);
    expect(res.json?.error).toBeTruthy();
    expect(connector.of(conversation)).toEqual([]);
    // Nothing reached the core or the store: there is no reference to send to.
    const adapter = naast.adapters.find((a) => a.id === 'botframework')!;
    await expect(adapter.send(conversation, [{ kind: 'text', text: 'x' }])).rejects.toThrow(/no conversation reference/);
  });

  it.each([
    ['invalid JSON', '{"type": "message", '],
    ['an array', '[]'],
    ['no conversation', JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/', from: USER, recipient: BOT, text: 'hoi' })],
    ['no serviceUrl', JSON.stringify({ type: 'message', channelId: 'emulator', conversation: { id: 'c' }, from: USER, recipient: BOT, text: 'hoi' })],
    ['no from', JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'c' }, recipient: BOT, text: 'hoi' })],
    ['a serviceUrl that is not http', JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: 'file:///etc/passwd', conversation: { id: 'c' }, from: USER, recipient: BOT })],
    ['a conversation id of the wrong type', JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 42 }, from: USER, recipient: BOT })],
  ])('answers 400 with a short error for %s', async (_name, raw) => {
    const res = await post(naast.url, undefined, { raw });
    expect(res.status).toBe(400);
    expect(typeof res.json?.error).toBe('string');
    expect(res.text).not.toMatch(/at .*\.[jt]s:\d+/);
  });

  it('sends a proactive message into a known conversation, and refuses an unknown one', async () => {
    const conversation = 'conv-proactive';
    await say(conversation, 'hallo');
    const adapter = naast.adapters.find((a) => a.id === 'botframework')!;
    await adapter.send(conversation, [{ kind: 'text', text: 'Je ondersteuner heeft gereageerd.' }]);
    const all = await connector.waitFor(conversation, (acts) => acts.some((r) => r.activity.text === 'Je ondersteuner heeft gereageerd.'));
    const sent = all.find((r) => r.activity.text === 'Je ondersteuner heeft gereageerd.')!;
    expect(sent.replyTo).toBeUndefined();
    expect(sent.activity.recipient).toMatchObject({ id: USER.id });
    await expect(adapter.send('conv-never-seen', [{ kind: 'text', text: 'x' }])).rejects.toThrow(/no conversation reference/);
  });
});

describe('the Bot Framework channel with an app id', () => {
  const APP_ID = '00000000-aaaa-bbbb-cccc-000000000001';
  const OUTBOUND_TOKEN = 'token-from-the-login-service';
  let core: Core;
  let connector: FakeConnector;
  let channel: Channel;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    connector = await startFakeConnector();
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-bf-auth-'));
    core = await createCore(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    // The real adapter on the real runtime and store; only the signing keys come from the fake.
    channel = createBotFrameworkChannel({ appId: APP_ID, appPassword: 'app-secret', store: core.store, log: core.log, openIdMetadataUrl: connector.openIdMetadataUrl });
    const app = express();
    app.use(channel.router!);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await channel.start((inbound) => core.runtime.handle(inbound));
    // Outbound calls carry a token MSAL gets from login.microsoftonline.com, which this machine cannot
    // reach and MSAL only calls over https. The library keeps tokens in a static cache keyed by app id and
    // scope (AppCredentials.getToken); a token put there is used as if MSAL had just fetched it.
    const cache = (AppCredentials as unknown as { cache: Map<string, { accessToken: string; expiresOn: Date }> }).cache;
    cache.set(`${APP_ID}${AuthenticationConstants.ToChannelFromBotOAuthScope}-cache`, { accessToken: OUTBOUND_TOKEN, expiresOn: new Date(Date.now() + 3_600_000) });
    // The library's token extractor prints refused tokens (and the public keys) with console.error.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await channel?.stop();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await core?.stop();
    await connector?.close();
  });

  const teams = (conversation: string, over: Record<string, unknown> = {}) =>
    activity(connector.serviceUrl, conversation, { channelId: 'msteams', text: 'hallo', ...over });

  it('accepts a valid channel token and replies with the bot\'s own token', async () => {
    const conversation = 'auth-good';
    const a = teams(conversation);
    const token = await connector.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl });
    expect((await post(base, a, { authorization: `Bearer ${token}` })).status).toBe(200);
    const all = await connector.waitFor(conversation, (acts) => messagesTo(acts, a.id).length > 0);
    expect(all.every((r) => r.authorization === `Bearer ${OUTBOUND_TOKEN}`)).toBe(true);
    expect(messagesTo(all, a.id)[0]!.activity.text).toContain('Naast');
  });

  it.each([
    ['no Authorization header', async () => undefined],
    ['an expired token', async () => `Bearer ${await connector.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl, exp: Math.floor(Date.now() / 1000) - 3600 })}`],
    ['a token for another bot', async () => `Bearer ${await connector.signToken({ aud: 'another-app-id', serviceurl: connector.serviceUrl })}`],
    ['a token signed with another key', async () => `Bearer ${await connector.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl }, { forgedKey: true })}`],
    ['a token from another issuer', async () => `Bearer ${await connector.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl, iss: 'https://evil.example' })}`],
    ['a token for another serviceUrl', async () => `Bearer ${await connector.signToken({ aud: APP_ID, serviceurl: 'https://smba.trafficmanager.net/emea/' })}`],
    ['a token that is not a JWT', async () => 'Bearer not-a-jwt'],
  ])('answers 401 to %s, and nothing reaches the core or the connector', async (name, authorization) => {
    const conversation = `auth-bad-${name.replace(/\W+/g, '-')}`;
    const header = await authorization();
    const res = await post(base, teams(conversation), header ? { authorization: header } : {});
    expect(res.status).toBe(401);
    expect(res.json?.error).toBeTruthy();
    expect(connector.of(conversation)).toEqual([]);
    expect(await core.store.get('addresses', `botframework:${conversation}`)).toBeUndefined();
    expect(await core.store.get('conversations', `botframework:${conversation}`)).toBeUndefined();
  });

  it('answers 401 to a channel the signing key does not endorse', async () => {
    const conversation = 'auth-unendorsed';
    const token = await connector.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl });
    const res = await post(base, teams(conversation, { channelId: 'skype' }), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(connector.of(conversation)).toEqual([]);
  });

  it('is switched on by MICROSOFT_APP_ID and then refuses requests without a token', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-bf-appid-'));
    const naast = await startNaast(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'app-secret' }),
    );
    try {
      expect(naast.channels).toContain('botframework');
      // A loopback serviceUrl is no excuse once there is an app id.
      const res = await post(naast.url, activity(connector.serviceUrl, 'appid-no-token'));
      expect(res.status).toBe(401);
      expect(connector.of('appid-no-token')).toEqual([]);
    } finally {
      await naast.stop();
    }
  });
});
