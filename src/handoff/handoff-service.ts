/** Creates handoffs durably, queues their e-mail, and applies supporters' accept / decline / close. */
import { z } from 'zod';
import { LANGS, type ChannelId } from '../core/messages.js';
import type { Logger } from '../log.js';
import { DOMAINS } from '../nlu/types.js';
import type { Store } from '../store/store.js';
import { HandoffError, type Handoff, type HandoffRequest, type HandoffStatus } from './handoff.js';
import { composeHandoffMail } from './handoff-mail.js';
import type { Outbox } from './outbox.js';
import { hashToken, isCaseTokenShape, newCaseToken, newReference, normaliseReference } from './reference.js';
import { createSharedQueue } from '../util/shared-queue.js';
import { newRelayToken } from './relay.js';
import { consentsOf, findConsent, withdrawConsents } from '../privacy/consent-log.js';
import { redactHandoff } from '../privacy/redact.js';

/** Options of {@link createHandoffService}. */
export interface HandoffServiceOptions {
  store: Store;
  outbox: Pick<Outbox, 'enqueue'>;
  /** Base of the case link in the e-mail (`PUBLIC_URL`), e.g. `https://naast.example.nl`. */
  publicUrl: string;
  /** Two capital letters that start every reference, e.g. `HA`. */
  referencePrefix: string;
  log: Logger;
  now?: () => Date;
  /** How long a case link works. Default 30 days. */
  tokenTtlDays?: number;
  /** Where a supporter's reply to the handoff mail should go (relay.ts); without it, replies go to MAIL_FROM unread. */
  replyTo?: (relayToken: string) => string;
  /** Called after each status change (sent, accepted, declined), e.g. to tell the resident; errors are logged. */
  onChange?: (handoff: Handoff, previous: HandoffStatus) => Promise<void>;
}

/** What a resident who types `status` may be told. */
export interface HandoffStatusView {
  reference: string;
  kind: Handoff['kind'];
  status: HandoffStatus;
  /** The organisation's name. */
  organisation: string;
  deadline?: string;
}

/** The handoff service the dialog runtime and the case routes use. */
export interface HandoffService {
  /** Stores the handoff and queues its e-mail, both durably, before resolving. */
  create(request: HandoffRequest): Promise<Handoff>;
  /** The state of a handoff by its reference (case and spaces forgiven), or undefined. */
  status(reference: string): Promise<HandoffStatusView | undefined>;
  /** The handoff a case-page token opens, or undefined when unknown or expired. */
  find(token: string): Promise<Handoff | undefined>;
  /** A supporter's decision; the same action twice changes nothing; undefined when the token is unknown or expired. */
  act(token: string, action: 'accept' | 'decline' | 'close', note?: string): Promise<{ handoff: Handoff; changed: boolean } | undefined>;
  /** The same decision by reference, for a signed-in supporter (src/admin/case-admin.ts checks their organisation first). */
  actByReference(reference: string, action: 'accept' | 'decline' | 'close', note?: string): Promise<{ handoff: Handoff; changed: boolean } | undefined>;
  /** The resident chose another organisation: closes the case quietly and tells the organisation, without personal data. */
  switchAway(reference: string): Promise<void>;
  /** Records that the outbox delivered a handoff's e-mail (wire it to the outbox's `onDelivered`). */
  delivered(item: { handoff: string }): Promise<void>;
  /**
   * Empties a case of personal data, under the same lock as every status change (src/privacy/redact.ts);
   * undefined when there is no such case. `before` is the case as it was, `after` what is stored now.
   */
  redact(reference: string): Promise<{ before: Handoff; after: Handoff } | undefined>;
  /**
   * At start, before the outbox runs: a queued case without its mail was cut off by a crash between the
   * two writes, so its resident was never told it exists (they will consent again). It would never be
   * sent and still holds their words: delete it. Returns the references deleted. With several
   * instances on one store another one may be between those two writes right now, and a killed one is
   * never restarted to clean up: then only cases older than `olderThanMs` go, and the pass repeats.
   */
  dropUnannounced(options?: { olderThanMs?: number }): Promise<string[]>;
}

const CHANNELS: Record<ChannelId, true> = {
  webchat: true,
  terminal: true,
  telegram: true,
  whatsapp: true,
  email: true,
  botframework: true,
  test: true,
};

const text = z.string().trim().min(1);

