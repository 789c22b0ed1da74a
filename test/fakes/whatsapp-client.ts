/**
 * A stand-in for the remote side of whatsapp-web.js: WhatsApp's servers, the residents' phones and
 * the `Client` that drives WhatsApp Web. `FakeWhatsApp` is the world that outlives a client (the
 * pairing kept on disk by LocalAuth, the chats and their unread messages); `world.factory` makes
 * fresh clients, as the channel does on every restart. Field and event names are the library's:
 * `qr`, `authenticated`, `ready`, `change_state`, `disconnected`, `message`; messages carry
 * `id._serialized`, `from`, `type`, `body`, `hasMedia`, `fromMe`, `isStatus`, `broadcast`, `timestamp`.
 *
 * As in the library, `message` is emitted only while a client is ready and only for others'
 * messages: what arrives while no client is ready stays unread in its chat, to be found with
 * `getChats()` and `chat.fetchMessages()`.
 */
import { EventEmitter } from 'node:events';

export interface FakeMessage {
  id: { fromMe: boolean; remote: string; id: string; _serialized: string };
  from: string;
  to: string;
  author?: string;
  type: string;
  body: string;
  hasMedia: boolean;
  fromMe: boolean;
  isStatus: boolean;
  broadcast: boolean;
  /** Seconds since the epoch, as WhatsApp gives it. */
  timestamp: number;
}

/** A message the client sent; `at` is `performance.now()` when `sendMessage` was called. */
export interface SentMessage {
  chatId: string;
  text: string;
  at: number;
  /** Which client sent it: 1 for the first the factory made. */
  client: number;
}

interface ChatRecord {
  id: string;
  messages: FakeMessage[];
  unreadCount: number;
}

/** The number Naast runs on in these tests. */
export const BOT_ID = '31600000000@c.us';
/** puppeteer's words when the page or browser under whatsapp-web.js went away. */
export const DROPPED_ERROR = 'Protocol error (Runtime.callFunctionOn): Session closed. Most likely the page has been closed.';

