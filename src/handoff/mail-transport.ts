/** Sends an e-mail over SMTP, or, without an SMTP server, writes it as an `.eml` file for the web inbox. */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** One outgoing e-mail; `name` is the `.eml` file's name (without extension) when writing files. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId?: string;
  headers?: Record<string, string>;
  name?: string;
}

/** How a mail left: handed to the SMTP server, or written to `path`. */
export interface Delivery {
  delivered: 'smtp' | 'file';
  path?: string;
}

/** What the outbox needs from a mailer. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<Delivery>;
  close(): Promise<void>;
}

/** Options of {@link createMailTransport}. */
export interface MailTransportOptions {
  /** e.g. `smtp://user:pass@relay:587` or `smtps://…`; absent → `.eml` files under `outboxDir`. */
  smtpUrl?: string;
  outboxDir: string;
  /** The sender, e.g. `Naast <naast@example.nl>`. */
  from: string;
}

/** Sending failed; `via` says where, `retryable` whether trying later may help. */
export class MailError extends Error {
  override readonly name = 'MailError';
  constructor(
    readonly via: 'smtp' | 'file',
    readonly retryable: boolean,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`mail via ${via}: ${message}`, options);
  }
}

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/** `.eml` names from references and ids only: anything else becomes `_`. */
function fileStem(mail: OutgoingMail): string {
  const stem = (mail.name ?? '').replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return stem || `mail-${Date.now()}-${randomBytes(4).toString('hex')}`;
}

/** A mailer: nodemailer over SMTP when `smtpUrl` is set, else atomic `.eml` files under `outboxDir`. */
export function createMailTransport(options: MailTransportOptions): MailTransport {
  if (!options.from) throw new MailError(options.smtpUrl ? 'smtp' : 'file', false, 'a sender (MAIL_FROM) is required');
  return options.smtpUrl ? smtpTransport(options.smtpUrl, options.from) : fileTransport(options.outboxDir, options.from);
}

function smtpTransport(smtpUrl: string, from: string): MailTransport {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch (cause) {
    throw new MailError('smtp', false, 'SMTP_URL is not a URL', { cause });
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new MailError('smtp', false, `SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  // A plain smtp:// server on loopback (a test server, a local relay) gets no STARTTLS; elsewhere
  // nodemailer upgrades with STARTTLS when offered, and `?requireTLS=true` in the URL insists on it.
  const plainLoopback = url.protocol === 'smtp:' && isLoopback(url.hostname);
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    ignoreTLS: plainLoopback,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      try {
        await transporter.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
        });
        return { delivered: 'smtp' };
      } catch (cause) {
        const code = (cause as { responseCode?: number }).responseCode;
        // 5xx is a permanent refusal by the server; everything else (network, 4xx) may pass later.
        const retryable = !(typeof code === 'number' && code >= 500 && code < 600);
        const message = cause instanceof Error ? cause.message : String(cause);
        throw new MailError('smtp', retryable, message, { cause });
      }
    },
    async close() {
      transporter.close();
    },
  };
}

function fileTransport(outboxDir: string, from: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const path = join(outboxDir, `${fileStem(mail)}.eml`);
      const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        const info = await composer.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
        });
        if (!Buffer.isBuffer(info.message)) throw new Error('the stream transport did not return a buffer');
        await mkdir(outboxDir, { recursive: true });
        // Write, flush to disk, then rename: a reader never sees half a message.
        const handle = await open(temp, 'wx', 0o600);
        try {
          await handle.writeFile(info.message);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, path);
        return { delivered: 'file', path };
      } catch (cause) {
        await rm(temp, { force: true }).catch(() => undefined);
        const message = cause instanceof Error ? cause.message : String(cause);
        throw new MailError('file', true, message, { cause });
      }
    },
    async close() {
      composer.close();
    },
  };
}
