import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_TEXTS } from '../../channels/telegram.js';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';
import { startFakeTelegram, type BotMessage, type FakeTelegram } from '../fakes/telegram-bot-api.js';

const REFERENCE = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;
/** What a resident in a hurry answers, step by step (as in the chat API's test). */
const ANSWERS = ['3', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', '06 12345678'];

async function start(env: Record<string, string>, smtp: FakeSmtp): Promise<RunningNaast> {
  const dataDir = await mkdtemp(join(tmpdir(), 'naast-telegram-'));
  return startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, LOG_LEVEL: 'silent', ...env }));
}

describe('the Telegram channel, long polling against a fake Bot API server', () => {
  let telegram: FakeTelegram;
  let smtp: FakeSmtp;
  let naast: RunningNaast;
  let nextChat = 5000;

  /** A resident's turn: what the bot sent back once it handled the update. */
  async function turn(chat: number, send: () => number): Promise<BotMessage[]> {
    const before = telegram.sent(chat).length;
    await telegram.handled(send());
    return telegram.sent(chat).slice(before);
  }
  const say = (chat: number, text: string) => turn(chat, () => telegram.say(chat, text));
  const textOf = (messages: BotMessage[]) => messages.map((m) => m.text).join('\n');
  const keyboardOf = (messages: BotMessage[]) => messages.at(-1)?.reply_markup?.inline_keyboard.flat() ?? [];

  beforeAll(async () => {
    telegram = await startFakeTelegram();
    smtp = await startFakeSmtp();
    naast = await start({ TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.url }, smtp);
  });
  afterAll(async () => {
    await naast?.stop();
    await telegram?.close();
    await smtp?.close();
  });

  it('starts with its commands registered in Dutch and English, and says so on /healthz', async () => {
    const commands = telegram.calls.filter((c) => c.method === 'setMyCommands');
    expect(commands.map((c) => c.body.language_code)).toEqual(expect.arrayContaining(['nl', 'en']));
    for (const c of commands) {
      const names = (c.body.commands as { command: string }[]).map((x) => x.command);
      expect(names).toEqual(['start', 'help', 'status', 'stop', c.body.language_code === 'en' ? 'erase' : 'verwijder']);
    }
    expect(await (await fetch(`${naast.url}/healthz`)).json()).toMatchObject({ channels: ['webchat', 'telegram'] });
  });

  it('answers "hallo" with the greeting, showing "typing…" first', async () => {
    const chat = nextChat++;
    const replies = await say(chat, 'hallo');
    expect(textOf(replies)).toContain('Naast');
    const typing = telegram.calls.findIndex((c) => c.method === 'sendChatAction' && c.body.chat_id === String(chat));
    const first = telegram.calls.findIndex((c) => c.method === 'sendMessage' && c.body.chat_id === String(chat));
    expect(typing).toBeGreaterThanOrEqual(0);
    expect(typing).toBeLessThan(first);
  });

  it('completes an intake by typing, to a reference and the case in the organisation\'s mailbox', async () => {
    const chat = nextChat++;
    await say(chat, '/start');
    let replies = await say(chat, 'Mijn moeder kan de trap niet meer op en heeft hulp nodig in huis.');
    for (const answer of ANSWERS) {
      if (REFERENCE.test(textOf(replies))) break;
      replies = await say(chat, answer);
    }
    const reference = textOf(replies).match(REFERENCE)?.[0];
    expect(reference, textOf(replies)).toBeDefined();
    const mail = await smtp.waitFor((m) => (m.subject ?? '').includes(reference!));
    expect(mail.text).toContain('Mijn moeder kan de trap niet meer op');

    // The supporter accepts: the resident hears it in Telegram, unasked.
    const link = (mail.text ?? '').match(/https?:\/\/\S+\/h\/[A-Za-z0-9_-]+/)![0].replace(/^https?:\/\/[^/]+/, naast.url);
    expect((await fetch(`${link}/accept`, { method: 'POST', redirect: 'manual' })).status).toBe(303);
    const told = await telegram.waitForCall((c) => c.method === 'sendMessage' && c.body.chat_id === String(chat) && /Goed nieuws/.test(String(c.body.text)));
    expect(String(told.body.text)).toContain(reference!);
  });

  it('completes an intake by buttons: choices come as an inline keyboard and a tap answers once', async () => {
    const chat = nextChat++;
    await say(chat, '/start campagne-bibliotheek');
    let replies = await say(chat, 'Ik heb schulden en de deurwaarder komt steeds langs.');
    let taps = 0;
    for (const answer of ANSWERS) {
      if (REFERENCE.test(textOf(replies))) break;
      const buttons = keyboardOf(replies);
      if (buttons.length === 0) {
        replies = await say(chat, answer);
        continue;
      }
      const wanted = /^\d+$/.test(answer) ? buttons[Number(answer) - 1] : buttons.find((b) => b.text.toLowerCase().startsWith(answer.toLowerCase()));
      const button = wanted ?? buttons[0]!;
      expect(button.callback_data.length).toBeLessThanOrEqual(64);
      const message = replies.at(-1)!;
      replies = await turn(chat, () => telegram.tap(chat, message, button.callback_data));
      taps++;
      // The keyboard is taken off the message that was answered.
      expect(telegram.sent(chat).find((m) => m.message_id === message.message_id)?.reply_markup).toBeUndefined();
    }
    expect(taps).toBeGreaterThanOrEqual(3);
    expect(textOf(replies)).toMatch(REFERENCE);
    expect(telegram.calls.filter((c) => c.method === 'answerCallbackQuery' && !c.body.text)).toHaveLength(taps);
  });

  it('answers a tap on an old or forged button kindly, and the dialog does not move', async () => {
    const chat = nextChat++;
    await say(chat, 'hallo');
    const question = await say(chat, 'Ik zoek hulp bij het invullen van formulieren voor de huurtoeslag.');
    const button = keyboardOf(question)[0]!;
    const message = question.at(-1)!;
    await turn(chat, () => telegram.tap(chat, message, button.callback_data));
    for (const data of [button.callback_data, 'AAAAAAAA:0', 'not-ours']) {
      const replies = await turn(chat, () => telegram.tap(chat, message, data));
      expect(replies).toEqual([]);
      const answer = telegram.calls.filter((c) => c.method === 'answerCallbackQuery').at(-1)!;
      expect(answer.body).toMatchObject({ text: TELEGRAM_TEXTS.stale, show_alert: true });
    }
  });

  it('answers a voice note, a photo with and without words, a sticker, a location and an edit, never with silence', async () => {
    const chat = nextChat++;
    await say(chat, 'hallo');
    const voice = await turn(chat, () => telegram.send(chat, { voice: { file_id: 'v1', file_unique_id: 'v1', duration: 4 } }));
    expect(textOf(voice)).toMatch(/spraakbericht/i);
    const photo = await turn(chat, () => telegram.send(chat, { photo: [{ file_id: 'p1', file_unique_id: 'p1', width: 9, height: 9 }] }));
    expect(textOf(photo)).toMatch(/foto/i);
    const sticker = await turn(chat, () => telegram.send(chat, { sticker: { file_id: 's1', file_unique_id: 's1', type: 'regular', width: 9, height: 9, is_animated: false, is_video: false } }));
    expect(sticker.length).toBeGreaterThan(0);
    const location = await turn(chat, () => telegram.send(chat, { location: { latitude: 52.38, longitude: 4.64 } }));
    expect(location.length).toBeGreaterThan(0);
    const captioned = await turn(chat, () =>
      telegram.send(chat, { photo: [{ file_id: 'p2', file_unique_id: 'p2', width: 9, height: 9 }], caption: 'Deze brief van de gemeente snap ik niet, het gaat over mijn bijstand' }),
    );
    expect(captioned[0]!.text).toBe(TELEGRAM_TEXTS.caption);
    expect(captioned.length).toBeGreaterThan(1);
    const edited = await turn(chat, () => telegram.send(chat, { text: 'iets anders' }, { edited: true }));
    expect(textOf(edited)).toBe(TELEGRAM_TEXTS.edited);
  });

  it('does not talk in a group: it says why once and leaves', async () => {
    const group = -100_200_300;
    await turn(group, () => telegram.send(group, { text: 'Mijn buurvrouw heeft schulden' }, { chatType: 'supergroup' }));
    expect(telegram.sent(group).map((m) => m.text)).toEqual([TELEGRAM_TEXTS.group]);
    expect(telegram.calls.some((c) => c.method === 'leaveChat' && Number(c.body.chat_id) === group)).toBe(true);
    const added = await turn(-100_200_301, () =>
      telegram.push({
        my_chat_member: {
          chat: { id: -100_200_301, type: 'group', title: 'Buurt' },
          from: { id: 1, is_bot: false, first_name: 'A' },
          date: 1,
          old_chat_member: { status: 'left', user: { id: 777000111, is_bot: true, first_name: 'Naast' } },
          new_chat_member: { status: 'member', user: { id: 777000111, is_bot: true, first_name: 'Naast' } },
        },
      }),
    );
    expect(added.map((m) => m.text)).toEqual([TELEGRAM_TEXTS.group]);
  });

  it('waits out a 429 with retry_after and still delivers every reply, in order', async () => {
    const chat = nextChat++;
    telegram.failNext('sendMessage', 1);
    const replies = await say(chat, 'hallo');
    expect(textOf(replies)).toContain('Naast');
    const sends = telegram.calls.filter((c) => c.method === 'sendMessage' && c.body.chat_id === String(chat));
    // The refused first send was tried again: one more call than messages delivered.
    expect(sends.length).toBe(replies.length + 1);
    expect(sends[0]!.body.text).toBe(sends[1]!.body.text);
  });

  it('sends a message later, outside a reply, by chat id', async () => {
    const chat = nextChat++;
    const adapter = naast.adapters.find((a) => a.id === 'telegram')!;
    await adapter.send(String(chat), [{ kind: 'choices', text: 'Een supporter heeft geantwoord.', choices: [{ id: 'read', label: 'Lezen' }] }]);
    expect(telegram.sent(chat).map((m) => m.text)).toEqual(['Een supporter heeft geantwoord.']);
    const [message] = telegram.sent(chat);
    const data = keyboardOf([message!])[0]!.callback_data;
    // The first tap counts (here it opens a conversation); the second is stale even though no new buttons came.
    expect((await turn(chat, () => telegram.tap(chat, message!, data))).length).toBeGreaterThan(0);
    expect(keyboardOf(telegram.sent(chat).slice(1))).toEqual([]);
    expect(await turn(chat, () => telegram.tap(chat, message!, data))).toEqual([]);
    expect(telegram.calls.filter((c) => c.method === 'answerCallbackQuery').at(-1)!.body).toMatchObject({ text: TELEGRAM_TEXTS.stale });
  });
});

