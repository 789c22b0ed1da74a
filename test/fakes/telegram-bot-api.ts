/**
 * A stand-in for Telegram's Bot API server over real HTTP, for the real grammy client to talk to
 * through its `apiRoot`: `POST /bot<token>/<method>` with a JSON body, `{ ok, result }` back.
 * It plays the residents' side too: their messages and button taps become updates that the bot
 * fetches with long polling (or that are posted to its webhook).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BotMessage {
  message_id: number;
  chat: { id: number };
  text: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
}

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
}

type Update = Record<string, unknown> & { update_id: number };

export interface FakeTelegram {
  /** The root to give grammy (`TELEGRAM_API_ROOT`). */
  url: string;
  token: string;
  /** Every call the bot made, in order. */
  calls: ApiCall[];
  /** What the bot sent to a chat, in order (edits applied). */
  sent(chat: number): BotMessage[];
  /** A resident's text message; resolves with its update id. */
  say(chat: number, text: string): number;
  /** Any other message content (voice, photo, …) from a resident. */
  send(chat: number, content: Record<string, unknown>, options?: { chatType?: string; edited?: boolean }): number;
  /** A tap on a button of one of the bot's messages. */
  tap(chat: number, message: BotMessage, callbackData: string): number;
  /** Any raw update. */
  push(update: Omit<Update, 'update_id'>): number;
  /** Resolves once the bot (long polling) asked for updates past this one, i.e. it handled it. */
  handled(updateId: number, timeoutMs?: number): Promise<void>;
  /** Answers the next `count` calls of `method` with 429 and this retry_after. */
  failNext(method: string, retryAfterSeconds: number, count?: number): void;
  /** How often a poll was cut off by another poller at the same time (Telegram's 409). */
  conflicts(): number;
  /** Resolves when some call matches. */
  waitForCall(match: (c: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  close(): Promise<void>;
}

const BOT_USER = { id: 777000111, is_bot: true, first_name: 'Naast', username: 'NaastTestBot' };

export async function startFakeTelegram(token = '123456:TEST-token_abc'): Promise<FakeTelegram> {
  const calls: ApiCall[] = [];
  const updates: Update[] = [];
  const messages = new Map<number, BotMessage[]>();
  const failures = new Map<string, { retryAfter: number; count: number }>();
  const waiters: { test: () => boolean; resolve: () => void }[] = [];
  let polls: { offset: number; respond: (u: Update[]) => void; conflict: () => void }[] = [];
  let conflicts = 0;
  let nextUpdate = 1;
  let nextMessage = 1000;
  let lastOffset = 0;

  const wake = () => {
    for (const w of [...waiters]) {
      if (w.test()) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  const waitUntil = (test: () => boolean, timeoutMs: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (test()) return resolve();
      const timer = setTimeout(() => reject(new Error(`fake Telegram: timed out waiting for ${what}`)), timeoutMs);
      waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
    });

  const pending = (offset: number) => updates.filter((u) => u.update_id >= offset);
  const push = (update: Omit<Update, 'update_id'>): number => {
    const u = { ...update, update_id: nextUpdate++ } as Update;
    updates.push(u);
    const ready = polls;
    polls = [];
    for (const p of ready) p.respond(pending(p.offset));
    return u.update_id;
  };

  const user = (chat: number) => ({ id: chat, is_bot: false, first_name: 'Inwoner', language_code: 'nl' });
  const privateChat = (chat: number, type = 'private') => (type === 'private' ? { id: chat, type, first_name: 'Inwoner' } : { id: chat, type, title: 'Buurtgroep' });

  function send(chat: number, content: Record<string, unknown>, options: { chatType?: string; edited?: boolean } = {}): number {
    const message = { message_id: nextMessage++, date: Math.floor(Date.now() / 1000), chat: privateChat(chat, options.chatType), from: user(chat), ...content };
    return push(options.edited ? { edited_message: { ...message, edit_date: message.date } } : { message });
  }

  function api(method: string, body: Record<string, unknown>): { status: number; json: unknown } {
    const fail = failures.get(method);
    if (fail && fail.count > 0) {
      fail.count--;
      return { status: 429, json: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fail.retryAfter}`, parameters: { retry_after: fail.retryAfter } } };
    }
    const ok = (result: unknown) => ({ status: 200, json: { ok: true, result } });
    switch (method) {
      case 'getMe':
        return ok(BOT_USER);
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
      case 'sendChatAction':
      case 'answerCallbackQuery':
      case 'leaveChat':
        return ok(true);
      case 'sendMessage': {
        const chat = Number(body.chat_id);
        const text = String(body.text ?? '');
        if (text.length === 0 || text.length > 4096) return { status: 400, json: { ok: false, error_code: 400, description: 'Bad Request: message text is empty or too long' } };
        const message: BotMessage = { message_id: nextMessage++, chat: { id: chat }, text, ...(body.reply_markup ? { reply_markup: body.reply_markup as BotMessage['reply_markup'] } : {}) };
        messages.set(chat, [...(messages.get(chat) ?? []), message]);
        return ok({ ...message, date: Math.floor(Date.now() / 1000), chat: privateChat(chat), from: BOT_USER });
      }
      case 'editMessageReplyMarkup': {
        const chat = Number(body.chat_id);
        const message = messages.get(chat)?.find((m) => m.message_id === Number(body.message_id));
        if (!message) return { status: 400, json: { ok: false, error_code: 400, description: 'Bad Request: message to edit not found' } };
        const markup = body.reply_markup as BotMessage['reply_markup'];
        if (markup && markup.inline_keyboard.length > 0) message.reply_markup = markup;
        else delete message.reply_markup;
        return ok({ ...message, date: Math.floor(Date.now() / 1000), chat: privateChat(chat) });
      }
      default:
        return { status: 404, json: { ok: false, error_code: 404, description: `Not Found: method ${method} is not faked` } };
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      const reply = (status: number, json: unknown) => {
        if (res.writableEnded || res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (!match) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
      if (match[1] !== token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      let body: Record<string, unknown> = {};
      try {
        const raw = Buffer.concat(chunks).toString('utf8');
        if (raw) body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return reply(400, { ok: false, error_code: 400, description: 'Bad Request: body is not JSON' });
      }
      const method = match[2]!;
      calls.push({ method, body });
      wake();
      if (method !== 'getUpdates') {
        const { status, json } = api(method, body);
        return reply(status, json);
      }
      const offset = Number(body.offset ?? 0);
      lastOffset = Math.max(lastOffset, offset);
      // Updates below the offset are confirmed: Telegram forgets them.
      for (let i = updates.length - 1; i >= 0; i--) if (updates[i]!.update_id < offset) updates.splice(i, 1);
      wake();
      const ready = pending(offset);
      const timeout = Number(body.timeout ?? 0);
      if (ready.length > 0 || timeout <= 0) return reply(200, { ok: true, result: ready });
      // As Telegram does: a second poller ends the first one's request with 409 (two bots on one token).
      for (const earlier of polls.splice(0)) {
        conflicts++;
        earlier.conflict();
      }
      const poll = {
        offset,
        respond: (u: Update[]) => reply(200, { ok: true, result: u }),
        conflict: () => reply(409, { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }),
      };
      polls.push(poll);
      const timer = setTimeout(() => {
        polls = polls.filter((p) => p !== poll);
        reply(200, { ok: true, result: [] });
      }, Math.min(timeout, 30) * 1000);
      res.on('close', () => {
        clearTimeout(timer);
        polls = polls.filter((p) => p !== poll);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    calls,
    sent: (chat) => messages.get(chat) ?? [],
    say: (chat, text) => send(chat, { text, ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] } : {}) }),
    send,
    tap: (chat, message, data) =>
      push({ callback_query: { id: String(nextMessage++), from: user(chat), chat_instance: `ci-${chat}`, data, message: { ...message, date: Math.floor(Date.now() / 1000), chat: privateChat(chat), from: BOT_USER } } }),
    push,
    handled: (updateId, timeoutMs = 10_000) => waitUntil(() => lastOffset > updateId, timeoutMs, `update ${updateId} to be handled`),
    failNext: (method, retryAfter, count = 1) => failures.set(method, { retryAfter, count }),
    conflicts: () => conflicts,
    async waitForCall(match, timeoutMs = 10_000) {
      let found: ApiCall | undefined;
      await waitUntil(() => (found = calls.find(match)) !== undefined, timeoutMs, 'a matching call');
      return found!;
    },
    async close() {
      for (const p of polls) p.respond([]);
      polls = [];
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
