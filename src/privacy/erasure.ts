/**
 * Erasure (AVG article 17), one function for both ways in: the resident's "verwijder mijn gegevens"
 * (through the runtime) and an administrator acting on their request (the case admin API). Also the
 * redaction of one case that retention uses. Afterwards no file Naast wrote holds what the resident
 * said or how to reach them: the store's collections are compacted and the dev outbox's `.eml`
 * files of their cases are deleted. What monitoring counts stays (src/privacy/redact.ts).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handoff } from '../handoff/handoff.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import type { Outbox } from '../handoff/outbox.js';
import type { OutgoingMail } from '../handoff/mail-transport.js';
import { escapeHtml } from '../handoff/handoff-mail.js';
import type { Logger } from '../log.js';
import type { Collection, Store } from '../store/store.js';
import { consentsOf, withdrawConsents, type WithdrawnBy } from './consent-log.js';

/** Who asked: the resident themselves, or an administrator on their behalf. */
export type ErasedBy = Extract<WithdrawnBy, 'erasure' | 'administrator'>;

export interface ErasureOptions {
  store: Store;
  outbox: Pick<Outbox, 'withdraw' | 'enqueue'>;
  handoffs: Pick<HandoffService, 'redact'>;
  /** `DATA_DIR/outbox`, where mail is written as `.eml` files without SMTP (earlier ones stay there after SMTP is set). */
  outboxDir: string;
  log: Logger;
  now?: () => Date;
}

/** What an erasure did, by reference only. */
export interface ErasureResult {
  /** The cases emptied. */
  references: string[];
  /** The cases whose organisation was asked to delete their copy. */
  told: string[];
}

/** What redacting one case did. */
export interface Redaction {
  before: Handoff;
  /** The organisation had the case mail (delivered, or a status past queued). */
  received: boolean;
  /** The organisation was asked to delete its copy. */
  told: boolean;
}

/** The collections an erasure touches, compacted after it. */
export const TOUCHED: Collection[] = ['conversations', 'addresses', 'handoffs', 'outbox', 'consents'];

/** The mail to an organisation that had the case: the reference and the request, nothing about the resident. */
function erasureMail(h: Pick<Handoff, 'reference' | 'organisation'>): OutgoingMail {
  const lines = [
    `Dit gaat over vraag ${h.reference}, die u via Naast kreeg.`,
    'De inwoner heeft gevraagd alle gegevens te wissen. Verwijder ook uw kopie van deze zaak (AVG artikel 17).',
    'Denk aan de e-mail met deze referentie, uw registratie en uw aantekeningen. U hoeft ons niets terug te sturen.',
    'Dank u wel.',
  ];
  return {
    to: h.organisation.email,
    subject: `Naast ${h.reference}: verzoek om de gegevens te wissen`,
    text: lines.join('\n\n'),
    html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
    headers: { 'X-Naast-Reference': h.reference, 'Auto-Submitted': 'auto-generated' },
  };
}

export function createErasure(opts: ErasureOptions) {
  const { store, outbox, handoffs, log } = opts;
  const now = opts.now ?? (() => new Date());

  /** The files in the mail folder; none when it was never made. */
  async function outboxNames(): Promise<string[]> {
    return readdir(opts.outboxDir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [];
      throw err;
    });
  }

  /**
   * `.eml` files (and unfinished temp files) the file transport wrote for this case: `HA-7K3Q.eml`,
   * `HA-7K3Q-remind-1.eml`, … but not the erasure request itself, which holds the reference only.
   */
  async function deleteMailFiles(reference: string, known: readonly string[]): Promise<void> {
    const names = await outboxNames();
    const keep = `${reference}-erased.eml`;
    const mine = names.filter((n) => n !== keep && (n.startsWith(`${reference}.`) || n.startsWith(`${reference}-`))).map((n) => join(opts.outboxDir, n));
    // Paths the outbox recorded, in case a mail was named otherwise; only inside the outbox folder.
    const recorded = known.filter((p) => p.startsWith(join(opts.outboxDir, '/')) && !p.endsWith(keep));
    for (const path of new Set([...mine, ...recorded])) await rm(path, { force: true });
  }

  /**
   * The e-mail channel's answers to the resident, written as `email-<key>-<time>.eml` without SMTP:
   * they carry the resident's address and subject.
   */
  async function deleteConversationMailFiles(conversation: string): Promise<void> {
    const stem = `${conversation.replace(':', '-').replace(/[^A-Za-z0-9._-]/g, '_')}-`;
    const names = await outboxNames();
    for (const name of names.filter((n) => n.startsWith(stem))) await rm(join(opts.outboxDir, name), { force: true });
  }

  /**
   * Empties one case: its undelivered mail is withdrawn (a handoff mail never sent is never sent),
   * its `.eml` files deleted and the record redacted. With `tell`, an organisation that had the case
   * is asked to delete its copy (queued before the redaction, so a retry after a failure still
   * finds the case and asks once). With `forget`, the consent log no longer names the conversation.
   * Undefined when there is no such case.
   */
  async function redactCase(reference: string, how: { tell?: boolean; forget?: boolean } = {}): Promise<Redaction | undefined> {
    const { delivered } = await outbox.withdraw(reference);
    const current = await store.get<Handoff>('handoffs', reference);
    if (!current) return undefined;
    const received = delivered.includes(reference) || current.history.some((e) => e.status !== 'queued');
    let told = false;
    if (how.tell && received && !current.erasedAt) {
      const id = `${reference}-erased`;
      if (!(await store.get('outbox', id))) await outbox.enqueue({ id, handoff: reference, mail: erasureMail(current) });
      told = true;
    }
    const items = await store.list<{ id: string; path?: string }>('outbox', { field: 'handoff', value: reference });
    await deleteMailFiles(reference, items.flatMap((i) => (i.path ? [i.path] : [])));
    const redacted = await handoffs.redact(reference);
    if (!redacted) return undefined;
    if (how.forget) await withdrawConsents(store, await consentsOf(store, { reference }), { at: now().toISOString(), forget: true });
    return { before: redacted.before, received, told };
  }

  /**
   * Erases everything Naast keeps about one conversation (`<channel>:<user>`): the conversation,
   * the channel's address record, the personal data of every case it handed off, their undelivered
   * mail and `.eml` files; its consents are withdrawn. Organisations that had a case are asked, by
   * mail without personal data, to delete their copy. Then every touched collection is compacted.
   */
  async function eraseConversation(conversation: string, by: ErasedBy): Promise<ErasureResult> {
    const result: ErasureResult = { references: [], told: [] };
    for (const h of await store.list<Handoff>('handoffs', { field: 'conversation', value: conversation })) {
      const done = await redactCase(h.reference, { tell: true });
      if (!done) continue;
      result.references.push(h.reference);
      if (done.told) result.told.push(h.reference);
    }
    await deleteConversationMailFiles(conversation);
    // Last, so a retry after a failure still finds them: withdrawn, and no longer naming the conversation.
    await withdrawConsents(store, await consentsOf(store, { conversation }), { by, at: now().toISOString(), forget: true });
    await store.delete('addresses', conversation);
    await store.delete('conversations', conversation);
    for (const collection of TOUCHED) await store.compact(collection);
    log.info({ cases: result.references.length, told: result.told.length, by }, 'resident data erased');
    return result;
  }

  return { eraseConversation, redactCase, deleteConversationMailFiles };
}

export type Erasure = ReturnType<typeof createErasure>;
