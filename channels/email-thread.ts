/**
 * One mail thread is one conversation. The conversation key is a hash of the resident's address and
 * the thread's root Message-ID, so logs and conversation ids never show an address. Naast's own
 * Message-IDs carry the key, so a reply is recognised even when a mail program trims References.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ReceivedMail } from './email-received.js';

/**
 * What the channel keeps per conversation, in the store's `addresses` as `email:<key>`: only what
 * threading an answer needs. No mail bodies.
 */
export interface EmailAddress {
  id: string;
  /** The resident's address: where answers go, and how a supporter may reach them later (with consent). */
  to: string;
  /** The thread's subject without "Re:". */
  subject: string;
  /** The thread's Message-IDs (theirs and ours), root first, at most {@link MAX_REFERENCES}. */
  references: string[];
  /** The newest mail of the thread, which a proactive message answers. */
  lastMessageId?: string;
  updatedAt: string;
}

/** References beyond this keep the root and the newest ones, as RFC 5322 suggests for long threads. */
export const MAX_REFERENCES = 20;

/** The `addresses` record id of a conversation key. */
export const addressId = (key: string): string => `email:${key}`;

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 24);

/** Reply and forward prefixes of several languages ("Re:", "Antw:", "AW:", "Fwd:", "Doorst:", "[2]"). */
const PREFIX = /^\s*((re|antw|aw|fw|fwd|doorst|wg|sv|tr|rv|vs)\s*(\[\d+\])?\s*:\s*)+/i;

/** A subject without its reply and forward prefixes, on one line. */
export function normaliseSubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').replace(PREFIX, '').trim();
}

/** The subject of an answer in the thread. */
export function replySubject(subject: string): string {
  return `Re: ${normaliseSubject(subject) || 'Naast'}`;
}

/** Message-IDs of Naast's own mail, from the domain of MAIL_FROM. */
export function createMessageIds(mailFrom: string) {
  const domain = (mailFrom.split('@').pop() ?? 'naast.invalid').toLowerCase();
  const own = new RegExp(`^<naast\\.([0-9a-f]{24})\\.[0-9a-f]+@${domain.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}>$`, 'i');
  return {
    /** A fresh Message-ID for an answer in the conversation `key`. */
    create: (key: string): string => `<naast.${key}.${randomBytes(8).toString('hex')}@${domain}>`,
    /** Whether a Message-ID is one of ours. */
    isOwn: (id: string): boolean => own.test(id),
    /** The conversation keys in our own Message-IDs that a mail answers, newest first. */
    keysIn(mail: ReceivedMail): string[] {
      const answered = [mail.inReplyTo, ...[...mail.references].reverse()];
      return [...new Set(answered.map((id) => (id ? own.exec(id)?.[1]?.toLowerCase() : undefined)).filter((k): k is string => k !== undefined))];
    },
  };
}

/**
 * The key of a thread a mail starts or continues, when none of our Message-IDs tells it: the root of
 * its References (or what it answers, or itself), else the subject, always with the sender's address.
 */
export function derivedKey(mail: ReceivedMail, sender: string): string {
  const root = mail.references[0] ?? mail.inReplyTo ?? mail.messageId;
  return hash(`${sender}\n${root ? `id:${root}` : `subject:${normaliseSubject(mail.subject).toLowerCase()}`}`);
}

/** The thread's Message-IDs with new ones appended once, capped to the root and the newest. */
export function withReferences(references: string[], added: (string | undefined)[]): string[] {
  const all = [...references];
  for (const id of added) if (id && !all.includes(id)) all.push(id);
  return all.length <= MAX_REFERENCES ? all : [all[0]!, ...all.slice(all.length - MAX_REFERENCES + 1)];
}
