/**
 * Dialog trees as administrators change them: a draft, validated by the same schema and linter as
 * start-up; publishing makes it live for new conversations (no restart), and every published
 * version is kept with who published it, so any can be brought back.
 */
import { createHash } from 'node:crypto';
import type { Router } from 'express';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { LoadedTree } from '../core/tree-loader.js';
import { validateTree } from '../core/tree-loader.js';
import type { Tree } from '../core/tree-schema.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { Role, User } from './accounts.js';

interface TreeVersion {
  id: string;
  tree: string;
  n: number;
  json: Tree;
  publishedBy: string;
  publishedAt: string;
}
interface TreeDraft {
  id: string;
  tree: string;
  json: Tree;
  savedBy: string;
  savedAt: string;
}
interface LivePointer {
  id: string;
  tree: string;
  n: number;
}

const versionId = (tree: string, n: number) => `v:${tree}:${n}`;

/** A tree as the runtime uses it; the version is a hash of its content, as for files. */
export function loadedFromJson(tree: Tree, source: string): LoadedTree {
  return { tree, version: createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 12), file: source };
}

export interface TreeAdminOptions {
  store: Store;
  /** The runtime's hooks: which trees there are, what is live, and making a version live. */
  ids(): string[];
  live(id: string): LoadedTree | undefined;
  use(loaded: LoadedTree): void;
  /** The audit log (accounts.ts). */
  audit(user: User, action: string, detail: { tree: string } & Record<string, unknown>): Promise<void>;
  log: Logger;
  now?: () => Date;
}

/** Brings back the newest published version of every tree at start, so a restart keeps what was published. */
export async function restorePublished(store: Store, ids: Iterable<string>, use: (loaded: LoadedTree) => void, log: Logger): Promise<void> {
  for (const id of ids) {
    const pointer = await store.get<LivePointer>('trees', `live:${id}`);
    if (!pointer) continue;
    const version = await store.get<TreeVersion>('trees', versionId(id, pointer.n));
    const checked = version && validateTree(version.json);
    // A stored version that no longer passes (the schema grew stricter) never goes live: the file stays.
    if (!checked?.tree || checked.issues.length > 0) {
      log.error({ tree: id, version: pointer.n }, 'published tree version is not valid any more; using the file');
      continue;
    }
    use(loadedFromJson(checked.tree, `published version ${pointer.n}`));
  }
}

export function registerTreeRoutes(api: Router, allow: (...roles: Role[]) => RequestHandler, opts: TreeAdminOptions): void {
  const { store, log } = opts;
  const now = opts.now ?? (() => new Date());
  const editors = allow('administrator', 'editor');

  const liveNumber = async (id: string) => (await store.get<LivePointer>('trees', `live:${id}`))?.n ?? 1;
  const audit = (user: User, action: string, tree: string, detail: Record<string, unknown> = {}) => opts.audit(user, action, { tree, ...detail });

  /** Points the tree at version `n`, makes it live for new conversations, and writes it down. */
  const goLive = async (user: User, action: 'published' | 'rolled back', id: string, tree: Tree, n: number) => {
    await store.put<LivePointer>('trees', { id: `live:${id}`, tree: id, n });
    opts.use(loadedFromJson(tree, `published version ${n}`));
    await audit(user, action, id, { version: n });
    log.info({ tree: id, version: n }, `tree ${action}`);
  };

  /** The 422 of the contract: each bad node named. */
  const invalid = (id: string, body: unknown) => {
    const { tree, issues } = validateTree(body);
    if (tree && tree.id !== id) return { issues: [{ node: '(tree)', message: `tree id '${tree.id}' must be '${id}'` }] };
    return tree && issues.length === 0 ? { tree } : { issues };
  };

  api.get('/trees', editors, async (_req, res) => {
    res.json(await Promise.all(opts.ids().map(async (id) => ({ id, version: await liveNumber(id) }))));
  });

  api.get('/trees/:id', editors, (req, res) => {
    const loaded = opts.live(req.params.id as string);
    if (!loaded) {
      res.status(404).json({ error: 'no such tree' });
      return;
    }
    res.json(loaded.tree);
  });

  api.put('/trees/:id/draft', editors, async (req, res) => {
    const id = req.params.id as string;
    if (!opts.live(id)) {
      res.status(404).json({ error: 'no such tree' });
      return;
    }
    const checked = invalid(id, req.body);
    if (!checked.tree) {
      res.status(422).json({ errors: checked.issues });
      return;
    }
    const user = res.locals.user as User;
    await store.put<TreeDraft>('trees', { id: `draft:${id}`, tree: id, json: checked.tree, savedBy: user.email, savedAt: now().toISOString() });
    await audit(user, 'draft saved', id);
    res.json({ ok: true });
  });

  api.post('/trees/:id/publish', editors, async (req, res) => {
    const id = req.params.id as string;
    const draft = await store.get<TreeDraft>('trees', `draft:${id}`);
    const live = opts.live(id);
    if (!draft || !live) {
      res.status(404).json({ error: 'no draft to publish' });
      return;
    }
    // Checked again: a draft saved under an older schema must not go live.
    const checked = invalid(id, draft.json);
    if (!checked.tree) {
      res.status(422).json({ errors: checked.issues });
      return;
    }
    const user = res.locals.user as User;
    const at = now().toISOString();
    const versions = (await store.list<TreeVersion>('trees', { field: 'tree', value: id })).filter((r) => r.id.startsWith('v:'));
    // The version running from the file becomes version 1, so a rollback can bring it back.
    if (versions.length === 0) await store.put<TreeVersion>('trees', { id: versionId(id, 1), tree: id, n: 1, json: live.tree, publishedBy: 'dialogs/ (file)', publishedAt: at });
    const n = Math.max(1, ...versions.map((v) => v.n)) + 1;
    await store.put<TreeVersion>('trees', { id: versionId(id, n), tree: id, n, json: checked.tree, publishedBy: user.email, publishedAt: at });
    await store.delete('trees', `draft:${id}`);
    await goLive(user, 'published', id, checked.tree, n);
    res.json({ version: n });
  });

  api.post('/trees/:id/rollback', editors, async (req, res) => {
    const id = req.params.id as string;
    const parsed = z.strictObject({ version: z.int().min(1) }).safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'send {"version": n}' });
      return;
    }
    const { version } = parsed.data;
    const stored = await store.get<TreeVersion>('trees', versionId(id, version));
    const checked = stored && invalid(id, stored.json);
    if (!checked?.tree) {
      res.status(stored ? 422 : 404).json(stored ? { errors: checked?.issues ?? [] } : { error: 'no such version' });
      return;
    }
    await goLive(res.locals.user as User, 'rolled back', id, checked.tree, version);
    res.json({ version });
  });
}
