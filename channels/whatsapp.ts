import { createHmac, randomBytes } from 'node:crypto';
import { access, constants } from 'node:fs/promises';
import type { Router } from 'express';
import QRCode from 'qrcode';
import qrcodeTerminal from 'qrcode-terminal';
import { ConfigError } from '../src/config.js';
import type { Inbound, Outbound } from '../src/core/messages.js';
import { createKeyedQueue } from '../src/util/keyed-queue.js';
import { CHANNEL_TEXTS, ChannelError, renderAsText, splitText, type Channel, type Handler } from './channel.js';
import {
  clientFactory,
  DEFAULT_PACING,
  type Listener,
  type WhatsAppClientLike,
  type WhatsAppMessageLike,
  type WhatsAppOptions,
  type WhatsAppPacing,
} from './whatsapp-client.js';
import { createWhatsAppAdminRouter, type PairingEvent, type PairingState, type PairingStatus } from './whatsapp-admin.js';

/** WhatsApp takes 65,536 characters, but long messages read badly on a phone. */
export const WHATSAPP_LIMIT = 4096;

/** What only this channel says; the dialog's own texts come from the dialog files. */
export const WHATSAPP_TEXTS = {
  caption: CHANNEL_TEXTS.caption,
  scan: 'Scan deze QR-code met WhatsApp: Instellingen → Gekoppelde apparaten → Apparaat koppelen. / Scan with WhatsApp → Linked devices.',
};

export type { WhatsAppClientLike, WhatsAppMessageLike, WhatsAppOptions, WhatsAppPacing } from './whatsapp-client.js';

/** The WhatsApp channel, with what the admin page and tests need besides. */
export interface WhatsAppChannel extends Channel {
  readonly router: Router;
  status(): PairingStatus;
  /** Resolves when every message received so far has been answered (or given up). */
  idle(): Promise<void>;
}

/** What the channel keeps per chat in `addresses`: ids and times only, never what was said. */
interface WhatsAppAddress {
  id: string;
  /** The newest handled message's timestamp (seconds). */
  lastAt: number;
  /** The latest handled message ids, so none is answered twice. */
  handled: string[];
}
const KEEP_HANDLED = 50;
const addressId = (chat: string) => `whatsapp:${chat}`;

/** A chat with one person: a phone-number id or a linked id (WhatsApp's newer, number-less one). */
const PERSON = /^[0-9]{5,20}@(c\.us|lid)$/;
const MEDIA: Record<string, Extract<Inbound, { kind: 'media' }>['media']> = {
  ptt: 'voice',
  audio: 'voice',
  ptv: 'voice',
  image: 'image',
  video: 'image',
  album: 'image',
  document: 'file',
};
const CAPTIONED = new Set(['image', 'video', 'album', 'document']);
const TEXT_TYPES = new Set(['chat', 'list_response', 'buttons_response', 'template_button_reply']);
/** Bookkeeping, not the resident talking; `ciphertext` comes again once it can be read. */
const SILENT_TYPES = new Set([
  'e2e_notification',
  'notification',
  'notification_template',
  'gp2',
  'group_notification',
  'broadcast_notification',
  'protocol',
  'ciphertext',
  'debug',
  'reaction',
  'call_log',
]);
/** Errors of a page or connection that went away, as puppeteer and whatsapp-web.js word them. */
const DROPPED = /session closed|target closed|protocol error|execution context|detached|not connected|disconnected|connection closed|net::|timed? ?out/i;

/** How a resident's message enters the core, or undefined for what nobody needs to answer. */
function toInbound(m: WhatsAppMessageLike): { inbound: Inbound; before: string[] } | undefined {
  const base = { channel: 'whatsapp' as const, user: m.from, at: new Date(m.timestamp * 1000) };
  if (SILENT_TYPES.has(m.type)) return undefined;
  if (TEXT_TYPES.has(m.type)) return { inbound: { ...base, kind: 'text', text: m.body ?? '' }, before: [] };
  if (CAPTIONED.has(m.type) && m.body?.trim()) return { inbound: { ...base, kind: 'text', text: m.body }, before: [WHATSAPP_TEXTS.caption] };
  // Stickers, locations, contact cards, deleted messages, polls, anything new: a kind answer, never silence.
  return { inbound: { ...base, kind: 'media', media: MEDIA[m.type] ?? 'other' }, before: [] };
}

