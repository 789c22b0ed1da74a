/** A received e-mail reduced to what the channel needs: who, which thread, the newest text, what was attached. */
import { simpleParser, type ParsedMail } from 'mailparser';
import { newestText } from './email-newest-text.js';

type MediaKind = 'voice' | 'image' | 'file';

/** One mail as the e-mail channel sees it; mailparser stays inside this file. */
export interface ReceivedMail {
  /** The From address, lower-cased; undefined when there is none. */
  from?: string;
  /** Where the sender wants answers (Reply-To, else From), lower-cased. */
  replyTo?: string;
  /** Every address it was sent to (To, Cc, Delivered-To, X-Original-To, the envelope), lower-cased. */
  recipients: string[];
  /** Sender: and Reply-To: addresses besides From, for the own-address check. */
  otherSenders: string[];
  /** The SMTP envelope sender ('' for a bounce's null sender), or Return-Path over IMAP; undefined when unknown. */
  returnPath?: string;
  subject: string;
  messageId?: string;
  inReplyTo?: string;
  /** The thread's Message-IDs, oldest first, as the sender's mail program gave them. */
  references: string[];
  contentType: string;
  /** A header's unfolded value (first occurrence), by lower-case name. */
  header(name: string): string | undefined;
  /** What the resident wrote this time: quoted history and signature stripped, HTML turned into text. */
  text: string;
  /** Attachments the resident added (inline images of a signature do not count). */
  attachments: MediaKind[];
}

/** Parses a whole message, or only its header block when `headersOnly` (a mail too big to read). */
export async function readMail(raw: Buffer, opts: { envelopeFrom?: string; envelopeTo?: string[]; headersOnly?: boolean } = {}): Promise<ReceivedMail> {
  const source = opts.headersOnly ? headerBlock(raw) : raw;
  const parsed = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
  const mail = fromParsed(parsed, opts.envelopeFrom, opts.headersOnly ?? false);
  return { ...mail, recipients: [...new Set([...mail.recipients, ...(opts.envelopeTo ?? [])])] };
}

function allAddresses(value: unknown): string[] {
  const objects = Array.isArray(value) ? value : value ? [value] : [];
  return objects.flatMap((o) => ((o as { value?: { address?: string }[] }).value ?? []).flatMap((a) => (a.address ? [a.address.trim().toLowerCase()] : [])));
}

/** The header block of a message (up to the first empty line), with the empty line. */
function headerBlock(raw: Buffer): Buffer {
  const end = raw.indexOf('\r\n\r\n');
  const endLf = raw.indexOf('\n\n');
  const cut = end >= 0 ? end + 4 : endLf >= 0 ? endLf + 2 : raw.length;
  const head = raw.subarray(0, Math.min(cut, 256 * 1024));
  return Buffer.concat([head, Buffer.from('\r\n\r\n')]);
}

const ids = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.match(/<[^<>\s]+>/g) ?? []);

function firstAddress(value: unknown): string | undefined {
  const objects = Array.isArray(value) ? value : [value];
  for (const o of objects) {
    const address = (o as { value?: { address?: string }[] } | undefined)?.value?.find((a) => a.address)?.address;
    if (address) return address.trim().toLowerCase();
  }
  return undefined;
}

function mediaOf(contentType: string): MediaKind {
  if (contentType.startsWith('image/') || contentType.startsWith('video/')) return 'image';
  if (contentType.startsWith('audio/')) return 'voice';
  return 'file';
}

function fromParsed(parsed: ParsedMail, envelopeFrom: string | undefined, headersOnly: boolean): ReceivedMail {
  const lines = new Map<string, string>();
  for (const { key, line } of parsed.headerLines) {
    if (lines.has(key)) continue;
    lines.set(key, line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
  }
  const returnPathLine = lines.get('return-path');
  const returnPath = envelopeFrom ?? (returnPathLine !== undefined ? (returnPathLine.match(/<([^>]*)>/)?.[1] ?? returnPathLine).trim().toLowerCase() : undefined);
  const from = firstAddress(parsed.from);
  const replyTo = firstAddress(parsed.replyTo);
  const sender = firstAddress(parsed.headers.get('sender'));
  const contentType = (parsed.headers.get('content-type') as { value?: string } | undefined)?.value?.toLowerCase() ?? 'text/plain';
  const inReplyTo = ids(parsed.inReplyTo).at(-1);
  const messageId = ids(parsed.messageId)[0];
  const delivered = ['delivered-to', 'x-original-to'].flatMap((h) => (lines.get(h) ?? '').match(/[^\s<>,;]+@[^\s<>,;]+/g) ?? []).map((a) => a.toLowerCase());
  return {
    from,
    replyTo: replyTo ?? from,
    recipients: [...new Set([...allAddresses(parsed.to), ...allAddresses(parsed.cc), ...delivered])],
    otherSenders: [replyTo, sender].filter((a): a is string => a !== undefined),
    returnPath,
    subject: (parsed.subject ?? '').trim(),
    ...(messageId ? { messageId } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
    references: ids(parsed.references),
    contentType,
    header: (name) => lines.get(name.toLowerCase()),
    text: headersOnly ? '' : newestText(parsed.text ?? ''),
    attachments: headersOnly ? [] : parsed.attachments.filter((a) => !a.related).map((a) => mediaOf(a.contentType.toLowerCase())),
  };
}
