/**
 * Answers both ways between a supporter's mailbox and the resident's channel. The handoff e-mail's
 * `Reply-To` carries an unguessable token (`naast+c<token>@…`); a reply to it reaches the resident,
 * and what the resident writes after that goes back to the supporter in the same mail thread.
 */
import { randomBytes } from 'node:crypto';
import type { CaseNotice } from '../core/runtime.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { Handoff } from './handoff.js';
import { escapeHtml } from './handoff-mail.js';
import type { Outbox } from './outbox.js';

/** 26 characters of base32 (130 bits), lower case because mail systems do not keep the case of an address. */
export function newRelayToken(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [...randomBytes(26)].map((b) => alphabet[b & 31]).join('');
}

/** `naast@example.org` + token → `naast+c<token>@example.org` (plus addressing, which most mail servers deliver to `naast@`). */
export function relayAddress(mailFrom: string, token: string): string {
  const at = mailFrom.lastIndexOf('@');
  return `${mailFrom.slice(0, at)}+c${token}${mailFrom.slice(at)}`;
}

/** The relay token in one of a mail's recipients, if any. */
export function relayTokenIn(recipients: readonly string[]): string | undefined {
  for (const r of recipients) {
    const match = /^[^@\s+]+\+c([a-z2-7]{26})@/i.exec(r.trim());
    if (match) return match[1]!.toLowerCase();
  }
  return undefined;
}

/** A supporter's mail as the e-mail channel read it: the newest text only, quotes and signature gone. */
export interface SupporterMail {
  from?: string;
  subject: string;
  text: string;
  messageId?: string;
  references: string[];
}

export interface Relay {
  /** A supporter's reply: told to the resident; false when the token opens no case. */
  fromSupporter(token: string, mail: SupporterMail): Promise<boolean>;
  /** Whether the supporter of this case has written, so the resident's next words go to them. */
  isOpen(reference: string): Promise<boolean>;
  /** The resident's words, mailed to the supporter in their thread (durably, through the outbox). */
  fromResident(reference: string, text: string): Promise<void>;
}

export interface RelayOptions {
  store: Store;
  outbox: Pick<Outbox, 'enqueue'>;
  /** Tells the resident in their own channel (the runtime's notify). */
  notify(notice: CaseNotice): Promise<unknown>;
  /** Naast's own address (MAIL_FROM); relay addresses are made from it. */
  mailFrom: string;
  log: Logger;
  now?: () => Date;
}

/** Longest supporter message passed on; a long mail is cut, with a note. */
const MAX_TEXT = 8_000;

export function createRelay(opts: RelayOptions): Relay {
  const { store, outbox, log } = opts;
  const now = opts.now ?? (() => new Date());
  const domain = opts.mailFrom.slice(opts.mailFrom.lastIndexOf('@') + 1);

  const byToken = async (token: string) => (await store.list<Handoff>('handoffs', { field: 'relayToken', value: token }))[0];

  return {
    async fromSupporter(token, mail) {
      const handoff = await byToken(token);
      if (!handoff) return false;
      const text = mail.text.trim();
      if (!text) {
        log.info({ handoff: handoff.reference }, 'supporter mail without text not relayed');
        return true;
      }
      const thread = handoff.relay;
      await store.put<Handoff>('handoffs', {
        ...handoff,
        relay: {
          supporter: mail.from ?? thread?.supporter ?? handoff.organisation.email,
          subject: mail.subject || thread?.subject || `Naast ${handoff.reference}`,
          references: [...new Set([...(thread?.references ?? []), ...mail.references, ...(mail.messageId ? [mail.messageId] : [])])].slice(-20),
          ...(mail.messageId ? { lastMessageId: mail.messageId } : thread?.lastMessageId ? { lastMessageId: thread.lastMessageId } : {}),
          count: (thread?.count ?? 0) + 1,
        },
      });
      const message = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
      const told = await opts.notify({
        conversation: handoff.conversation,
        text: 'supporter_message',
        vars: { reference: handoff.reference, organisation: handoff.organisation.name },
        message,
      });
      log.info({ handoff: handoff.reference, told }, 'supporter message relayed to the resident');
      return true;
    },

    async isOpen(reference) {
      const handoff = await store.get<Handoff>('handoffs', reference);
      return Boolean(handoff?.relay && handoff.relayToken && handoff.status !== 'closed' && handoff.status !== 'declined');
    },

    async fromResident(reference, text) {
      const handoff = await store.get<Handoff>('handoffs', reference);
      if (!handoff?.relay || !handoff.relayToken) throw new Error(`handoff ${reference}: no supporter thread to answer in`);
      const { relay } = handoff;
      const n = relay.count + 1;
      const messageId = `<naast.${reference}.r${n}.${randomBytes(6).toString('hex')}@${domain}>`;
      const intro = `Antwoord van de inwoner op uw bericht over ${handoff.reference}:`;
      const subject = /^re:/i.test(relay.subject) ? relay.subject : `Re: ${relay.subject}`;
      await outbox.enqueue({
        id: `${reference}-relay-${n}-${now().getTime()}`,
        handoff: reference,
        mail: {
          to: relay.supporter,
          subject,
          text: `${intro}\n\n${text}\n\n-- \nBeantwoord deze e-mail om de inwoner een bericht te sturen via Naast.`,
          html: `<p>${escapeHtml(intro)}</p><blockquote style="white-space:pre-wrap">${escapeHtml(text)}</blockquote><p>Beantwoord deze e-mail om de inwoner een bericht te sturen via Naast.</p>`,
          messageId,
          headers: {
            'Reply-To': relayAddress(opts.mailFrom, handoff.relayToken),
            ...(relay.lastMessageId ? { 'In-Reply-To': relay.lastMessageId } : {}),
            ...(relay.references.length ? { References: relay.references.join(' ') } : {}),
            'X-Naast-Reference': reference,
          },
        },
      });
      // The supporter's next reply threads onto this mail.
      await store.put<Handoff>('handoffs', { ...handoff, relay: { ...relay, count: n, lastMessageId: messageId, references: [...relay.references, messageId].slice(-20) } });
      log.info({ handoff: reference }, 'resident answer queued for the supporter');
    },
  };
}
