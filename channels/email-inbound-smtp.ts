/**
 * Receives residents' mail directly over SMTP (smtp-server), for a municipality whose MX or relay
 * forwards to Naast. No AUTH, no TLS: it listens on loopback unless told otherwise, behind a relay.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { ConfigError } from '../src/config.js';
import type { Logger } from '../src/log.js';

/** A mail as it came in: the whole message, or only its first bytes when it was over the limit. */
export interface IncomingMail {
  raw: Buffer;
  /** False when the mail was too big: `raw` then holds only the start (its headers). */
  complete: boolean;
  /** The SMTP envelope sender, lower-cased; '' for a bounce's null sender. */
  envelopeFrom?: string;
  /** The SMTP envelope recipients, lower-cased (a relay address may be only here, as with Bcc). */
  envelopeTo?: string[];
}

/** Where to listen, the size limit, and what to do with each mail. */
export interface InboundSmtpOptions {
  host: string;
  port: number;
  maxBytes: number;
  /** Handles one mail; resolves once the core has it. A rejection makes the sender's server try later. */
  receive(mail: IncomingMail): Promise<void>;
  log: Logger;
}

/** Bytes kept of a mail over the limit: enough for its headers, never its attachment. */
const HEAD_BYTES = 256 * 1024;

/** An SMTP reply with a code, as smtp-server sends an error's `responseCode`. */
function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

/** An SMTP listener that hands each mail to `receive` before it says 250. */
export function createInboundSmtp(opts: InboundSmtpOptions) {
  const mb = Math.round(opts.maxBytes / 1024 / 1024);
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    banner: 'Naast',
    logger: false,
    maxClients: 50,
    closeTimeout: 10_000,
    // The limit is enforced at DATA (so the sender can be told why), not announced per message.
    size: opts.maxBytes,
    hideSize: true,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) {
      const chunks: Buffer[] = [];
      let kept = 0;
      stream.on('data', (chunk: Buffer) => {
        // Past the limit only the first bytes stay: the headers to answer with, no attachment.
        const room = (stream.sizeExceeded ? HEAD_BYTES : opts.maxBytes) - kept;
        if (room <= 0) return;
        const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
        chunks.push(part);
        kept += part.length;
      });
      stream.once('end', () => {
        const mailFrom = session.envelope.mailFrom;
        const envelopeFrom = mailFrom === false ? undefined : mailFrom.address.toLowerCase();
        const tooBig = stream.sizeExceeded;
        let raw = Buffer.concat(chunks);
        if (tooBig) raw = raw.subarray(0, HEAD_BYTES);
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        opts.receive({ raw, complete: !tooBig, envelopeTo, ...(envelopeFrom !== undefined ? { envelopeFrom } : {}) }).then(
          () => {
            if (!tooBig) return callback(null, 'OK: ontvangen / received');
            callback(
              smtpError(552, `Dit bericht is te groot (meer dan ${mb} MB): stuur alleen tekst, zonder bijlagen. / Message too large (over ${mb} MB): please send text only, without attachments.`),
            );
          },
          (err: Error) => {
            opts.log.error({ channel: 'email', err: { type: err.name, message: err.message } }, 'inbound mail not handled');
            callback(tooBig ? smtpError(552, `Message too large (over ${mb} MB)`) : smtpError(451, 'Tijdelijk probleem, probeer het later opnieuw. / Temporary problem, please try again later.'));
          },
        );
      });
    },
  });
  server.on('error', (err: Error) => opts.log.error({ channel: 'email', err: { type: err.name, message: err.message } }, 'inbound SMTP error'));

  return {
    /** Starts listening; resolves with the bound port. */
    async start(): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        const failed = (err: NodeJS.ErrnoException) => reject(new ConfigError('INBOUND_SMTP_PORT', `cannot listen on ${opts.host}:${opts.port} (${err.code ?? err.message})`));
        server.server.once('error', failed);
        server.listen(opts.port, opts.host, () => {
          server.server.off('error', failed);
          resolve();
        });
      });
      return (server.server.address() as AddressInfo).port;
    },
    /** Stops accepting connections; mails being handled finish first. */
    stop(): Promise<void> {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