const nap = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FakeWhatsApp extends EventEmitter {
  /** Whether a session is kept (LocalAuth): a new client becomes ready without a scan. */
  paired = false;
  /** Every client the factory made, in order. */
  readonly clients: FakeWhatsAppClient[] = [];
  /** Every message that went out, in order. */
  readonly sent: SentMessage[] = [];
  /** Every call of sendMessage, also those that failed. */
  readonly attempts: { chatId: string; text: string; at: number; failed: boolean }[] = [];
  /** Emit unread messages as `message` on ready too (WhatsApp Web sometimes delivers some late, live). */
  emitOfflineOnReady = false;
  private readonly chats = new Map<string, ChatRecord>();
  private failures = 0;
  private failuresStarted = 0;
  private sendDelayMs = 0;
  private nextId = 1;

  /** Makes a fresh client, as `new Client(...)` would; give this to the channel as its `client`. */
  readonly factory = (): FakeWhatsAppClient => {
    const client = new FakeWhatsAppClient(this, this.clients.length + 1);
    this.clients.push(client);
    this.changed();
    return client;
  };

  /** The newest client that was not destroyed. */
  get current(): FakeWhatsAppClient | undefined {
    const last = this.clients.at(-1);
    return last && !last.destroyed ? last : undefined;
  }

  /** The phone scans the QR code the current client shows: it pairs and becomes ready. */
  scan(): void {
    const client = this.current;
    if (!client || client.state !== 'UNPAIRED') throw new Error('fake WhatsApp: no client is waiting for a scan');
    this.paired = true;
    client.becomeReady();
  }

  /** A resident's text message. */
  say(from: string, body: string): FakeMessage {
    return this.receive(from, { type: 'chat', body });
  }

  /** Any message arriving in a chat (`from` is the chat); emitted live when a client is ready, else left unread. */
  receive(from: string, fields: Partial<FakeMessage> = {}): FakeMessage {
    const fromMe = fields.fromMe ?? false;
    const serial = `3EB0${(this.nextId++).toString(16).toUpperCase().padStart(16, '0')}`;
    const message: FakeMessage = {
      id: { fromMe, remote: from, id: serial, _serialized: `${fromMe}_${from}_${serial}` },
      from: fromMe ? BOT_ID : from,
      to: fromMe ? from : BOT_ID,
      type: 'chat',
      body: '',
      hasMedia: false,
      isStatus: from === 'status@broadcast',
      broadcast: from.endsWith('@broadcast'),
      timestamp: Math.floor(Date.now() / 1000),
      ...fields,
      fromMe,
    };
    const chat = this.chat(from);
    chat.messages.push(message);
    const client = this.current;
    if (fromMe) chat.unreadCount = 0;
    else if (client?.ready) client.emit('message', message);
    else chat.unreadCount++;
    this.changed();
    return message;
  }

  /** Emits a message as `message` whatever it is, as a future library version might (fromMe, statuses). */
  emitRaw(message: FakeMessage): void {
    this.current?.emit('message', message);
  }

  /** The next `count` sends fail as if the page under the client went away. */
  failSends(count: number): void {
    this.failures = count;
    this.failuresStarted = count;
  }

  /** Every send takes this long. */
  slowSends(ms: number): void {
    this.sendDelayMs = ms;
  }

  /** The browser under the current client crashes: puppeteer reports the browser disconnected. */
  crash(): void {
    const client = this.current;
    if (!client) throw new Error('fake WhatsApp: no client to crash');
    client.crashed = true;
    client.state = null;
    client.pupBrowser?.emit('disconnected');
    this.changed();
  }

  /** WhatsApp Web loses its connection (`change_state`), until `reconnect()`. */
  dropConnection(state = 'TIMEOUT'): void {
    const client = this.current;
    if (!client) throw new Error('fake WhatsApp: no client');
    client.state = state;
    client.emit('change_state', state);
  }

  reconnect(): void {
    const client = this.current;
    if (!client) throw new Error('fake WhatsApp: no client');
    client.state = 'CONNECTED';
    client.emit('change_state', 'CONNECTED');
  }

  /** The library's own disconnect: `change_state`, then `disconnected`, then it destroys itself. */
  disconnect(reason: string): void {
    const client = this.current;
    if (!client) throw new Error('fake WhatsApp: no client');
    client.emit('change_state', reason);
    client.emit('disconnected', reason);
    void client.destroy();
  }

  /**
   * The phone unlinks this device (Linked devices → Log out): the library emits `disconnected`
   * with LOGOUT, clears the session and, on the same page, shows a new QR code.
   */
  unlink(): void {
    const client = this.current;
    if (!client) throw new Error('fake WhatsApp: no client');
    this.paired = false;
    client.ready = false;
    client.state = 'UNPAIRED';
    client.emit('disconnected', 'LOGOUT');
    client.showQr();
    this.changed();
  }

  /** Texts sent to a chat, in order. */
  sentTo(chatId: string): string[] {
    return this.sent.filter((s) => s.chatId === chatId).map((s) => s.text);
  }

  /** How many sends failed on purpose so far. */
  get failed(): number {
    return this.failuresStarted - this.failures;
  }

  /** Resolves once `test` holds, checked on every change in this world; fails after `timeoutMs`. */
  waitFor(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!test()) return;
        done();
        resolve();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`fake WhatsApp: timed out waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.off('change', check);
      };
      this.on('change', check);
      check();
    });
  }

  /** @internal */
  changed(): void {
    this.emit('change');
  }

  /** @internal */
  chat(id: string): ChatRecord {
    let chat = this.chats.get(id);
    if (!chat) {
      chat = { id, messages: [], unreadCount: 0 };
      this.chats.set(id, chat);
    }
    return chat;
  }

  /** @internal */
  allChats(): ChatRecord[] {
    return [...this.chats.values()];
  }

  /** @internal */
  async deliver(client: FakeWhatsAppClient, chatId: string, text: string): Promise<FakeMessage> {
    const at = performance.now();
    if (this.failures > 0) {
      this.failures--;
      this.attempts.push({ chatId, text, at, failed: true });
      throw new Error(DROPPED_ERROR);
    }
    this.attempts.push({ chatId, text, at, failed: false });
    if (this.sendDelayMs) await nap(this.sendDelayMs);
    if (client.destroyed || client.crashed) throw new Error(DROPPED_ERROR);
    this.sent.push({ chatId, text, at, client: client.number });
    // sendMessage marks the chat as seen by default.
    const message = this.receive(chatId, { fromMe: true, body: text });
    this.chat(chatId).unreadCount = 0;
    this.changed();
    return message;
  }
}

/** A fake of whatsapp-web.js's `Client`, tied to its world. */
export class FakeWhatsAppClient extends EventEmitter {
  /** puppeteer's Browser and Page: set by initialize(), as in the library. */
  pupBrowser: EventEmitter | null = null;
  pupPage: EventEmitter | null = null;
  /** WhatsApp Web's socket state, as getState() reports it; null before the page is up. */
  state: string | null = null;
  ready = false;
  destroyed = false;
  crashed = false;
  initialized = 0;
  /** How often getState() was asked. */
  stateChecks = 0;

  constructor(
    private readonly world: FakeWhatsApp,
    readonly number: number,
  ) {
    super();
  }

  async initialize(): Promise<void> {
    if (this.destroyed) throw new Error('fake WhatsApp: initialize() after destroy()');
    this.initialized++;
    this.pupBrowser = new EventEmitter();
    this.pupPage = new EventEmitter();
    await nap(1);
    this.state = 'OPENING';
    if (this.world.paired) {
      setImmediate(() => !this.destroyed && this.becomeReady());
    } else {
      this.state = 'UNPAIRED';
      this.showQr();
    }
    this.world.changed();
  }

  /** WhatsApp Web rotates its QR code every so often. */
  showQr(): void {
    this.emit('qr', `2@${Math.random().toString(36).slice(2)},fakeNoiseKey=,fakeIdentityKey=,fakeAdvSecret=,WINDOWS`);
  }

  /** @internal */
  becomeReady(): void {
    this.state = 'CONNECTED';
    this.emit('authenticated');
    this.ready = true;
    this.emit('ready');
    if (this.world.emitOfflineOnReady) {
      for (const chat of this.world.allChats()) for (const m of chat.messages.slice(chat.messages.length - chat.unreadCount)) this.emit('message', m);
    }
    this.world.changed();
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ready = false;
    this.state = null;
    // puppeteer reports its own browser.close() as a disconnect too.
    this.pupBrowser?.emit('disconnected');
    this.world.changed();
  }

  async sendMessage(chatId: string, content: string): Promise<FakeMessage> {
    if (this.destroyed || this.crashed || !this.ready) throw new Error(DROPPED_ERROR);
    return this.world.deliver(this, chatId, content);
  }

  async getState(): Promise<string | null> {
    if (this.destroyed || this.crashed) throw new Error(DROPPED_ERROR);
    this.stateChecks++;
    this.world.changed();
    return this.state;
  }

  async getChats(): Promise<FakeChat[]> {
    if (!this.ready) throw new Error(DROPPED_ERROR);
    return this.world.allChats().map((c) => {
      const last = c.messages.at(-1);
      return {
        id: { _serialized: c.id, server: c.id.split('@')[1]!, user: c.id.split('@')[0]! },
        isGroup: c.id.endsWith('@g.us'),
        unreadCount: c.unreadCount,
        timestamp: last?.timestamp ?? 0,
        ...(last ? { lastMessage: last } : {}),
        fetchMessages: async ({ limit }: { limit: number }) => c.messages.slice(-limit),
      };
    });
  }
}

/** What getChats() gives: the library's Chat fields the channel reads. */
export interface FakeChat {
  id: { _serialized: string; server: string; user: string };
  isGroup: boolean;
  unreadCount: number;
  timestamp: number;
  lastMessage?: FakeMessage;
  fetchMessages(options: { limit: number }): Promise<FakeMessage[]>;
}
