import { randomBytes, timingSafeEqual } from 'node:crypto';
import { autoRetry } from '@grammyjs/auto-retry';
import express, { type Router } from 'express';
import { Bot, GrammyError, webhookCallback, type Context } from 'grammy';
import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import type { Choice, Inbound, Outbound } from '../src/core/messages.js';
import { ConfigError } from '../src/config.js';
import type { Logger } from '../src/log.js';
import type { Store } from '../src/store/store.js';
import { createKeyedQueue } from '../src/util/keyed-queue.js';
import { CHANNEL_TEXTS, splitText, type Channel, type Handler } from './channel.js';
import { webhookLimiter } from './rate-limits.js';

/** Telegram refuses longer messages. */
export const TELEGRAM_LIMIT = 4096;
const UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/** What only this channel says; the dialog's own texts come from the dialog files. */
export const TELEGRAM_TEXTS = {
  edited:
    'Je hebt een bericht aangepast. Ik lees alleen nieuwe berichten: stuur je aanpassing als nieuw bericht.\n\n' +
    'You edited a message. I only read new messages: please send your change as a new message.',
  stale: 'Deze knop is niet meer geldig. Kies in het laatste bericht, of typ je antwoord. / This button has expired: use the latest message or type your answer.',
  group:
    'Naast praat alleen in een privégesprek, want het gaat over persoonlijke zaken. Stuur mij een privébericht. Ik ga nu uit deze groep.\n\n' +
    'Naast only talks in private chats, because questions are personal. Send me a private message. I am leaving this group now.',
  caption: CHANNEL_TEXTS.caption,
};

const COMMANDS = {
  nl: [
    { command: 'start', description: 'Begin een gesprek' },
    { command: 'help', description: 'Wat kan ik typen?' },
    { command: 'status', description: 'Hoe staat mijn aanvraag ervoor?' },
    { command: 'stop', description: 'Stop het gesprek' },
    { command: 'verwijder', description: 'Wis al mijn gegevens' },
  ],
  en: [
    { command: 'start', description: 'Start a conversation' },
    { command: 'help', description: 'What can I type?' },
    { command: 'status', description: 'What is the state of my request?' },
    { command: 'stop', description: 'End the conversation' },
    { command: 'erase', description: 'Delete all my data' },
  ],
};

/** The buttons last shown in a chat: a tap counts once, and only on the newest keyboard. */
interface TelegramAddress {
  id: string;
  keyboard?: { nonce: string; choices: string[] };
}

export interface TelegramOptions {
  token: string;
  /** Another Bot API server (a self-hosted one, or a test's fake). */
  apiRoot?: string;
  /** Webhook mode instead of long polling. */
  webhook?: { url: string; secret: string };
  store: Store;
  log: Logger;
}

/** Callback data: `<nonce>:<index>`, at most 11 bytes of Telegram's 64. */
const CALLBACK = /^([A-Za-z0-9_-]{8}):(\d{1,2})$/;

/** The kind of media a message carries, or undefined for text and service messages. */
function mediaOf(m: Message): Extract<Inbound, { kind: 'media' }>['media'] | undefined {
  if (m.voice || m.audio || m.video_note) return 'voice';
  if (m.photo || m.video || m.animation) return 'image';
  if (m.document) return 'file';
  if (m.sticker || m.location || m.venue || m.contact || m.poll || m.dice || m.game || m.story) return 'other';
  return undefined;
}

/**
 * The Telegram channel (grammy): long polling, or a webhook on our own server with Telegram's
 * secret-token header checked. Choices become an inline keyboard; everything a resident can send
 * gets an answer.
 */
