import type { Inbound, Outbound } from '../src/core/messages.js';
import { ConfigError } from '../src/config.js';
import { createMailTransport, MailError, type OutgoingMail } from '../src/handoff/mail-transport.js';
import type { Logger } from '../src/log.js';
import { relayTokenIn, type SupporterMail } from '../src/handoff/relay.js';
import type { Store } from '../src/store/store.js';
import { createKeyedQueue } from '../src/util/keyed-queue.js';
import { ChannelError, type Channel, type Handler } from './channel.js';
import { composeBody, EMAIL_TEXTS } from './email-compose.js';
import { ignoreReason } from './email-filter.js';
import { createImapReader, parseImapUrl } from './email-imap.js';
import { createInboundSmtp, type IncomingMail } from './email-inbound-smtp.js';
import { readMail, type ReceivedMail } from './email-received.js';
import { addressId, createMessageIds, derivedKey, normaliseSubject, replySubject, withReferences, type EmailAddress } from './email-thread.js';

export { EMAIL_TEXTS } from './email-compose.js';

/** Mail larger than this is not read: the sender is asked to send text only. */
export const EMAIL_MAX_BYTES = 10 * 1024 * 1024;

/** The e-mail channel's settings (from IMAP_URL, INBOUND_SMTP_*, SMTP_URL, MAIL_FROM) and what it may use of the core. */
export interface EmailOptions {
  /** Read this mailbox, e.g. `imaps://user:app-password@imap.example.nl/INBOX`. */
  imapUrl?: string;
  /** Receive mail directly over SMTP here (behind the municipality's MX or relay). */
  inboundSmtp?: { host: string; port: number };
  /** Where answers go out; without it they are written as `.eml` files under `outboxDir`. */
  smtpUrl?: string;
  /** Naast's own address (MAIL_FROM): the answers' sender, and mail from it is never answered. */
  mailFrom: string;
  outboxDir: string;
  store: Store;
  log: Logger;
  maxBytes?: number;
  /** How often the IMAP mailbox is checked besides IDLE. */
  pollMs?: number;
  /** A supporter's answer to a case (sent to a relay address): true when it opened a case. */
  onCaseReply?: (token: string, mail: SupporterMail) => Promise<boolean>;
}

/** Retries of one answer when the SMTP server is briefly away. */
const SEND_ATTEMPTS = 3;

/**
 * The e-mail channel: residents' mail from an IMAP mailbox or straight over SMTP, answers over SMTP
 * in the same thread (one thread, one conversation), choices as a numbered list. Automatic mail,
 * bounces, lists and our own mail get no answer.
 */
