/**
 * The pool of organisations as administrators change it: a draft checked by the same schema as
 * start-up, published versions kept, live at once. The live pool object is updated in place, so
 * every part of Naast that holds it (the dialog, matching, follow-ups, inboxes) sees the change.
 * A handoff keeps its own copy of its organisation, so deactivating one never loses its cases.
 */
import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { PoolSchema, type Pool } from '../pool/pool-schema.js';
import type { Store } from '../store/store.js';
import type { Role, User } from './accounts.js';

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

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.') || '(pool)', message: i.message }));

function makeLive(live: Pool, next: Pool): void {
  for (const key of Object.keys(live) as (keyof Pool)[]) if (!(key in next)) delete live[key];
  Object.assign(live, next);
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
  const versions = async () => (await store.list<PoolRecord>('pool')).filter((r) => r.id.startsWith('v:'));

  api.get('/pool', editors, async (_req, res) => {
    const live = (await store.get<{ id: string; n: number }>('pool', 'live'))?.n ?? 1;
    res.json({ version: live, pool: opts.pool });
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
    const known = await versions();
    // The pool from the file becomes version 1, so a rollback can bring it back.
    if (known.length === 0) await store.put<PoolRecord>('pool', { id: 'v:1', n: 1, json: structuredClone(opts.pool), by: 'data/pool.yaml (file)', at });
    const n = Math.max(1, ...known.map((v) => v.n!)) + 1;
    await store.put<PoolRecord>('pool', { id: `v:${n}`, n, json: parsed.data, by: user.email, at });
    await store.put('pool', { id: 'live', n });
    await store.delete('pool', 'draft');
    makeLive(opts.pool, parsed.data);
    await opts.audit(user, 'pool published', { version: n });
    log.info({ pool: n }, 'pool published');
    res.json({ version: n });
  });

  api.post('/pool/rollback', editors, async (req, res) => {
    const parsed = z.strictObject({ version: z.int().min(1) }).safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'send {"version": n}' });
      return;
    }
    const stored = await store.get<PoolRecord>('pool', `v:${parsed.data.version}`);
    const valid = stored && PoolSchema.safeParse(stored.json);
    if (!valid?.success) {
      res.status(stored ? 422 : 404).json(stored && valid ? { errors: issuesOf(valid.error) } : { error: 'no such version' });
      return;
    }
    await store.put('pool', { id: 'live', n: parsed.data.version });
    makeLive(opts.pool, valid.data);
    await opts.audit(res.locals.user as User, 'pool rolled back', { version: parsed.data.version });
    res.json({ version: parsed.data.version });
  });
}
