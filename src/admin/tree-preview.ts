/**
 * The editor's preview: a conversation with a draft tree on the real dialog code (createRuntime, the
 * NLU, the crisis check, the live pool), but on a store of its own in memory and with a handoff port
 * that makes no case. Nothing a preview does reaches residents, organisations, monitoring or disk.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Handoff, HandoffRequest } from '../handoff/handoff.js';
import type { Outbound } from '../core/messages.js';
import { createRuntime, type HandoffPort, type Runtime } from '../core/runtime.js';
import type { LoadedTree } from '../core/tree-loader.js';
import type { Classifier } from '../nlu/types.js';
import type { Pool } from '../pool/pool-schema.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { SiteVars } from '../core/state.js';

/** The reference a preview "handoff" gets; never a real one (those have a hyphen). */
const PREVIEW_REFERENCE = 'PREVIEW';
/** A preview nobody touched for this long is gone. */
const PREVIEW_IDLE_MS = 30 * 60_000;
/** Previews one user may keep at once; the least recently used makes way. */
export const PREVIEWS_PER_USER = 20;

export interface PreviewDeps {
  /** The live pool, read when a preview starts (it is changed in place on publish). */
  pool: () => Pool;
  classifier: Classifier;
  isCrisis(text: string): boolean;
  site: SiteVars;
  log: Logger;
  now?: () => Date;
}

interface PreviewSession {
  user: string;
  id: string;
  /** Content hash of the tree it runs; another tree restarts the conversation. */
  version: string;
  runtime: Runtime;
  usedAt: number;
}

/** A handoff port that only pretends: no case, no mail, no record outside the preview. */
function previewHandoffs(now: () => Date): HandoffPort {
  const made = new Map<string, Handoff>();
  return {
    async create(request: HandoffRequest): Promise<Handoff> {
      const at = now().toISOString();
      const handoff: Handoff = { ...request, id: PREVIEW_REFERENCE, reference: PREVIEW_REFERENCE, createdAt: at, tokenHash: '', tokenExpiresAt: at, status: 'queued', history: [{ status: 'queued', at }] };
      made.set(PREVIEW_REFERENCE, handoff);
      return handoff;
    },
    async switchAway(reference) {
      made.delete(reference);
    },
    async status(reference) {
      const handoff = made.get(reference);
      return handoff && { reference, status: handoff.status, organisation: handoff.organisation.name };
    },
  };
}

export type PreviewInput = { text: string } | { choice: string };

export interface PreviewReply {
  session: string;
  replies: Outbound[];
  /** The conversation began anew: the first turn, a changed tree, or an unknown (expired) session. */
  restarted: boolean;
}

/** Preview conversations, kept per signed-in user in memory. */
export function createTreePreview(deps: PreviewDeps) {
  const now = deps.now ?? (() => new Date());
  const sessions = new Map<string, PreviewSession>();
  // Warnings and worse only (never chattier than the parent): a preview's "handoff created" must not read like a real one.
  const level = deps.log.levelVal > deps.log.levels.values.warn! ? deps.log.level : 'warn';
  const log = deps.log.child({ preview: true }, { level });

  const key = (user: string, id: string) => `${user}:${id}`;
  const sweep = (at: number) => {
    for (const [k, s] of sessions) if (at - s.usedAt > PREVIEW_IDLE_MS) sessions.delete(k);
  };

  function start(user: string, loaded: LoadedTree, at: number): PreviewSession {
    const mine = [...sessions.values()].filter((s) => s.user === user).sort((a, b) => a.usedAt - b.usedAt);
    for (const old of mine.slice(0, Math.max(0, mine.length - PREVIEWS_PER_USER + 1))) sessions.delete(key(user, old.id));
    const runtime = createRuntime({
      store: createMemoryStore(),
      trees: new Map([[loaded.tree.id, loaded]]),
      startTree: loaded.tree.id,
      pool: deps.pool(),
      classifier: deps.classifier,
      isCrisis: deps.isCrisis,
      site: deps.site,
      handoffs: previewHandoffs(now),
      log,
      now,
      sessionTtlMs: PREVIEW_IDLE_MS,
    });
    const session: PreviewSession = { user, id: randomUUID(), version: loaded.version, runtime, usedAt: at };
    sessions.set(key(user, session.id), session);
    return session;
  }

  return {
    /** One turn of a preview conversation on `loaded`, for `user`; starts one when needed. */
    async turn(user: string, session: string | undefined, loaded: LoadedTree, input: PreviewInput): Promise<PreviewReply> {
      const at = now().getTime();
      sweep(at);
      let current = session ? sessions.get(key(user, session)) : undefined;
      let restarted = false;
      if (!current || current.version !== loaded.version) {
        if (current) sessions.delete(key(user, current.id));
        current = start(user, loaded, at);
        restarted = true;
      }
      current.usedAt = at;
      // A choice belongs to the conversation it was offered in; a new one starts with its greeting.
      const said = 'choice' in input && !restarted ? { kind: 'choice' as const, choice: input.choice } : { kind: 'text' as const, text: 'text' in input ? input.text : '' };
      const replies = await current.runtime.handle({ ...said, channel: 'webchat', user: current.id, at: new Date(at) });
      return { session: current.id, replies, restarted };
    },
    /** How many previews are kept (for tests and a health view). */
    size(): number {
      return sessions.size;
    },
  };
}

export type TreePreview = ReturnType<typeof createTreePreview>;