/** Whether a message is a person writing to us in a private chat (not a group, status, channel or ourselves). */
export function isFromResident(m: WhatsAppMessageLike): boolean {
  return !m.fromMe && !m.isStatus && !m.broadcast && PERSON.test(m.from);
}

/**
 * The WhatsApp channel through whatsapp-web.js (WhatsApp Web in headless Chromium), paired by a QR
 * code. Choices become a numbered list; sends are per chat, ordered and paced; the client is
 * restarted after a crash and messages that came while Naast was down are answered once.
 */
export function createWhatsAppChannel(opts: WhatsAppOptions): WhatsAppChannel {
  const { store, log } = opts;
  const pacing: WhatsAppPacing = { ...DEFAULT_PACING, ...opts.pacing };
  const terminal = opts.terminal === undefined ? process.stdout : opts.terminal;
  const makeClient = clientFactory(opts);
  // Chat ids hold phone numbers: logs get a pseudonym that means nothing outside this process.
  const pseudonymKey = randomBytes(16);
  const pseudonym = (chat: string) => createHmac('sha256', pseudonymKey).update(chat).digest('hex').slice(0, 12);

  let handle: Handler | undefined;
  let client: WhatsAppClientLike | undefined;
  let initializing: Promise<void> | undefined;
  let generation = 0;
  let connected = false;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let restartAttempt = 0;
  let logoutTimer: NodeJS.Timeout | undefined;
  let catchingUp: Promise<void> | undefined;
  let held: WhatsAppMessageLike[] = [];
  let detach: (() => void) | undefined;
  /** The latest start or restart, so `stop` never races one. */
  let lifecycle: Promise<void> = Promise.resolve();
  const queue = createKeyedQueue();
  const inOrder = <T>(chat: string, job: () => Promise<T>): Promise<T> => queue.run(chat, job);
  const sleepers = new Set<() => void>();
  const onConnect = new Set<() => void>();

  // Pairing state, for the log and the admin page.
  const status: PairingStatus = { state: 'stopped', since: new Date(), events: [] };
  function setState(state: PairingState, detail?: string): void {
    if (status.state === state && !detail) return;
    const event: PairingEvent = { at: new Date(), state, ...(detail ? { detail } : {}) };
    status.state = state;
    status.since = event.at;
    if (state !== 'waiting-for-scan') delete status.qr;
    status.events = [event, ...status.events].slice(0, 20);
    const level = state === 'disconnected' || state === 'logged-out' || state === 'auth-failure' || state === 'restarting' ? 'warn' : 'info';
    log[level]({ channel: 'whatsapp', state, ...(detail ? { detail } : {}) }, `whatsapp ${state}`);
  }
  function setConnected(on: boolean): void {
    connected = on;
    if (on) for (const wake of [...onConnect]) wake();
  }

  /** Waits `ms`, or less when `early` fires; rejects once the channel stops. */
  function pause(ms: number, early?: Set<() => void>): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (stop: boolean) => {
        clearTimeout(timer);
        sleepers.delete(abort);
        early?.delete(wake);
        if (stop) reject(new ChannelError('whatsapp', 'whatsapp channel stopped', false));
        else resolve();
      };
      const abort = () => done(true);
      const wake = () => done(false);
      const timer = setTimeout(wake, ms);
      sleepers.add(abort);
      early?.add(wake);
    });
  }
  const backoff = (attempt: number, base: number, max: number) => Math.min(max, base * 2 ** attempt);

  // Pacing: a chat's messages at least perChatMs apart, any two at least globalMs apart, measured at the send.
  let lastSend = -Infinity;
  const lastSendTo = new Map<string, number>();
  async function paced(chat: string): Promise<void> {
    for (;;) {
      const now = performance.now();
      const at = Math.max(lastSend + pacing.globalMs, (lastSendTo.get(chat) ?? -Infinity) + pacing.perChatMs);
      if (at <= now) {
        lastSend = now;
        lastSendTo.set(chat, now);
        if (lastSendTo.size > 1000) for (const [k, t] of lastSendTo) if (now - t > pacing.perChatMs) lastSendTo.delete(k);
        return;
      }
      await pause(at - now);
    }
  }

  /** One message out: paced, and tried again with backoff while the connection is down. */
  async function sendOne(chat: string, text: string): Promise<void> {
    const deadline = Date.now() + pacing.giveUpMs;
    for (let attempt = 0; ; attempt++) {
      if (stopping) throw new ChannelError('whatsapp', 'whatsapp channel stopped', false);
      const wait = backoff(attempt, pacing.retryBaseMs, pacing.retryMaxMs);
      if (!connected || !client) {
        const state = await client?.getState?.().catch(() => null);
        if (state === 'CONNECTED' && status.state === 'ready') setConnected(true);
        else if (Date.now() + wait > deadline) throw new ChannelError('whatsapp', 'whatsapp not connected; message given up', true);
        else {
          await pause(wait, onConnect);
          continue;
        }
      }
      await paced(chat);
      try {
        await client!.sendMessage(chat, text);
        return;
      } catch (err) {
        const retryable = err instanceof ChannelError ? err.retryable : DROPPED.test(String((err as Error)?.message ?? err));
        if (!retryable || Date.now() + wait > deadline) throw new ChannelError('whatsapp', `whatsapp send failed: ${errorType(err)}`, retryable, { cause: err });
        log.warn({ channel: 'whatsapp', chat: pseudonym(chat), attempt: attempt + 1, retryInMs: wait, err: errorType(err) }, 'whatsapp send failed; trying again');
        await pause(wait);
      }
    }
  }

  async function sendReplies(chat: string, replies: Outbound[]): Promise<void> {
    for (const reply of replies) {
      for (const part of splitText(renderAsText(reply).trim() || '…', WHATSAPP_LIMIT)) await sendOne(chat, part);
    }
  }

  /** One resident message through the core, inside its chat's queue; answered once, even across restarts. */
  async function converse(m: WhatsAppMessageLike): Promise<void> {
    if (!handle || stopping) return;
    const chat = m.from;
    const id = m.id._serialized;
    const address = await store.get<WhatsAppAddress>('addresses', addressId(chat));
    if (address?.handled.includes(id)) return;
    const turn = toInbound(m);
    if (!turn) return;
    const replies = await handle(turn.inbound);
    // Handled once the core has it: a send that fails later must not make the core see it twice.
    // Not after "verwijder mijn gegevens": the conversation is gone, and its address must stay gone.
    if (await store.get('conversations', addressId(chat))) await store.put<WhatsAppAddress>('addresses', {
      id: addressId(chat),
      lastAt: Math.max(address?.lastAt ?? 0, m.timestamp),
      handled: [...(address?.handled ?? []), id].slice(-KEEP_HANDLED),
    });
    await sendReplies(chat, [...turn.before.map((text): Outbound => ({ kind: 'text', text })), ...replies]);
  }

  function enqueue(m: WhatsAppMessageLike): void {
    inOrder(m.from, () => converse(m)).catch((err: unknown) => {
      if (err instanceof ChannelError && !err.retryable && stopping) return;
      log.error({ channel: 'whatsapp', chat: pseudonym(m.from), err: errorType(err) }, 'whatsapp message not answered');
    });
  }

  function onMessage(m: WhatsAppMessageLike): void {
    if (stopping || !isFromResident(m)) return;
    // While missed messages are fetched, newer ones wait behind them so each chat stays in order.
    if (catchingUp) held.push(m);
    else enqueue(m);
  }

  /**
   * whatsapp-web.js emits `message` only for what arrives after `ready`: messages delivered while
   * Naast was down land in WhatsApp Web before its listeners exist. So on `ready`, look at chats
   * with unread or unanswered messages and feed those the core has not handled, oldest first.
   */
  async function catchUp(c: WhatsAppClientLike): Promise<void> {
    if (!c.getChats) return;
    let found = 0;
    try {
      const chats = await c.getChats();
      for (const chat of chats) {
        const chatId = chat.id._serialized;
        if (chat.isGroup || !PERSON.test(chatId)) continue;
        const address = await store.get<WhatsAppAddress>('addresses', addressId(chatId));
        const last = chat.lastMessage;
        const unanswered = last !== undefined && isFromResident(last) && !address?.handled.includes(last.id._serialized) && last.timestamp >= (address?.lastAt ?? 0);
        if (chat.unreadCount <= 0 && !unanswered) continue;
        const messages = await chat.fetchMessages({ limit: Math.min(100, Math.max(0, chat.unreadCount) + 20) });
        const missed = missedMessages(messages, chat.unreadCount, address);
        found += missed.length;
        for (const m of missed) enqueue(m);
      }
      if (found) log.info({ channel: 'whatsapp', messages: found }, 'whatsapp answering messages that came while offline');
    } catch (err) {
      log.error({ channel: 'whatsapp', err: errorType(err) }, 'whatsapp could not fetch messages that came while offline');
    }
  }

  // Client lifecycle: one client per generation; a crash or disconnect destroys it and starts a new one.
  /** Creates a client and sets it starting; resolves once it is registered, not when it is paired. */
  async function launch(): Promise<void> {
    const gen = ++generation;
    let c: WhatsAppClientLike;
    try {
      c = await makeClient();
    } catch (err) {
      scheduleRestart(gen, `no client: ${errorType(err)}`);
      return;
    }
    if (gen !== generation || stopping) return;
    client = c;
    const current = () => gen === generation && !stopping;
    const listeners: Record<string, Listener> = {
      qr: (qr: string) => {
        if (!current()) return;
        if (status.state !== 'waiting-for-scan') setState('waiting-for-scan');
        showQr(qr);
      },
      authenticated: () => current() && setState('paired'),
      auth_failure: (message: string) => {
        if (!current()) return;
        setConnected(false);
        setState('auth-failure', typeof message === 'string' ? safe(message) : undefined);
        scheduleRestart(gen, 'auth failure');
      },
      ready: () => {
        if (!current()) return;
        clearTimeout(logoutTimer);
        restartAttempt = 0;
        setState('ready');
        setConnected(true);
        const caught = catchUp(c).finally(() => {
          catchingUp = undefined;
          const waiting = held;
          held = [];
          for (const m of waiting) enqueue(m);
        });
        catchingUp = caught;
      },
      change_state: (state: string) => {
        if (!current()) return;
        log.info({ channel: 'whatsapp', waState: safe(String(state)) }, 'whatsapp connection state');
        setConnected(state === 'CONNECTED' && status.state === 'ready');
      },
      disconnected: (reason: string) => {
        if (!current()) return;
        setConnected(false);
        if (reason === 'LOGOUT') {
          // Unlinked on the phone: the library clears the session and shows a new QR code itself.
          setState('logged-out', 'LOGOUT');
          clearTimeout(logoutTimer);
          logoutTimer = setTimeout(() => status.state === 'logged-out' && scheduleRestart(gen, 'no new QR code after logout'), pacing.logoutGraceMs);
          return;
        }
        setState('disconnected', safe(String(reason)));
        scheduleRestart(gen, `disconnected: ${safe(String(reason))}`);
      },
      message: (m: WhatsAppMessageLike) => current() && onMessage(m),
    };
    for (const [event, fn] of Object.entries(listeners)) c.on(event, fn);
    detach = () => {
      for (const [event, fn] of Object.entries(listeners)) c.removeListener(event, fn);
    };

    setState('starting');
    const started = c.initialize();
    initializing = started;
    started.then(
      () => {
        if (!current()) return;
        // A crashed browser or page says so here, not always through the client's own events.
        const crashed = (what: string) => () => {
          if (!current()) return;
          setConnected(false);
          setState('disconnected', what);
          scheduleRestart(gen, what);
        };
        c.pupBrowser?.on('disconnected', crashed('browser disconnected'));
        c.pupPage?.on('error', crashed('page crashed'));
        c.pupPage?.on('close', crashed('page closed'));
      },
      (err: unknown) => current() && scheduleRestart(gen, `start failed: ${errorType(err)}`),
    ).finally(() => {
      if (initializing === started) initializing = undefined;
    });
  }

  function scheduleRestart(gen: number, reason: string): void {
    if (stopping || gen !== generation || restartTimer) return;
    const delay = backoff(restartAttempt++, pacing.restartBaseMs, pacing.restartMaxMs);
    log.warn({ channel: 'whatsapp', reason, attempt: restartAttempt, delayMs: delay }, 'whatsapp client restarting');
    setState('restarting', reason);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      lifecycle = (async () => {
        await retire();
        if (!stopping) await launch();
      })();
    }, delay);
  }

  /** Lets go of the current client: no more of its events, its browser closed. */
  async function retire(): Promise<void> {
    generation++;
    setConnected(false);
    detach?.();
    detach = undefined;
    const old = client;
    const pending = initializing;
    client = undefined;
    if (!old) return;
    await old.destroy().catch(() => undefined);
    if (pending) {
      // A browser still launching is closed once it is up.
      await Promise.race([pending.catch(() => undefined), new Promise((r) => setTimeout(r, 15_000).unref())]);
      await old.destroy().catch(() => undefined);
    }
  }

  function showQr(qr: string): void {
    if (terminal) qrcodeTerminal.generate(qr, { small: true }, (art) => terminal.write(`\n${WHATSAPP_TEXTS.scan}\n${art}\n`));
    QRCode.toDataURL(qr, { margin: 2, width: 264 })
      .then((url) => {
        if (status.state === 'waiting-for-scan') status.qr = url;
      })
      .catch((err: unknown) => log.error({ channel: 'whatsapp', err: errorType(err) }, 'whatsapp QR image failed'));
  }

  async function idle(): Promise<void> {
    for (let i = 0; i < 10; i++) {
      await catchingUp;
      await queue.idle();
      if (!catchingUp && held.length === 0) return;
    }
  }

  return {
    id: 'whatsapp',
    router: createWhatsAppAdminRouter({ status: () => ({ ...status, events: [...status.events] }), accounts: opts.accounts }),
    status: () => ({ ...status, events: [...status.events] }),
    idle,
    async start(h) {
      if (!opts.client) {
        await access(opts.chromium, constants.X_OK).catch(() => {
          throw new ConfigError('WHATSAPP_CHROMIUM', `no browser to run at ${opts.chromium} (install Debian's chromium, or point this at Chrome or Chromium)`);
        });
      }
      handle = h;
      stopping = false;
      // Pairing may take until someone scans: start in the background, never hold up Naast.
      lifecycle = launch();
    },
    send(user, replies) {
      if (!PERSON.test(user)) return Promise.reject(new ChannelError('whatsapp', 'not a WhatsApp chat with a person (<number>@c.us)', false));
      return inOrder(user, () => sendReplies(user, replies));
    },
    async stop() {
      stopping = true;
      clearTimeout(restartTimer);
      restartTimer = undefined;
      clearTimeout(logoutTimer);
      for (const abort of [...sleepers]) abort();
      await lifecycle;
      // Replies in flight finish; a send stuck on a dead page is released by closing the browser.
      await Promise.race([idle(), new Promise((r) => setTimeout(r, 10_000).unref())]);
      await retire();
      await idle();
      setState('stopped');
    },
  };
}

