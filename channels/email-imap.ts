/**
 * Reads a mailbox over IMAP (imapflow): every unseen mail, oldest first, then marks it `\Seen`.
 * IDLE tells of new mail (imapflow falls back to NOOP polling on servers without it); a timer
 * checks as well, and a dropped connection is opened again. Mail is never deleted or moved.
 */
import { AuthenticationFailure, ImapFlow } from 'imapflow';
import { isIP } from 'node:net';
import { ConfigError } from '../src/config.js';
import type { Logger } from '../src/log.js';
import type { IncomingMail } from './email-inbound-smtp.js';

/** Where and how to log in, from `IMAP_URL`. */
export interface ImapSettings {
  host: string;
  port: number;
  /** TLS from the start (imaps://); else STARTTLS, required off loopback. */
  secure: boolean;
  requireStartTls: boolean;
  user: string;
  pass: string;
  mailbox: string;
}

const loopback = (host: string): boolean => host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));

/**
 * `imap://user:password@host:port/Mailbox` (STARTTLS; required unless the host is loopback) or
 * `imaps://…` (TLS, port 993). User and password URL-encoded (`@` as `%40`); the mailbox defaults to INBOX.
 */
export function parseImapUrl(value: string): ImapSettings {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('IMAP_URL', 'is not a valid URL');
  }
  const secure = url.protocol === 'imaps:';
  if (!secure && url.protocol !== 'imap:') throw new ConfigError('IMAP_URL', 'must start with imap:// or imaps://');
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  if (!user || !pass) throw new ConfigError('IMAP_URL', 'needs a user and an (app) password: imaps://user:password@host/INBOX');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const mailbox = decodeURIComponent(url.pathname.replace(/^\/+/, '').replace(/\/+$/, '')) || 'INBOX';
  return { host, port: url.port ? Number(url.port) : secure ? 993 : 143, secure, requireStartTls: !secure && !loopback(host), user, pass, mailbox };
}

/** What the IMAP reader needs: where to read, the size limit, and what to do with each mail. */
export interface ImapReaderOptions {
  settings: ImapSettings;
  maxBytes: number;
  /** Handles one mail; resolves once the core has it. A rejection leaves it unseen for the next round. */
  receive(mail: IncomingMail): Promise<void>;
  log: Logger;
  /** How often the mailbox is checked besides IDLE. */
  pollMs: number;
}

const errorSummary = (err: unknown) => (err instanceof Error ? { type: err.name, code: (err as { code?: string }).code, message: err.message.slice(0, 200) } : { type: typeof err });

/** A mailbox reader; `start` rejects with a ConfigError when the server or the login is wrong. */
export function createImapReader(opts: ImapReaderOptions) {
  const { settings, log } = opts;
  let client: ImapFlow | undefined;
  let stopped = false;
  let draining: Promise<void> | undefined;
  let again = false;
  let retryIn = 1_000;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let pollTimer: NodeJS.Timeout | undefined;

  async function open(): Promise<ImapFlow> {
    const c = new ImapFlow({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.requireStartTls ? { doSTARTTLS: true } : {}),
      auth: { user: settings.user, pass: settings.pass },
      logger: false,
      autoIdleDelay: 1_000,
      maxIdleTime: 4 * 60_000,
      missingIdleCommand: 'NOOP',
      clientInfo: { name: 'Naast' },
    });
    // Errors end the connection and come back as 'close'; the listener keeps them from crashing us.
    c.on('error', (err: Error) => log.warn({ channel: 'email', err: errorSummary(err) }, 'IMAP connection error'));
    c.on('exists', () => void drain());
    c.on('close', () => {
      if (client !== c || stopped) return;
      client = undefined;
      log.warn({ channel: 'email' }, 'IMAP connection closed; opening it again');
      scheduleReconnect();
    });
    await c.connect();
    try {
      await c.mailboxOpen(settings.mailbox);
    } catch (err) {
      c.close();
      throw new ConfigError('IMAP_URL', `cannot open the mailbox ${JSON.stringify(settings.mailbox)} (${(err as Error).message})`);
    }
    return c;
  }

  function scheduleReconnect(): void {
    if (stopped || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      open().then(
        (c) => {
          if (stopped) return void c.logout().catch(() => undefined);
          client = c;
          retryIn = 1_000;
          log.info({ channel: 'email' }, 'IMAP connection open again');
          void drain();
        },
        (err) => {
          log.warn({ channel: 'email', err: errorSummary(err), retryInMs: retryIn }, 'IMAP reconnect failed');
          retryIn = Math.min(retryIn * 2, 60_000);
          scheduleReconnect();
        },
      );
    }, retryIn);
  }

  /** Handles every unseen mail, oldest first; a call while one runs makes it look once more. */
  function drain(): Promise<void> {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        const c = client;
        if (!c || stopped) return;
        await drainOnce(c);
      } while (again && !stopped);
    })()
      .catch((err) => log.warn({ channel: 'email', err: errorSummary(err) }, 'reading the mailbox failed; trying again later'))
      .finally(() => (draining = undefined));
    return draining;
  }

  async function drainOnce(c: ImapFlow): Promise<void> {
    const uids = await c.search({ seen: false }, { uid: true });
    if (!uids) return;
    for (const uid of [...uids].sort((a, b) => a - b)) {
      if (stopped) return;
      const range = String(uid);
      const meta = await c.fetchOne(range, { uid: true, size: true, headers: true }, { uid: true });
      if (!meta || !meta.headers) continue; // expunged meanwhile
      // Over the limit only the headers are fetched: enough to answer, nothing of the attachment.
      const complete = (meta.size ?? 0) <= opts.maxBytes;
      const full = complete ? await c.fetchOne(range, { source: true }, { uid: true }) : undefined;
      const raw = complete ? (full ? full.source : undefined) : meta.headers;
      if (!raw) continue;
      await opts.receive({ raw, complete });
      await c.messageFlagsAdd(range, ['\\Seen'], { uid: true });
    }
  }

  return {
    async start(): Promise<void> {
      try {
        client = await open();
      } catch (err) {
        if (err instanceof ConfigError) throw err;
        if (err instanceof AuthenticationFailure || (err as { authenticationFailed?: boolean }).authenticationFailed) {
          throw new ConfigError('IMAP_URL', `the server refused the user name or password for ${settings.host}`);
        }
        throw new ConfigError('IMAP_URL', `cannot reach the IMAP server ${settings.host}:${settings.port} (${(err as Error).message})`);
      }
      pollTimer = setInterval(() => void drain(), opts.pollMs);
      pollTimer.unref();
      void drain();
    },
    /** Stops reading; the mail being handled finishes (and is marked) first. */
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(pollTimer);
      clearTimeout(reconnectTimer);
      await draining;
      const c = client;
      client = undefined;
      if (c) await c.logout().catch(() => c.close());
    },
  };
}