describe('the Telegram channel in webhook mode', () => {
  let telegram: FakeTelegram;
  let smtp: FakeSmtp;
  let naast: RunningNaast;
  let secret: string;
  const hook = () => `${naast.url}/telegram/webhook`;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(hook(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const update = (chat: number, text: string, id: number) =>
    JSON.stringify({ update_id: id, message: { message_id: id, date: 1_700_000_000, chat: { id: chat, type: 'private' }, from: { id: chat, is_bot: false, first_name: 'I' }, text } });

  beforeAll(async () => {
    telegram = await startFakeTelegram();
    smtp = await startFakeSmtp();
    naast = await start({ TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.url, TELEGRAM_WEBHOOK_URL: 'https://naast.example.org/telegram/webhook' }, smtp);
    const set = telegram.calls.find((c) => c.method === 'setWebhook')!;
    expect(set.body.url).toBe('https://naast.example.org/telegram/webhook');
    secret = String(set.body.secret_token);
  });
  afterAll(async () => {
    await naast?.stop();
    await telegram?.close();
    await smtp?.close();
  });

  it('registers the webhook with a secret token and does not poll', () => {
    expect(secret).toMatch(/^[A-Za-z0-9_-]{16,256}$/);
    expect(telegram.calls.some((c) => c.method === 'getUpdates')).toBe(false);
  });

  it('refuses a request without the right secret before it reaches the core', async () => {
    const calls = telegram.calls.length;
    expect((await post(update(61, 'hallo', 1))).status).toBe(401);
    expect((await post(update(61, 'hallo', 2), { 'x-telegram-bot-api-secret-token': 'wrong-secret-token-000' })).status).toBe(401);
    expect(telegram.calls.length).toBe(calls);
    expect(await naast.core.runtime.exists('telegram', '61')).toBe(false);
  });

  it('refuses a malformed update with 400', async () => {
    const headers = { 'x-telegram-bot-api-secret-token': secret };
    expect((await post('{"update_id": "x"}', headers)).status).toBe(400);
    expect((await post('not json', headers)).status).toBe(400);
  });

  it('answers a resident through the webhook', async () => {
    const res = await post(update(62, 'hallo', 3), { 'x-telegram-bot-api-secret-token': secret });
    expect(res.status).toBe(200);
    expect(telegram.sent(62).map((m) => m.text).join('\n')).toContain('Naast');
  });
});
