import { join } from 'node:path';
import type { Accounts } from '../src/admin/accounts.js';
import type { Logger } from '../src/log.js';
import type { Store } from '../src/store/store.js';

/**
 * What the WhatsApp channel needs of whatsapp-web.js, as narrow interfaces a test can fake, and the
 * real client behind them: LocalAuth for the pairing, Debian's Chromium for the browser.
 */

/** Headless Chromium as root in a container, with as little talking to Google as it allows. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Like Node's EventEmitter: each event has its own payload, and each listener names its own. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Listener = (...args: any[]) => void;

/** puppeteer's Browser and Page, as far as noticing a crash needs them. */
export interface CrashEmitterLike {
  on(event: string, listener: Listener): unknown;
}

/** The part of whatsapp-web.js's `Message` the channel reads (the library's own field names). */
export interface WhatsAppMessageLike {
  id: { _serialized: string };
  /** The chat: `<number>@c.us` or `<lid>@lid` for a person, `@g.us` for a group. */
  from: string;
  type: string;
  /** The text, or a media message's caption. */
  body: string;
  hasMedia: boolean;
  fromMe: boolean;
  isStatus: boolean;
  broadcast?: boolean;
  /** Seconds since the epoch. */
  timestamp: number;
}

/** The part of whatsapp-web.js's `Chat` the channel uses to find messages missed while it was down. */
export interface WhatsAppChatLike {
  id: { _serialized: string };
  isGroup: boolean;
  unreadCount: number;
  lastMessage?: WhatsAppMessageLike;
  fetchMessages(options: { limit: number }): Promise<WhatsAppMessageLike[]>;
}

/** The part of whatsapp-web.js's `Client` the channel uses; a test gives a fake of just this. */
export interface WhatsAppClientLike {
  on(event: string, listener: Listener): unknown;
  removeListener(event: string, listener: Listener): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  sendMessage(chatId: string, content: string): Promise<unknown>;
  getState?(): Promise<string | null>;
  getChats?(): Promise<WhatsAppChatLike[]>;
  pupBrowser?: CrashEmitterLike | null;
  pupPage?: CrashEmitterLike | null;
}

/** Timing of sends and recoveries, in milliseconds; tests use small values. */
export interface WhatsAppPacing {
  /** Least time between two messages to one chat. */
  perChatMs: number;
  /** Least time between any two messages, so a busy hour never becomes a burst. */
  globalMs: number;
  /** First wait before a failed send is tried again; it doubles up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** A message that could not go out for this long is given up. */
  giveUpMs: number;
  /** First wait before the client is started again after a crash; it doubles up to `restartMaxMs`. */
  restartBaseMs: number;
  restartMaxMs: number;
  /** After an unlink on the phone the library shows a new QR code itself; restart if it has not by then. */
  logoutGraceMs: number;
}

export const DEFAULT_PACING: WhatsAppPacing = {
  perChatMs: 1200,
  globalMs: 400,
  retryBaseMs: 1000,
  retryMaxMs: 60_000,
  giveUpMs: 15 * 60_000,
  restartBaseMs: 2000,
  restartMaxMs: 5 * 60_000,
  logoutGraceMs: 60_000,
};

export interface WhatsAppOptions {
  /** The browser to drive (`WHATSAPP_CHROMIUM`). */
  chromium: string;
  /** Where the pairing is kept (`$DATA_DIR/whatsapp`). */
  sessionDir: string;
  store: Store;
  log: Logger;
  /** The admin sessions, for the pairing page (administrators only). */
  accounts: Pick<Accounts, 'sessionUser'>;
  /** A client, or a factory of fresh ones (needed to restart); without it, whatsapp-web.js's own. */
  client?: WhatsAppClientLike | (() => WhatsAppClientLike);
  pacing?: Partial<WhatsAppPacing>;
  /** Where the QR code is drawn for the terminal (standard output by default); false for nowhere. */
  terminal?: { write(text: string): unknown } | false;
}

/** A fresh client for every (re)start: injected, or whatsapp-web.js with LocalAuth and Debian's Chromium. */
export function clientFactory(opts: WhatsAppOptions): () => Promise<WhatsAppClientLike> {
  const given = opts.client;
  if (typeof given === 'function') return async () => given();
  if (given) return async () => given;
  return async () => {
    // Loaded only when the channel is on: it pulls in puppeteer.
    const { default: wweb } = await import('whatsapp-web.js');
    const { Client, LocalAuth } = wweb;
    const client = new Client({
      authStrategy: new LocalAuth({ dataPath: opts.sessionDir }),
      // The WhatsApp Web page is cached beside the session, not in the working directory.
      webVersionCache: { type: 'local', path: join(opts.sessionDir, 'web-cache') },
      puppeteer: { executablePath: opts.chromium, headless: true, args: CHROMIUM_ARGS },
    });
    const checked: WhatsAppClientLike = client;
    return checked;
  };
}
