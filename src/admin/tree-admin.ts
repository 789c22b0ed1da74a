/**
 * Dialog trees as administrators change them: a draft, validated by the same schema and linter as
 * start-up; publishing makes it live for new conversations (no restart), and every published
 * version is kept with who published it and what it changed, so any can be brought back.
 */
import { createHash } from 'node:crypto';
import type { Router } from 'express';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { LoadedTree } from '../core/tree-loader.js';
import { validateTree } from '../core/tree-loader.js';
import type { Tree } from '../core/tree-schema.js';
import type { Logger } from '../log.js';
import type { Classifier } from '../nlu/types.js';
import type { Pool } from '../pool/pool-schema.js';
import type { Store } from '../store/store.js';
import type { Role, User } from './accounts.js';
import { auditChanges } from './audit-changes.js';
import { treeHints } from './b1-hints.js';
import { describeChange, diffTrees, type TreeChange } from './tree-diff.js';
import { treeGraphSvg } from './tree-graph.js';
import { createTreePreview } from './tree-preview.js';
import type { SiteVars } from '../core/state.js';

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
/** A version as the editor lists it; the file's version has no publishing time. */
type KnownVersion = Omit<TreeVersion, 'id' | 'tree' | 'publishedAt'> & { publishedAt: string | null };

const versionId = (tree: string, n: number) => `v:${tree}:${n}`;
/** Who "published" the tree that came from dialogs/ before anyone published one. */
const FROM_FILE = 'dialogs/ (file)';

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
  /** What the preview runs on, as the real conversations do; without it the preview answers 503. */
  preview?: { pool: Pool; classifier: Classifier; isCrisis(text: string): boolean; site: SiteVars };
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

const PreviewBody = z.strictObject({
  tree: z.unknown(),
  session: z.string().regex(/^[A-Za-z0-9-]{8,64}$/).optional(),
  text: z.string().max(20_000).optional(),
  choice: z.string().min(1).max(200).optional(),
});

/** What the routes offer the rest of Naast: a tree file changed on disk goes through the same door as the editor. */
export interface TreeAdmin {
  /** A valid tree read from `file` becomes the next version (unless it is what is live already). */
  fromFile(file: string, tree: Tree): Promise<number | undefined>;
  /** A tree file that failed to load: shown to editors until the file is right again. */
  fileFailed(id: string, message: string): void;
}