export function createEmailChannel(opts: EmailOptions): Channel {
  const { store, log, mailFrom } = opts;
  if (!opts.imapUrl && !opts.inboundSmtp) throw new ConfigError('IMAP_URL', 'the e-mail channel needs IMAP_URL or INBOUND_SMTP_PORT');
  const imapSettings = opts.imapUrl ? parseImapUrl(opts.imapUrl) : undefined;
  const maxBytes = opts.maxBytes ?? EMAIL_MAX_BYTES;
  const ids = createMessageIds(mailFrom);
  const transport = createMailTransport({ smtpUrl: opts.smtpUrl, outboxDir: opts.outboxDir, from: `Naast <${mailFrom}>` });
  // A conversation's mails are handled one after the other, so answers never overtake each other.
  const queue = createKeyedQueue();
  let handle: Handler | undefined;

  const inboundSmtp = opts.inboundSmtp ? createInboundSmtp({ ...opts.inboundSmtp, maxBytes, receive, log }) : undefined;
  const imap = imapSettings ? createImapReader({ settings: imapSettings, maxBytes, receive, log, pollMs: opts.pollMs ?? 60_000 }) : undefined;

  /** One incoming mail, start to finish; resolves once the core has it (or it was left unanswered). */
  async function receive(incoming: IncomingMail): Promise<void> {
    let mail: ReceivedMail;
    try {
      mail = await readMail(incoming.raw, {
        headersOnly: !incoming.complete,
        ...(incoming.envelopeFrom !== undefined ? { envelopeFrom: incoming.envelopeFrom } : {}),
        ...(incoming.envelopeTo ? { envelopeTo: incoming.envelopeTo } : {}),
      });
    } catch (err) {
      log.warn({ channel: 'email', ignored: 'unreadable', err: { type: (err as Error).name } }, 'mail ignored');
      return;
    }
    const reason = ignoreReason(mail, mailFrom, ids.isOwn);
    if (reason) {
      log.info({ channel: 'email', ignored: reason }, 'mail ignored');
      return;
    }
    // A supporter answering a case, not a resident starting a conversation.
    const token = relayTokenIn(mail.recipients);
    if (token && opts.onCaseReply && incoming.complete) {
      const { from, subject, text, messageId, references } = mail;
      const taken = await opts.onCaseReply(token, { ...(from ? { from } : {}), subject, text, ...(messageId ? { messageId } : {}), references });
      if (taken) return;
      log.info({ channel: 'email', ignored: 'unknown case address' }, 'mail ignored');
      return;
    }
    const to = mail.replyTo!;
    const key = await keyOf(mail, to);
    await queue.run(key, () => (incoming.complete ? converse(key, to, mail) : refuseTooBig(key, to, mail)));
  }

  /** The conversation a mail belongs to: the thread of one of our answers it replies to, else its own thread. */
  async function keyOf(mail: ReceivedMail, to: string): Promise<string> {
    for (const key of ids.keysIn(mail)) {
      const known = await store.get<EmailAddress>('addresses', addressId(key));
      // Someone else answering in the thread (a forwarded mail) starts a conversation of their own.
      if (known?.to === to) return key;
    }
    return derivedKey(mail, to);
  }

  /** The thread's record after this mail, or undefined when this mail was handled before (a redelivery). */
  async function recordAfter(key: string, to: string, mail: ReceivedMail): Promise<EmailAddress | undefined> {
    const stored = await store.get<EmailAddress>('addresses', addressId(key));
    if (stored && mail.messageId && stored.references.includes(mail.messageId)) {
      log.info({ channel: 'email', ignored: 'duplicate' }, 'mail ignored');
      return undefined;
    }
    const subject = normaliseSubject(mail.subject) || stored?.subject || '';
    const references = withReferences(stored?.references ?? mail.references, [mail.messageId]);
    return { id: addressId(key), to, subject, references, lastMessageId: mail.messageId ?? stored?.lastMessageId, updatedAt: new Date().toISOString() };
  }

  async function converse(key: string, to: string, mail: ReceivedMail): Promise<void> {
    if (!handle) throw new ChannelError('email', 'email channel not started', true);
    const record = await recordAfter(key, to, mail);
    if (!record) return;
    const inbound = inboundOf(key, mail);
    const replies = await handle(inbound);
    // Not after "verwijder mijn gegevens": the conversation is gone, and its address must stay gone.
    if (await store.get('conversations', addressId(key))) await store.put('addresses', record);
    // The core has the mail now: a failed answer is logged, never a reason to handle the mail again.
    const before = mail.attachments.length > 0 && inbound.kind === 'text' ? [EMAIL_TEXTS.attachments] : [];
    await answer(record, replies, { before, inReplyTo: mail.messageId, kind: 'auto-replied' }).catch((err: Error) =>
      log.error({ channel: 'email', conversation: key, err: { type: err.name, message: err.message.slice(0, 200) } }, 'email answer not sent'),
    );
  }

  async function refuseTooBig(key: string, to: string, mail: ReceivedMail): Promise<void> {
    log.info({ channel: 'email', conversation: key, refused: 'too-big' }, 'mail too big');
    const record = await recordAfter(key, to, mail);
    if (!record) return;
    await store.put('addresses', record);
    const text = EMAIL_TEXTS.tooBig(Math.round(maxBytes / 1024 / 1024));
    await answer(record, [{ kind: 'text', text }], { inReplyTo: mail.messageId, kind: 'auto-replied' }).catch((err: Error) =>
      log.error({ channel: 'email', conversation: key, err: { type: err.name, message: err.message.slice(0, 200) } }, 'email answer not sent'),
    );
  }

  /** A mail in the thread: threaded to `inReplyTo` (else the thread's newest mail), then recorded. */
  async function answer(record: EmailAddress, replies: Outbound[], o: { before?: string[]; inReplyTo?: string; kind: 'auto-replied' | 'auto-generated' }): Promise<void> {
    const { text, html } = composeBody(replies, o.before);
    if (!text) return;
    const key = record.id.slice('email:'.length);
    const messageId = ids.create(key);
    const inReplyTo = o.inReplyTo ?? record.lastMessageId;
    const headers: Record<string, string> = {
      // RFC 3834: an automatic answer; well-behaved auto-responders then do not answer it (no loops).
      'Auto-Submitted': o.kind,
      'X-Auto-Response-Suppress': 'All',
    };
    if (inReplyTo) headers['In-Reply-To'] = inReplyTo;
    if (record.references.length > 0) headers.References = record.references.join(' ');
    await sendWithRetry({ to: record.to, subject: replySubject(record.subject), text, html, messageId, headers, name: `email-${key}-${Date.now()}` });
    // Only a thread Naast still keeps: an erased one is not written back.
    const latest = await store.get<EmailAddress>('addresses', record.id);
    if (latest) await store.put<EmailAddress>('addresses', { ...latest, references: withReferences(latest.references, [messageId]), lastMessageId: messageId, updatedAt: new Date().toISOString() });
  }

  async function sendWithRetry(mail: OutgoingMail): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await transport.send(mail);
        return;
      } catch (err) {
        const retryable = err instanceof MailError && err.retryable;
        if (!retryable || attempt >= SEND_ATTEMPTS) throw new ChannelError('email', `sending failed: ${(err as Error).message}`, retryable, { cause: err });
        await new Promise((r) => setTimeout(r, 1_000 * 2 ** attempt));
      }
    }
  }

  return {
    id: 'email',
    async start(h) {
      handle = h;
      const port = inboundSmtp ? await inboundSmtp.start() : undefined;
      if (imap) await imap.start();
      if (!opts.smtpUrl) log.warn({ channel: 'email' }, 'no SMTP_URL: e-mail answers are written as .eml files, residents do not get them');
      log.info({ channel: 'email', imap: imap !== undefined, inboundSmtpPort: port }, 'email channel started');
    },
    send(user, replies) {
      return queue.run(user, async () => {
        const record = await store.get<EmailAddress>('addresses', addressId(user));
        if (!record) throw new ChannelError('email', 'no e-mail thread for this conversation', false);
        await answer(record, replies, { kind: 'auto-generated' });
      });
    },
    async stop() {
      await Promise.allSettled([inboundSmtp?.stop(), imap?.stop()]);
      await queue.idle();
      await transport.close();
    },
  };
}

/** The core's view of a mail: its newest text; a new mail with only a subject says it there; attachments alone are media. */
function inboundOf(key: string, mail: ReceivedMail): Inbound {
  const base = { channel: 'email' as const, user: key, at: new Date() };
  const isReply = mail.inReplyTo !== undefined || mail.references.length > 0;
  const text = mail.text || (isReply ? '' : normaliseSubject(mail.subject));
  if (!text && mail.attachments.length > 0) return { ...base, kind: 'media', media: mail.attachments[0]! };
  return { ...base, kind: 'text', text };
}