export function createTelegramChannel(opts: TelegramOptions): Channel {
  const { store, log } = opts;
  const bot = new Bot(opts.token, opts.apiRoot ? { client: { apiRoot: opts.apiRoot } } : undefined);
  // Flood limits: wait out a 429's retry_after (and brief server errors) instead of dropping a reply.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));

  let handle: Handler | undefined;
  let polling: Promise<void> | undefined;
  // A chat's jobs run one after the other, so its replies never overtake each other.
  const queue = createKeyedQueue();
  const inOrder = <T>(chat: string, job: () => Promise<T>): Promise<T> => queue.run(chat, job);

  const addressId = (chat: string) => `telegram:${chat}`;

  async function keyboardFor(chat: string, choices: Choice[]): Promise<InlineKeyboardMarkup> {
    const nonce = randomBytes(6).toString('base64url');
    await store.put<TelegramAddress>('addresses', { id: addressId(chat), keyboard: { nonce, choices: choices.map((c) => c.id) } });
    return { inline_keyboard: choices.map((c, i) => [{ text: c.label, callback_data: `${nonce}:${i}` }]) };
  }

  async function sendReplies(chat: string, replies: Outbound[]): Promise<void> {
    for (const reply of replies) {
      const parts = splitText(reply.text.trim() || '…', TELEGRAM_LIMIT);
      for (const [i, part] of parts.entries()) {
        const last = i === parts.length - 1;
        const reply_markup = last && reply.kind === 'choices' && reply.choices.length > 0 ? await keyboardFor(chat, reply.choices) : undefined;
        await bot.api.sendMessage(chat, part, reply_markup ? { reply_markup } : {});
      }
    }
  }

  /** One resident message through the core, with "typing…" shown while it works. */
  async function converse(chat: string, inbound: Inbound, before: string[] = []): Promise<void> {
    if (!handle) throw new Error('telegram channel not started');
    await bot.api.sendChatAction(chat, 'typing').catch(() => undefined);
    const replies = await handle(inbound);
    await sendReplies(chat, [...before.map((text): Outbound => ({ kind: 'text', text })), ...replies]);
  }

  /** Personal matters stay out of groups: say so once, and leave. */
  async function leaveGroup(ctx: Context): Promise<void> {
    const chat = ctx.chat!.id;
    await bot.api.sendMessage(chat, TELEGRAM_TEXTS.group).catch(() => undefined);
    await bot.api.leaveChat(chat).catch(() => undefined);
  }

  bot.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (ctx.chat.type !== 'private' && (status === 'member' || status === 'administrator')) await leaveGroup(ctx);
  });

  bot.on('message', async (ctx) => {
    if (ctx.chat.type !== 'private') return leaveGroup(ctx);
    const chat = String(ctx.chat.id);
    const m = ctx.message;
    const at = new Date(m.date * 1000);
    const base = { channel: 'telegram' as const, user: chat, at };
    const media = mediaOf(m);
    if (m.text !== undefined) {
      // "/start <payload>" from a deep link: the payload says nothing the intake needs.
      const text = /^\/start(@\w+)?(\s|$)/.test(m.text) ? '/start' : m.text;
      await inOrder(chat, () => converse(chat, { ...base, kind: 'text', text }));
    } else if (media && m.caption?.trim()) {
      await inOrder(chat, () => converse(chat, { ...base, kind: 'text', text: m.caption! }, [TELEGRAM_TEXTS.caption]));
    } else if (media) {
      await inOrder(chat, () => converse(chat, { ...base, kind: 'media', media }));
    }
    // Service messages (pins, a changed timer, …) are not the resident talking.
  });

  bot.on('edited_message', async (ctx) => {
    if (ctx.chat.type !== 'private') return;
    const chat = String(ctx.chat.id);
    await inOrder(chat, () => sendReplies(chat, [{ kind: 'text', text: TELEGRAM_TEXTS.edited }]));
  });

  bot.on('callback_query:data', async (ctx) => {
    const chatId = ctx.callbackQuery.message?.chat.id;
    if (chatId === undefined || ctx.callbackQuery.message?.chat.type !== 'private') {
      await ctx.answerCallbackQuery({ text: TELEGRAM_TEXTS.stale });
      return;
    }
    const chat = String(chatId);
    await inOrder(chat, async () => {
      const match = CALLBACK.exec(ctx.callbackQuery.data);
      const stored = await store.get<TelegramAddress>('addresses', addressId(chat));
      const keyboard = stored?.keyboard;
      const choice = match && keyboard && keyboard.nonce === match[1] ? keyboard.choices[Number(match[2])] : undefined;
      if (choice === undefined) {
        await ctx.answerCallbackQuery({ text: TELEGRAM_TEXTS.stale, show_alert: true });
        return;
      }
      // A tap counts once: the keyboard is spent before the core sees the choice.
      await store.put<TelegramAddress>('addresses', { id: addressId(chat) });
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
      await converse(chat, { kind: 'choice', channel: 'telegram', user: chat, choice, at: new Date() });
    });
  });

  bot.catch((err) => {
    // Never the update itself: it holds the resident's words.
    const e = err.error as { name?: string; message?: string; error_code?: number };
    log.error({ channel: 'telegram', update: err.ctx.update.update_id, err: { type: e?.name, code: e?.error_code, message: e?.message } }, 'telegram update failed');
  });

  async function setCommands(): Promise<void> {
    await bot.api.setMyCommands(COMMANDS.nl);
    await bot.api.setMyCommands(COMMANDS.nl, { language_code: 'nl' });
    await bot.api.setMyCommands(COMMANDS.en, { language_code: 'en' });
  }

  let router: Router | undefined;
  if (opts.webhook) {
    const { secret } = opts.webhook;
    const path = new URL(opts.webhook.url).pathname;
    const callback = webhookCallback(bot, 'express', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 25_000 });
    const expected = Buffer.from(secret);
    router = express.Router();
    router.post(
      path,
      // A flood is turned away before the secret is even compared.
      webhookLimiter('telegram'),
      (req, res, next) => {
        // Checked before anything is parsed or reaches grammy: no secret, no work.
        const given = Buffer.from(req.get('x-telegram-bot-api-secret-token') ?? '');
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          res.status(401).json({ error: 'wrong secret token' });
          return;
        }
        next();
      },
      express.json({ limit: '1mb' }),
      (req, res, next) => {
        const body = req.body as { update_id?: unknown } | undefined;
        if (!body || typeof body !== 'object' || !Number.isSafeInteger(body.update_id)) {
          res.status(400).json({ error: 'not a Telegram update' });
          return;
        }
        callback(req, res).catch(next);
      },
    );
  }

  return {
    id: 'telegram',
    router,
    async start(h) {
      handle = h;
      try {
        await bot.init();
      } catch (err) {
        // The two things an administrator can get wrong, named as settings rather than a stack trace.
        if (err instanceof GrammyError) throw new ConfigError('TELEGRAM_BOT_TOKEN', `Telegram did not accept it (${err.error_code} ${err.description})`);
        throw new ConfigError('TELEGRAM_API_ROOT', `cannot reach the Telegram Bot API at ${opts.apiRoot ?? 'https://api.telegram.org'} (${(err as Error).message})`);
      }
      await setCommands();
      if (opts.webhook) {
        await bot.api.setWebhook(opts.webhook.url, { secret_token: opts.webhook.secret, allowed_updates: [...UPDATES] });
        log.info({ channel: 'telegram', mode: 'webhook' }, 'telegram channel started');
        return;
      }
      await new Promise<void>((resolve, reject) => {
        polling = bot.start({ allowed_updates: [...UPDATES], onStart: () => resolve() });
        polling.catch((err: Error) => {
          log.error({ channel: 'telegram', err: { type: err.name, message: err.message } }, 'telegram polling stopped');
          reject(err);
        });
      });
      log.info({ channel: 'telegram', mode: 'polling' }, 'telegram channel started');
    },
    send(user, replies) {
      return inOrder(user, () => sendReplies(user, replies));
    },
    async stop() {
      if (polling) {
        await bot.stop();
        await polling.catch(() => undefined);
      }
      await queue.idle();
    },
  };
}
