/**
 * The pool of organisations as administrators change it: a draft checked by the same schema as
 * start-up, published versions kept, live at once. The live pool object is updated in place, so
 * every part of Naast that holds it (the dialog, matching, follow-ups, inboxes) sees the change.
 * A handoff keeps its own copy of its organisation, so deactivating one never loses its cases.
 * Each published version can be compared with the one before it; publish and rollback write what
 * changed into the audit log.
 */
import { announcePublished } from './tree-admin.js';
import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { PoolSchema, type Pool } from '../pool/pool-schema.js';
import type { Store } from '../store/store.js';
import type { Role, User } from './accounts.js';
import { textHints } from './b1-hints.js';
import { auditChanges } from './audit-changes.js';
import { diffPools } from './pool-diff.js';

interface PoolRecord {
  id: string;
  n?: number;
  json: Pool;
  by: string;
  at: string;
}

export interface PoolAdminOptions {
  store: Store;
  /** The live pool, changed in place on publish and rollback. */
  pool: Pool;
  audit(user: User, action: string, detail: Record<string, unknown>): Promise<void>;
  log: Logger;
  now?: () => Date;
}

/** Who "published" version 1: the file Naast started with. */
const FILE = 'data/pool.yaml (file)';

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.') || '(pool)', message: i.message }));

function makeLive(live: Pool, next: Pool): void {
  for (const key of Object.keys(live) as (keyof Pool)[]) if (!(key in next)) delete live[key];
  Object.assign(live, next);
}

/** Fields residents read: B1 hints help keep them plain. */
const RESIDENT_TEXTS = ['description', 'responseTime', 'independence'] as const;

/** Plain-language hints for the organisations' resident-facing texts; tolerant of a half-typed pool. */
function hintsFor(body: unknown): { path: string; lang: 'nl' | 'en'; message: string }[] {
  const orgs = (body as { organisations?: unknown } | null)?.organisations;
  if (!Array.isArray(orgs)) return [];
  return orgs.flatMap((org: unknown, i) =>
    RESIDENT_TEXTS.flatMap((field) =>
      (['nl', 'en'] as const).flatMap((lang) => {
        const text = (org as Record<string, Record<string, unknown> | undefined> | null)?.[field]?.[lang];
        if (typeof text !== 'string' || text.trim() === '') return [];
        return textHints(text, lang).map((hint) => ({ path: `organisations.${i}.${field}.${lang}`, lang, message: hint.message }));
      }),
    ),
  );
}

/** Brings back the published pool at start, when there is one that still passes. */
export async function restorePublishedPool(store: Store, live: Pool, log: Logger): Promise<void> {
  const pointer = await store.get<{ id: string; n: number }>('pool', 'live');
  if (!pointer) return;
  const version = await store.get<PoolRecord>('pool', `v:${pointer.n}`);
  const parsed = version && PoolSchema.safeParse(version.json);
  if (!parsed?.success) {
    log.error({ pool: pointer.n }, 'published pool is not valid any more; using the file');
    return;
  }
  makeLive(live, parsed.data);
}