const requestSchema = z
  .object({
    kind: z.enum(['support', 'complaint']),
    organisation: z.object({ id: text, name: text, email: z.email() }),
    domains: z.array(z.object({ id: z.enum(DOMAINS), label: text })),
    words: text,
    answers: z.array(z.object({ label: text, value: z.string() })),
    contact: z.object({
      route: z.enum(['phone', 'email', 'chat']),
      value: z.string().trim().min(1).optional(),
      name: z.string().optional(),
    }),
    lang: z.enum(LANGS as [HandoffRequest['lang'], ...HandoffRequest['lang'][]]),
    writtenIn: z.enum(['tr', 'ar', 'pl', 'uk']).optional(),
    channel: z.enum(Object.keys(CHANNELS) as [ChannelId, ...ChannelId[]]),
    conversation: text,
    consent: z.object({ at: z.iso.datetime({ offset: true }), text }),
  })
  .refine((r) => r.contact.route === 'chat' || r.contact.value !== undefined, {
    message: 'a phone or e-mail route needs a value',
    path: ['contact', 'value'],
  });

const NOTE_MAX = 2_000;
/** The history note of a case the resident left for another organisation. */
const SWITCHED_NOTE = 'De inwoner koos een andere organisatie.';
const DAY_MS = 86_400_000;