/** The messages of a chat that came in and were not handled yet, oldest first. */
function missedMessages(messages: WhatsAppMessageLike[], unreadCount: number, address: WhatsAppAddress | undefined): WhatsAppMessageLike[] {
  let missed: WhatsAppMessageLike[];
  if (address) {
    const handled = new Set(address.handled);
    missed = messages.filter((m) => isFromResident(m) && !handled.has(m.id._serialized) && m.timestamp >= address.lastAt);
  } else {
    // A chat Naast never answered: what came after our own last message, at most the unread ones.
    const lastOwn = messages.findLastIndex((m) => m.fromMe);
    missed = messages.slice(lastOwn + 1).filter(isFromResident);
    if (unreadCount > 0) missed = missed.slice(-unreadCount);
  }
  return missed.map((m, i) => ({ m, i })).sort((a, b) => a.m.timestamp - b.m.timestamp || a.i - b.i).map(({ m }) => m);
}

/** An error's class and a short message; never a stack or a cause that could hold a resident's words. */
function errorType(err: unknown): string {
  if (err instanceof Error) return safe(`${err.name}: ${err.message}`);
  return typeof err === 'string' ? safe(err) : typeof err;
}

/** A library's words made fit for the log: short, and without anything that looks like a phone number. */
function safe(s: string): string {
  return s.slice(0, 120).replace(/\+?\d[\d\s-]{5,}\d/g, '[number]');
}