export function registerPoolRoutes(api: Router, allow: (...roles: Role[]) => RequestHandler, opts: PoolAdminOptions): void {
  const { store, log } = opts;
  const now = opts.now ?? (() => new Date());
  const editors = allow('administrator', 'editor');
  const liveNumber = async () => (await store.get<{ id: string; n: number }>('pool', 'live'))?.n ?? 1;
  const stored = async () => (await store.list<PoolRecord>('pool')).filter((r) => r.id.startsWith('v:'));
  /** Every version, oldest first; before the first publish only the file's pool, as version 1. */
  const versions = async (): Promise<PoolRecord[]> => {
    const known = (await stored()).sort((a, b) => a.n! - b.n!);
    return known.length > 0 ? known : [{ id: 'v:1', n: 1, json: opts.pool, by: FILE, at: '' }];
  };
  const changesOf = (list: PoolRecord[], i: number) => (i === 0 ? [] : diffPools(list[i - 1]!.json, list[i]!.json));

  api.get('/pool', editors, async (_req, res) => {
    res.json({ version: await liveNumber(), pool: opts.pool });
  });

  // Nothing is saved: the editor calls this while typing, to show errors next to the fields.
  api.post('/pool/check', editors, (req, res) => {
    const parsed = PoolSchema.safeParse(req.body);
    res.json({ errors: parsed.success ? [] : issuesOf(parsed.error), hints: hintsFor(req.body) });
  });

  api.get('/pool/draft', editors, async (_req, res) => {
    const draft = await store.get<PoolRecord>('pool', 'draft');
    if (!draft) {
      res.status(404).json({ error: 'no draft' });
      return;
    }
    res.json({ pool: draft.json, savedBy: draft.by, savedAt: draft.at });
  });

  api.put('/pool/draft', editors, async (req, res) => {
    const parsed = PoolSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(422).json({ errors: issuesOf(parsed.error) });
      return;
    }
    const user = res.locals.user as User;
    await store.put<PoolRecord>('pool', { id: 'draft', json: parsed.data, by: user.email, at: now().toISOString() });
    await opts.audit(user, 'pool draft saved', {});
    res.json({ ok: true });
  });

  api.get('/pool/versions', editors, async (_req, res) => {
    const live = await liveNumber();
    const list = await versions();
    const rows = list.map((v, i) => ({ version: v.n!, by: v.by, at: v.at || null, live: v.n === live, changes: changesOf(list, i).length }));
    res.json(rows.reverse());
  });

  api.get('/pool/versions/:n', editors, async (req, res) => {
    const list = await versions();
    const i = list.findIndex((v) => String(v.n) === req.params.n);
    if (i < 0) {
      res.status(404).json({ error: 'no such version' });
      return;
    }
    const v = list[i]!;
    res.json({ version: v.n, by: v.by, at: v.at || null, live: v.n === (await liveNumber()), pool: v.json, changes: changesOf(list, i) });
  });

  api.post('/pool/publish', editors, async (_req, res) => {
    const draft = await store.get<PoolRecord>('pool', 'draft');
    const parsed = draft && PoolSchema.safeParse(draft.json);
    if (!parsed) {
      res.status(404).json({ error: 'no draft to publish' });
      return;
    }
    if (!parsed.success) {
      res.status(422).json({ errors: issuesOf(parsed.error) });
      return;
    }
    const user = res.locals.user as User;
    const at = now().toISOString();
    const known = await stored();
    // The pool from the file becomes version 1, so a rollback can bring it back.
    if (known.length === 0) await store.put<PoolRecord>('pool', { id: 'v:1', n: 1, json: structuredClone(opts.pool), by: FILE, at });
    const n = Math.max(1, ...known.map((v) => v.n!)) + 1;
    const from = await liveNumber();
    const changes = diffPools(opts.pool, parsed.data);
    await store.put<PoolRecord>('pool', { id: `v:${n}`, n, json: parsed.data, by: user.email, at });
    await store.put('pool', { id: 'live', n });
    await store.delete('pool', 'draft');
    makeLive(opts.pool, parsed.data);
    await announcePublished(store, 'pool', log);
    await opts.audit(user, 'pool published', { version: n, from, to: n, ...auditChanges(changes.map((c) => c.text)) });
    log.info({ pool: n }, 'pool published');
    res.json({ version: n });
  });

  api.post('/pool/rollback', editors, async (req, res) => {
    const parsed = z.strictObject({ version: z.int().min(1) }).safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'send {"version": n}' });
      return;
    }
    const record = await store.get<PoolRecord>('pool', `v:${parsed.data.version}`);
    const valid = record && PoolSchema.safeParse(record.json);
    if (!valid?.success) {
      res.status(record ? 422 : 404).json(record && valid ? { errors: issuesOf(valid.error) } : { error: 'no such version' });
      return;
    }
    const from = await liveNumber();
    const changes = diffPools(opts.pool, valid.data);
    await store.put('pool', { id: 'live', n: parsed.data.version });
    makeLive(opts.pool, valid.data);
    await announcePublished(store, 'pool', log);
    await opts.audit(res.locals.user as User, 'pool rolled back', { version: parsed.data.version, from, to: parsed.data.version, ...auditChanges(changes.map((c) => c.text)) });
    res.json({ version: parsed.data.version });
  });
}