/** The calendar date in Amsterdam `days` after `at`, as YYYY-MM-DD (a complaint's answer deadline). */
export function deadlineAfter(at: Date, days = 14): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(at)
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  const date = new Date(Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, (parts.day ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/** The handoff service over the store and the outbox. */
export function createHandoffService(options: HandoffServiceOptions): HandoffService {
  const { store, outbox, log, onChange } = options;
  const now = options.now ?? (() => new Date());
  const ttlMs = (options.tokenTtlDays ?? 30) * DAY_MS;
  if (!/^[A-Z]{2}$/.test(options.referencePrefix)) throw new HandoffError(`reference prefix must be two capital letters`);
  let base: URL;
  try {
    base = new URL(options.publicUrl);
  } catch (cause) {
    throw new HandoffError(`PUBLIC_URL is not a URL`, undefined, { cause });
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new HandoffError('PUBLIC_URL must be http or https');
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const mailDomain = base.hostname || 'naast.invalid';

  // One change at a time per key (a reference, or 'create' for picking references), across instances.
  const locks = createSharedQueue(store, 'handoff', { inner: true });
  const locked = <T>(key: string, fn: () => Promise<T>): Promise<T> => locks.run(key, fn);

  async function changeStatus(reference: string, decide: (h: Handoff) => { status: HandoffStatus; note?: string } | undefined, quiet = false) {
    const result = await locked(reference, async () => {
      const current = await store.get<Handoff>('handoffs', reference);
      if (!current) return undefined;
      // An erased case is only counted: nobody decides on it any more.
      const change = current.erasedAt ? undefined : decide(current);
      if (!change) return { handoff: current, changed: false, previous: current.status };
      const updated: Handoff = {
        ...current,
        status: change.status,
        history: [...current.history, { status: change.status, at: now().toISOString(), ...(change.note ? { note: change.note } : {}) }],
      };
      await store.put('handoffs', updated);
      log.info({ handoff: reference, status: change.status }, 'handoff status changed');
      return { handoff: updated, changed: true, previous: current.status };
    });
    if (result?.changed && onChange && !quiet) {
      try {
        await onChange(result.handoff, result.previous);
      } catch (err) {
        log.error({ handoff: reference, err: err instanceof Error ? err.message : String(err) }, 'handoff status hook failed');
      }
    }
    return result;
  }

  async function find(token: string): Promise<Handoff | undefined> {
    if (!isCaseTokenShape(token)) return undefined;
    const [handoff] = await store.list<Handoff>('handoffs', { field: 'tokenHash', value: hashToken(token) });
    if (!handoff || Date.parse(handoff.tokenExpiresAt) <= now().getTime()) return undefined;
    return handoff;
  }

  async function decide(reference: string, action: 'accept' | 'decline' | 'close', note?: string) {
    const cleanNote = note?.trim().slice(0, NOTE_MAX) || undefined;
    // Only forward moves: open → accepted or declined, accepted → closed; anything else (a double click) changes nothing.
    const result = await changeStatus(reference, (h) => {
      const open = h.status === 'queued' || h.status === 'sent';
      if (action === 'close') return h.status === 'accepted' ? { status: 'closed', note: cleanNote } : undefined;
      return open ? { status: action === 'accept' ? 'accepted' : 'declined', note: cleanNote } : undefined;
    });
    return result && { handoff: result.handoff, changed: result.changed };
  }

  return {
    async dropUnannounced({ olderThanMs = 0 } = {}) {
      const queued = await store.list<Handoff>('handoffs', { field: 'status', value: 'queued' });
      const cutoff = now().getTime() - olderThanMs;
      const dropped: string[] = [];
      for (const h of queued) {
        if (Date.parse(h.createdAt) > cutoff || (await store.get('outbox', h.reference))) continue;
        await store.delete('handoffs', h.reference);
        dropped.push(h.reference);
      }
      if (dropped.length) {
        await store.compact('handoffs');
        log.warn({ handoffs: dropped }, 'cases without their mail (cut off by a crash) deleted; their residents were never told');
      }
      return dropped;
    },
    async create(request) {
      const parsed = requestSchema.safeParse(request);
      if (!parsed.success) {
        // Paths and messages only: zod's messages do not echo the resident's input.
        const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`).join('; ');
        throw new HandoffError(`invalid request: ${problems}`);
      }
      // Nothing reaches an organisation without the resident's recorded consent to exactly this.
      const consent = await findConsent(store, parsed.data);
      if (!consent) throw new HandoffError('no recorded consent of this resident for this organisation');
      const { token, hash } = newCaseToken();
      const handoff = await locked('create', async () => {
        for (let tries = 0; tries < 20; tries++) {
          const reference = newReference(options.referencePrefix);
          if (await store.get('handoffs', reference)) continue;
          const created = now();
          const record: Handoff = {
            ...(parsed.data as HandoffRequest),
            id: reference,
            reference,
            createdAt: created.toISOString(),
            ...(parsed.data.kind === 'complaint' ? { deadline: deadlineAfter(created) } : {}),
            tokenHash: hash,
            tokenExpiresAt: new Date(created.getTime() + ttlMs).toISOString(),
            ...(options.replyTo ? { relayToken: newRelayToken() } : {}),
            status: 'queued',
            history: [{ status: 'queued', at: created.toISOString() }],
          };
          await store.put('handoffs', record);
          return record;
        }
        throw new HandoffError('no free reference found after 20 tries');
      });
      const { reference } = handoff;
      const mail = composeHandoffMail(handoff, `${publicUrl}/h/${token}`);
      try {
        await outbox.enqueue({
          id: reference,
          handoff: reference,
          mail: {
            ...mail,
            messageId: `<naast.${reference}.${Date.parse(handoff.createdAt)}@${mailDomain}>`,
            headers: {
              'X-Naast-Reference': reference,
              'Auto-Submitted': 'auto-generated',
              ...(options.replyTo && handoff.relayToken ? { 'Reply-To': options.replyTo(handoff.relayToken) } : {}),
            },
          },
        });
      } catch (cause) {
        // Never leave a handoff that no mail will ever announce: the resident is told it failed instead.
        await store.delete('handoffs', reference).catch(() => undefined);
        throw new HandoffError('could not queue the e-mail', reference, { cause });
      }
      // The consent log names the case it led to. The mail is queued: a failure here must not undo it.
      await store.put('consents', { ...consent, reference }).catch((err: unknown) =>
        log.error({ handoff: reference, err: err instanceof Error ? err.message : String(err) }, 'consent record not linked to its case'),
      );
      log.info({ handoff: reference, organisation: handoff.organisation.id, kind: handoff.kind }, 'handoff created');
      return handoff;
    },

    async status(reference) {
      const handoff = await store.get<Handoff>('handoffs', normaliseReference(reference));
      if (!handoff) return undefined;
      return {
        reference: handoff.reference,
        kind: handoff.kind,
        status: handoff.status,
        organisation: handoff.organisation.name,
        ...(handoff.deadline ? { deadline: handoff.deadline } : {}),
      };
    },

    find,

    async act(token, action, note) {
      const found = await find(token);
      return found && decide(found.reference, action, note);
    },

    actByReference: (reference, action, note) => decide(normaliseReference(reference), action, note),

    async switchAway(reference) {
      const result = await changeStatus(reference, (h) => (h.status === 'closed' || h.status === 'declined' ? undefined : { status: 'closed', note: SWITCHED_NOTE }), true);
      if (!result?.changed) return;
      const h = result.handoff;
      // Their consent was for this organisation only.
      await withdrawConsents(store, await consentsOf(store, { reference: h.reference }), { by: 'resident', at: now().toISOString() });
      const lines = [
        `De inwoner van vraag ${h.reference} heeft gekozen voor een andere organisatie. Dat mag altijd, zonder reden.`,
        'U hoeft niets meer te doen. Verwijder de gegevens van deze vraag uit uw systemen en mailbox.',
        'Dank u wel.',
      ];
      await outbox.enqueue({
        id: `${h.reference}-switched`,
        handoff: h.reference,
        mail: {
          to: h.organisation.email,
          subject: `Naast ${h.reference}: de inwoner kiest een andere organisatie`,
          text: lines.join('\n\n'),
          html: lines.map((l) => `<p>${l}</p>`).join(''),
          headers: { 'X-Naast-Reference': h.reference, 'Auto-Submitted': 'auto-generated' },
        },
      });
      log.info({ handoff: h.reference }, 'resident chose another organisation');
    },

    async delivered(item) {
      await changeStatus(item.handoff, (h) => (h.status === 'queued' ? { status: 'sent' } : undefined));
    },

    redact(reference) {
      return locked(reference, async () => {
        const before = await store.get<Handoff>('handoffs', reference);
        if (!before) return undefined;
        const after = redactHandoff(before, now());
        await store.put('handoffs', after);
        return { before, after };
      });
    },
  };
}
