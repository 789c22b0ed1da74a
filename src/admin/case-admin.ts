/**
 * Cases for signed-in supporters (#8): their organisation's handoffs, read and decided on the same
 * terms as the secret-link case page. Administrators see every organisation. A case of another
 * organisation answers 404, as if it did not exist, so a supporter cannot even learn its reference.
 */
import type { RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { Pool } from '../pool/pool-schema.js';
import type { Store } from '../store/store.js';
import type { Handoff, HandoffStatus } from '../handoff/handoff.js';
import { summariseCase } from '../handoff/handoff-mail.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import { normaliseReference, REFERENCE_PATTERN } from '../handoff/reference.js';
import type { Role, User } from './accounts.js';

/** Options of {@link registerCaseRoutes}. */
export interface CaseAdminOptions {
  handoffs: Pick<HandoffService, 'actByReference'>;
  store: Pick<Store, 'get' | 'list'>;
  /** The live pool, for organisation names (a handoff keeps its own copy as well). */
  pool: Pick<Pool, 'organisations'>;
  audit(user: User, action: string, detail: Record<string, unknown>): Promise<void>;
  log: Logger;
  /**
   * Erases everything kept about a conversation, as the resident's "verwijder mijn gegevens" does
   * (the runtime's `erase`). Without it there is no erase route.
   */
  erase?(conversation: string): Promise<unknown>;
}

type Action = 'accept' | 'decline' | 'close';

/** One line of the case list: nothing the resident wrote or how to reach them. */
export interface CaseListItem {
  reference: string;
  kind: Handoff['kind'];
  status: HandoffStatus;
  organisation: { id: string; name: string };
  domains: Handoff['domains'];
  createdAt: string;
  updatedAt: string;
  overdue: boolean;
  deadline?: string;
  /** The resident's data was erased (on request or by retention): only the counted skeleton is left. */
  erasedAt?: string;
}

/** Open cases first (oldest first: they wait longest), then the rest newest first, as the organisation's inbox orders. */
const RANK: Record<HandoffStatus, number> = { queued: 0, sent: 0, accepted: 1, declined: 2, closed: 2 };
const byUrgency = (a: Handoff, b: Handoff) =>
  RANK[a.status] - RANK[b.status] || (RANK[a.status] === 0 ? a.createdAt.localeCompare(b.createdAt) : b.createdAt.localeCompare(a.createdAt));

/** What can still be done with a case; the handoff service allows exactly these moves, and none on an erased case. */
function actionsFor(status: HandoffStatus, erased = false): Action[] {
  if (erased) return [];
  if (status === 'queued' || status === 'sent') return ['accept', 'decline'];
  return status === 'accepted' ? ['close'] : [];
}

/** As the case page: a closed complaint is no longer late. */
const isOverdue = (h: Handoff) => Boolean(h.overdue) && h.status !== 'closed';

function listItem(h: Handoff): CaseListItem {
  return {
    reference: h.reference,
    kind: h.kind,
    status: h.status,
    organisation: { id: h.organisation.id, name: h.organisation.name },
    domains: h.domains,
    createdAt: h.createdAt,
    updatedAt: h.history.at(-1)?.at ?? h.createdAt,
    overdue: isOverdue(h),
    ...(h.deadline ? { deadline: h.deadline } : {}),
    ...(h.erasedAt ? { erasedAt: h.erasedAt } : {}),
  };
}

/** Said in place of the resident's words once they are erased. */
const ERASED_WORDS = 'Gewist: de gegevens van de inwoner zijn verwijderd (op hun verzoek, of omdat de bewaartermijn voorbij is).';

const Bodies = {
  accept: z.strictObject({ name: z.string().max(200).optional() }),
  decline: z.strictObject({ reason: z.string().trim().min(1).max(2_000) }),
  close: z.strictObject({ note: z.string().max(2_000).optional() }),
} as const;

const BAD_BODY: Record<Action, string> = {
  accept: 'send {"name"?}: your first name, optional',
  decline: 'Vul een reden in. / send {"reason"}: a decline needs a reason',
  close: 'send {"note"?}',
};

const NOT_POSSIBLE: Record<Action, string> = {
  accept: 'Deze zaak kan niet (meer) worden aangenomen. / This case cannot be accepted (any more).',
  decline: 'Deze zaak kan niet (meer) worden afgewezen. / This case cannot be declined (any more).',
  close: 'Alleen een aangenomen zaak kan worden afgesloten. / Only an accepted case can be closed.',
};

const AUDITED: Record<Action, string> = { accept: 'case accepted', decline: 'case declined', close: 'case closed' };

const notFound = (res: Response) => res.status(404).json({ error: 'Niet gevonden / Not found' });

/** Registers `/cases…` on the admin API (behind its login) for supporters and administrators. */
export function registerCaseRoutes(api: Router, allow: (...roles: Role[]) => RequestHandler, opts: CaseAdminOptions): void {
  const { store, pool, handoffs, log } = opts;
  const readers = allow('administrator', 'supporter');

  /** A supporter sees only their own organisation's cases; one without an organisation sees none. */
  const maySee = (user: User, h: Pick<Handoff, 'organisation'>) =>
    user.role === 'administrator' || (user.role === 'supporter' && user.organisation !== undefined && h.organisation.id === user.organisation);

  /** The case by reference, only when this user may see it. */
  async function visible(user: User, raw: string): Promise<Handoff | undefined> {
    const reference = normaliseReference(raw);
    if (!REFERENCE_PATTERN.test(reference)) return undefined;
    const h = await store.get<Handoff>('handoffs', reference);
    return h && maySee(user, h) ? h : undefined;
  }

  // The organisations this user may look at, for the page's heading and the administrator's filter.
  // Registered before `/cases/:reference`; "organisations" is no reference anyway.
  api.get('/cases/organisations', readers, async (_req, res) => {
    const user = res.locals.user as User;
    const names = new Map(pool.organisations.map((o) => [o.id, o.name]));
    // Cases keep their organisation's name, also after it left the pool.
    for (const h of await store.list<Handoff>('handoffs')) if (!names.has(h.organisation.id)) names.set(h.organisation.id, h.organisation.name);
    const all = [...names].map(([id, name]) => ({ id, name }));
    if (user.role === 'administrator') return void res.json(all);
    const own = all.find((o) => o.id === user.organisation);
    res.json(own ? [own] : user.organisation ? [{ id: user.organisation, name: user.organisation }] : []);
  });

  api.get('/cases', readers, async (req, res) => {
    const user = res.locals.user as User;
    const only = user.role === 'administrator' && typeof req.query.organisation === 'string' && req.query.organisation ? req.query.organisation : undefined;
    const cases = (await store.list<Handoff>('handoffs'))
      .filter((h) => maySee(user, h) && (only === undefined || h.organisation.id === only))
      .sort(byUrgency);
    res.json(cases.map(listItem));
  });

  api.get('/cases/:reference', readers, async (req, res) => {
    const user = res.locals.user as User;
    const h = await visible(user, String(req.params.reference));
    if (!h) return void notFound(res);
    // Reading a resident's case is itself worth a line: special-category data (reference only, never its text).
    await opts.audit(user, 'case viewed', { reference: h.reference, organisation: h.organisation.id });
    const summary = summariseCase(h);
    res.json({ ...listItem(h), summary: h.erasedAt ? { ...summary, words: ERASED_WORDS } : summary, history: h.history, actions: actionsFor(h.status, Boolean(h.erasedAt)) });
  });

  for (const action of ['accept', 'decline', 'close'] as const) {
    api.post(`/cases/:reference/${action}`, readers, async (req, res) => {
      const user = res.locals.user as User;
      const h = await visible(user, String(req.params.reference));
      if (!h) return void notFound(res);
      const parsed = Bodies[action].safeParse(req.body ?? {});
      if (!parsed.success) return void res.status(400).json({ error: BAD_BODY[action] });
      const body = parsed.data as { name?: string; reason?: string; note?: string };
      // The note as the case page keeps it: the first name the resident hears ("Anna van …"), or the reason.
      const note = action === 'accept' ? body.name?.replace(/\s+/g, ' ').trim().slice(0, 60) : action === 'decline' ? body.reason : body.note;
      if (!actionsFor(h.status, Boolean(h.erasedAt)).includes(action)) return void res.status(409).json({ error: NOT_POSSIBLE[action], status: h.status });
      const result = await handoffs.actByReference(h.reference, action, note);
      if (!result) return void notFound(res);
      // Another click or tab got there first: nothing changed.
      if (!result.changed) return void res.status(409).json({ error: NOT_POSSIBLE[action], status: result.handoff.status });
      await opts.audit(user, AUDITED[action], { reference: h.reference, organisation: h.organisation.id });
      log.info({ handoff: h.reference, admin: user.id, action }, 'case decided in the admin page');
      res.json({ status: result.handoff.status });
    });
  }

  // Erasure on the resident's request (they called the municipality): administrators only, audited by reference.
  const erase = opts.erase;
  if (erase) {
    api.post('/cases/:reference/erase', allow('administrator'), async (req, res) => {
      const user = res.locals.user as User;
      const h = await visible(user, String(req.params.reference));
      if (!h) return void notFound(res);
      if (h.erasedAt || !h.conversation) return void res.status(409).json({ error: 'De gegevens van deze zaak zijn al gewist. / This case has already been erased.', erasedAt: h.erasedAt });
      await erase(h.conversation);
      const after = await store.get<Handoff>('handoffs', h.reference);
      await opts.audit(user, 'case erased', { reference: h.reference });
      log.info({ handoff: h.reference, admin: user.id }, 'case erased on request');
      res.json({ reference: h.reference, erasedAt: after?.erasedAt });
    });
  }
}