export function registerTreeRoutes(api: Router, allow: (...roles: Role[]) => RequestHandler, opts: TreeAdminOptions): TreeAdmin {
  const { store, log } = opts;
  const now = opts.now ?? (() => new Date());
  const editors = allow('administrator', 'editor');
  const preview = opts.preview && createTreePreview({ pool: () => opts.preview!.pool, classifier: opts.preview.classifier, isCrisis: opts.preview.isCrisis, site: opts.preview.site, log, now });

  const fileErrors = new Map<string, string>();
  const liveNumber = async (id: string) => (await store.get<LivePointer>('trees', `live:${id}`))?.n ?? 1;
  const audit = (user: User, action: string, tree: string, detail: Record<string, unknown> = {}) => opts.audit(user, action, { tree, ...detail });

  /** Every version, oldest first; before the first publish, the file's tree is version 1. */
  const versionsOf = async (id: string): Promise<KnownVersion[]> => {
    const stored = (await store.list<TreeVersion>('trees', { field: 'tree', value: id })).filter((r) => r.id.startsWith('v:')).sort((a, b) => a.n - b.n);
    if (stored.length > 0) return stored.map(({ n, json, publishedBy, publishedAt }) => ({ n, json, publishedBy, publishedAt }));
    const live = opts.live(id);
    return live ? [{ n: 1, json: live.tree, publishedBy: FROM_FILE, publishedAt: null }] : [];
  };
  // Versions never change once written, so their diffs can be kept.
  const diffs = new Map<string, ReturnType<typeof diffTrees>>();
  const changesOf = (id: string, all: KnownVersion[], version: KnownVersion) => {
    const previous = all.filter((v) => v.n < version.n).at(-1);
    if (!previous) return [];
    const key = `${id}:${previous.n}:${version.n}`;
    if (!diffs.has(key)) diffs.set(key, diffTrees(previous.json, version.json));
    return diffs.get(key)!;
  };

  /** Points the tree at version `n`, makes it live for new conversations, and writes it down with what changed. */
  const goLive = async (user: User, action: 'published' | 'rolled back', id: string, tree: Tree, n: number) => {
    const from = await liveNumber(id);
    const before = opts.live(id)?.tree;
    await store.put<LivePointer>('trees', { id: `live:${id}`, tree: id, n });
    opts.use(loadedFromJson(tree, `published version ${n}`));
    await announcePublished(store, 'trees', log);
    await audit(user, action, id, { version: n, from, to: n, ...(before ? auditChanges(diffTrees(before, tree).map(describeChange)) : {}) });
    log.info({ tree: id, version: n }, `tree ${action}`);
  };

  /** The 422 of the contract: each bad node named. */
  const invalid = (id: string, body: unknown) => {
    const { tree, issues } = validateTree(body);
    // `parsed`: the tree when the schema took it, for hints even while the linter still objects.
    if (tree && tree.id !== id) return { issues: [{ node: '(tree)', message: `tree id '${tree.id}' must be '${id}'` }], parsed: tree };
    return tree && issues.length === 0 ? { tree, parsed: tree } : { issues, parsed: tree };
  };
  /** Refuses a tree id the runtime does not know; true when the route may go on. */
  const known = (id: string, res: Parameters<RequestHandler>[1]) => {
    if (opts.live(id)) return true;
    res.status(404).json({ error: 'no such tree' });
    return false;
  };

  api.get('/trees', editors, async (_req, res) => {
    res.json(await Promise.all(opts.ids().map(async (id) => ({ id, version: await liveNumber(id), ...(fileErrors.has(id) ? { fileError: fileErrors.get(id) } : {}) }))));
  });

  api.get('/trees/:id', editors, (req, res) => {
    const id = req.params.id as string;
    if (known(id, res)) res.json(opts.live(id)!.tree);
  });

  // The editor checks as the administrator types: nothing is saved.
  api.post('/trees/:id/check', editors, (req, res) => {
    const id = req.params.id as string;
    if (!known(id, res)) return;
    const checked = invalid(id, req.body);
    res.json({ errors: checked.issues ?? [], hints: checked.parsed ? treeHints(checked.parsed) : [] });
  });

  api.get('/trees/:id/draft', editors, async (req, res) => {
    const draft = await store.get<TreeDraft>('trees', `draft:${req.params.id as string}`);
    if (!draft) {
      res.status(404).json({ error: 'no draft' });
      return;
    }
    res.json({ tree: draft.json, savedBy: draft.savedBy, savedAt: draft.savedAt });
  });

  api.put('/trees/:id/draft', editors, async (req, res) => {
    const id = req.params.id as string;
    if (!known(id, res)) return;
    const checked = invalid(id, req.body);
    if (!checked.tree) {
      res.status(422).json({ errors: checked.issues });
      return;
    }
    const user = res.locals.user as User;
    await store.put<TreeDraft>('trees', { id: `draft:${id}`, tree: id, json: checked.tree, savedBy: user.email, savedAt: now().toISOString() });
    await audit(user, 'draft saved', id);
    res.json({ ok: true, hints: treeHints(checked.tree) });
  });

  /** Keeps `tree` as the next version and makes it live; `by` is a user, or a file changed on disk. */
  const publish = async (by: Pick<User, 'email'>, id: string, tree: Tree): Promise<number> => {
    const at = now().toISOString();
    const versions = (await store.list<TreeVersion>('trees', { field: 'tree', value: id })).filter((r) => r.id.startsWith('v:'));
    const live = opts.live(id)!;
    // The version running from the file becomes version 1, so a rollback can bring it back.
    if (versions.length === 0) await store.put<TreeVersion>('trees', { id: versionId(id, 1), tree: id, n: 1, json: live.tree, publishedBy: FROM_FILE, publishedAt: at });
    const n = Math.max(1, ...versions.map((v) => v.n)) + 1;
    await store.put<TreeVersion>('trees', { id: versionId(id, n), tree: id, n, json: tree, publishedBy: by.email, publishedAt: at });
    await goLive(by as User, 'published', id, tree, n);
    return n;
  };

  api.post('/trees/:id/publish', editors, async (req, res) => {
    const id = req.params.id as string;
    const draft = await store.get<TreeDraft>('trees', `draft:${id}`);
    if (!draft || !opts.live(id)) {
      res.status(404).json({ error: 'no draft to publish' });
      return;
    }
    // Checked again: a draft saved under an older schema must not go live.
    const checked = invalid(id, draft.json);
    if (!checked.tree) {
      res.status(422).json({ errors: checked.issues });
      return;
    }
    const n = await publish(res.locals.user as User, id, checked.tree);
    await store.delete('trees', `draft:${id}`);
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

  api.get('/trees/:id/versions', editors, async (req, res) => {
    const id = req.params.id as string;
    if (!known(id, res)) return;
    const all = await versionsOf(id);
    const live = await liveNumber(id);
    res.json(
      all
        .map((v) => ({ version: v.n, publishedBy: v.publishedBy, publishedAt: v.publishedAt, live: v.n === live, changes: changesOf(id, all, v).length }))
        .reverse(),
    );
  });

  api.get('/trees/:id/versions/:n', editors, async (req, res) => {
    const id = req.params.id as string;
    const all = await versionsOf(id);
    const version = all.find((v) => String(v.n) === req.params.n);
    if (!version) {
      res.status(404).json({ error: 'no such version' });
      return;
    }
    const live = await liveNumber(id);
    const changes = changesOf(id, all, version).map((c) => ({ ...c, text: describeChange(c) }));
    res.json({ version: version.n, publishedBy: version.publishedBy, publishedAt: version.publishedAt, live: version.n === live, tree: version.json, changes });
  });

  // A picture of the tree, drawn on the server; the changed steps stand out.
  api.get('/trees/:id/graph.svg', editors, async (req, res) => {
    const id = req.params.id as string;
    const of = typeof req.query.of === 'string' ? req.query.of : 'live';
    const live = opts.live(id);
    let tree: Tree | undefined;
    let changes: TreeChange[] = [];
    if (of === 'live') tree = live?.tree;
    else if (of === 'draft') {
      tree = (await store.get<TreeDraft>('trees', `draft:${id}`))?.json;
      if (tree && live) changes = diffTrees(live.tree, tree);
    } else if (/^[1-9][0-9]{0,5}$/.test(of)) {
      const all = await versionsOf(id);
      const version = all.find((v) => v.n === Number(of));
      tree = version?.json;
      if (version) changes = changesOf(id, all, version);
    }
    if (!tree) {
      res.status(404).json({ error: 'no such tree version' });
      return;
    }
    const ids = new Set(tree.nodes.map((n) => n.id));
    const highlight = [...new Set(changes.map((c) => c.node))].filter((n) => ids.has(n));
    const svg = await treeGraphSvg(tree, { highlight });
    res.set('Cache-Control', 'no-store').type('image/svg+xml').send(svg);
  });

  // A conversation with the posted (unsaved) tree on the real dialog code; see tree-preview.ts.
  api.post('/trees/:id/preview', editors, async (req, res) => {
    const id = req.params.id as string;
    if (!known(id, res)) return;
    if (!preview) {
      res.status(503).json({ error: 'preview is not available' });
      return;
    }
    const body = PreviewBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'send {"tree", "session"?, "text"? or "choice"?}' });
      return;
    }
    const checked = invalid(id, body.data.tree);
    if (!checked.tree) {
      res.status(422).json({ errors: checked.issues });
      return;
    }
    const { session, text, choice } = body.data;
    const user = res.locals.user as User;
    res.json(await preview.turn(user.id, session, loadedFromJson(checked.tree, 'preview'), choice !== undefined ? { choice } : { text: text ?? '' }));
  });

  return {
    async fromFile(file, tree) {
      fileErrors.delete(tree.id);
      const live = opts.live(tree.id);
      if (!live) {
        log.warn({ file, tree: tree.id }, 'a new dialog file is read at the next start');
        return undefined;
      }
      if (JSON.stringify(live.tree) === JSON.stringify(tree)) return undefined;
      return publish({ email: `${file} (file)` }, tree.id, tree);
    },
    fileFailed(id, message) {
      fileErrors.set(id, message);
    },
  };
}

/** Tells the other instances on the same database that a tree or the pool went live (they reload it). */
export async function announcePublished(store: Store, what: 'trees' | 'pool', log: Logger): Promise<void> {
  await store.signals?.publish('published', what).catch((err: Error) => log.warn({ err: err.message }, 'other instances not told of the publication; they load it at their next start'));
}
