import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Handoff, HandoffRequest, HandoffStatus } from '../handoff/handoff.js';
import type { Classifier } from '../nlu/types.js';
import type { Pool } from '../pool/pool-schema.js';
import type { Store } from '../store/store.js';
import type { ChannelId, Inbound, Outbound } from './messages.js';
import type { ConversationState, Effect, SiteVars, StepContext, StepInput, StepResult } from './state.js';
import { render } from './render.js';
import { initialState, step } from './step.js';
import type { LoadedTree } from './tree-loader.js';
import { parseCommand } from './commands.js';
import { MAX_TEXT, turn, type TurnInput } from './turn.js';
import { recordIntake } from '../monitoring/events.js';
import { createSharedQueue } from '../util/shared-queue.js';
import { wellFormed } from '../util/text.js';
import { consentsOf, consentTextVersion, recordConsent, sharedCategories, withdrawConsents } from '../privacy/consent-log.js';
import type { NodeOf } from './tree-schema.js';

/** A conversation as stored: its state plus what the runtime needs to expire it. */
export interface ConversationRecord {
  id: string;
  channel: ChannelId;
  user: string;
  state: ConversationState;
  createdAt: string;
  updatedAt: string;
  /** Said outside a reply while the resident's channel could not take it (the web chat): shown next time. */
  pending?: Outbound[];
}

/** Sends to a resident on a channel that can speak first (Telegram, WhatsApp, e-mail, Bot Framework). */
export type Sender = (user: string, replies: Outbound[]) => Promise<void>;

/** What a resident is told later about their case, and with which dialog text. */
export interface CaseNotice {
  /** The conversation the case came from (`<channel>:<user>`). */
  conversation: string;
  text: 'case_accepted' | 'case_declined' | 'case_closed' | 'case_waiting' | 'supporter_message';
  vars: { reference: string; organisation: string };
  /** Words of the supporter, after the text (supporter_message). */
  message?: string;
}

/** At most this many notices wait for a web chat resident; older ones make way. */
const MAX_PENDING = 20;

/** What the runtime needs from the handoff side. */
export interface HandoffPort {
  create(request: HandoffRequest): Promise<Handoff>;
  /** The resident chose another organisation: the case ends there, and the organisation is told politely. */
  switchAway?(reference: string): Promise<void>;
  status(reference: string): Promise<{ reference: string; status: HandoffStatus; organisation: string } | undefined>;
}

export interface RuntimeDeps {
  store: Store;
  /** The live trees by id; a conversation keeps the version it started with while this process runs. */
  trees: Map<string, LoadedTree>;
  /** Which tree new conversations start on. */
  startTree: string;
  pool: Pool;
  /** The privacy page's address and the retention period, for the texts that mention them. */
  site: SiteVars;
  classifier: Classifier;
  isCrisis(text: string): boolean;
  handoffs: HandoffPort;
  log: Logger;
  now?: () => Date;
  sessionTtlMs: number;
  /** Channels that can speak first, by id; filled when they start. The rest keep notices pending. */
  senders?: Map<ChannelId, Sender>;
  /** Answers between resident and supporter by e-mail, when Naast can receive mail. */
  relay?: {
    isOpen(reference: string): Promise<boolean>;
    fromResident(reference: string, text: string): Promise<void>;
  };
  /**
   * Erases everything kept about a conversation (src/privacy/erasure.ts). Without it (the editor's
   * preview) only the conversation and its address record are deleted.
   */
  erase?(conversation: string, by: 'erasure' | 'administrator'): Promise<unknown>;
}

/** Effects a single turn may chain (classify → handoff is two); a backstop against a runaway tree. */
const MAX_EFFECTS = 8;

/** The fallback when even the tree is unusable: never silence, never a stack trace. */
const LAST_RESORT: Outbound = {
  kind: 'text',
  text: 'Sorry, er ging iets mis. Probeer het later opnieuw of bel de gemeente. / Sorry, something went wrong. Please try again later or call the municipality.',
};

/** The conversation key: one resident on one channel. */
export function conversationId(channel: ChannelId, user: string): string {
  return `${channel}:${user}`;
}

/**
 * Runs turns with I/O around the pure core: load, step, run effects, save, reply.
 * Messages of one conversation are handled one at a time, in arrival order.
 */
export function createRuntime(deps: RuntimeDeps) {
  const now = deps.now ?? (() => new Date());
  // Turns of one conversation one at a time, across every instance sharing the store.
  const queue = createSharedQueue(deps.store, 'conversation');
  // Every version seen in this process, so a running conversation keeps its own.
  const versions = new Map<string, LoadedTree>();
  for (const t of deps.trees.values()) versions.set(`${t.tree.id}@${t.version}`, t);

  function treeFor(state: ConversationState | undefined): LoadedTree | undefined {
    if (state) {
      const kept = versions.get(`${state.tree}@${state.version}`);
      if (kept) return kept;
    }
    return undefined;
  }

  async function runEffect(effect: Exclude<Effect, { kind: 'erase' }>, record: { id: string; channel: ChannelId }): Promise<StepInput> {
    switch (effect.kind) {
      case 'classify': {
        const result = deps.classifier.classify(effect.text);
        if (!result.outOfScope) {
          // A count for monitoring (month, channel, domains); never who, never the words. It must not cost the turn.
          await recordIntake(deps.store, { at: now(), channel: record.channel, domains: result.domains.map((d) => d.id), complaint: result.complaint, language: result.language }).catch(
            (err: unknown) => deps.log.warn({ conversation: record.id, err: errorSummary(err) }, 'intake not counted'),
          );
        }
        return { kind: 'classified', result };
      }
      case 'handoff': {
        const handoff = await deps.handoffs.create({ ...effect.draft, channel: record.channel, conversation: record.id });
        return { kind: 'handed-off', reference: handoff.reference };
      }
    }
  }

  /**
   * After the intake, once the supporter has written, the resident's words are their answer, also
   * days later when the conversation itself has expired (supporters answer when they can). Returns
   * the confirmation, or undefined when the message is for the dialog.
   */
  async function relayToSupporter(id: string, inbound: Inbound, stored: ConversationRecord | undefined, loaded: LoadedTree, at: Date): Promise<Outbound | undefined> {
    const last = stored?.state;
    // A question Naast asked (the language, "really erase everything?") is answered to Naast, not the supporter.
    if (!stored || !last?.reference || last.pending || inbound.kind !== 'text' || !deps.relay) return undefined;
    const said = inbound.text.trim();
    if (said === '' || said.length > MAX_TEXT || parseCommand(said) !== undefined || deps.isCrisis(said)) return undefined;
    if ((treeFor(last) ?? loaded).tree.nodes.find((n) => n.id === last.node)?.kind !== 'end') return undefined;
    if (!(await deps.relay.isOpen(last.reference))) return undefined;
    await deps.relay.fromResident(last.reference, said);
    await deps.store.put<ConversationRecord>('conversations', { id, channel: inbound.channel, user: inbound.user, state: last, createdAt: stored.createdAt, updatedAt: at.toISOString() });
    const status = await deps.handoffs.status(last.reference);
    return { kind: 'text', text: render(loaded.tree.texts.relayed, last, deps.pool, { ...deps.site, reference: last.reference, organisation: status?.organisation ?? '' }) };
  }

  /**
   * The consent log follows the dialog: a yes at the consent node is written before anything can
   * be handed off (the handoff service refuses a case without it); "stop" or "opnieuw" after that
   * yes, before the handoff, withdraws it, as the consent text promises.
   */
  async function logConsent(id: string, loaded: LoadedTree, before: ConversationState | undefined, after: ConversationState, said: string | undefined): Promise<void> {
    const given = after.consent;
    if (given && given.at !== before?.consent?.at) {
      const tree = loaded.tree;
      const shownIn = before ?? after;
      const atNode = tree.nodes.find((n) => n.id === shownIn.node);
      const node = (atNode?.kind === 'consent' ? atNode : tree.nodes.find((n) => n.kind === 'consent')) as NodeOf<'consent'> | undefined;
      const organisation = deps.pool.organisations.find((o) => o.id === after.organisation);
      const name = organisation?.name ?? after.organisation ?? '';
      // The words exactly as the resident saw them, in their language, for the text's fingerprint.
      const shown = node ? render(node.text, shownIn, deps.pool, { ...deps.site, organisation: name }) : given.text;
      await recordConsent(deps.store, {
        conversation: id,
        organisation: { id: after.organisation ?? '', name },
        purpose: after.kind,
        shared: sharedCategories(tree.nodes.find((n) => n.kind === 'handoff') as NodeOf<'handoff'> | undefined),
        at: given.at,
        lang: shownIn.lang,
        textVersion: consentTextVersion(tree.id, loaded.version, shown),
      });
    }
    const command = said === undefined ? undefined : parseCommand(said);
    const earlier = before?.consent;
    if (earlier && !before.reference && (command === 'stop' || command === 'restart')) {
      const mine = (await consentsOf(deps.store, { conversation: id })).filter((c) => c.at === earlier.at && !c.reference);
      await withdrawConsents(deps.store, mine, { by: 'resident', at: now().toISOString() });
    }
  }

  /** Erasure inside the conversation's turn (or its queue slot): the full one, or the preview's small one. */
  async function eraseNow(id: string, by: 'erasure' | 'administrator'): Promise<void> {
    if (deps.erase) {
      await deps.erase(id, by);
      return;
    }
    await deps.store.delete('addresses', id);
    await deps.store.delete('conversations', id);
    await deps.store.compact('conversations');
    await deps.store.compact('addresses');
  }

  async function handleNow(received: Inbound): Promise<Outbound[]> {
    // No store can keep a NUL or half an emoji, and no person typed them (src/util/text.ts).
    const inbound = received.kind === 'text' ? { ...received, text: wellFormed(received.text, '') } : received;
    const id = conversationId(inbound.channel, inbound.user);
    const at = now();
    const stored = await deps.store.get<ConversationRecord>('conversations', id);
    const expired = stored !== undefined && at.getTime() - Date.parse(stored.updatedAt) > deps.sessionTtlMs;
    // A stale version (the tree changed and the process restarted) starts afresh rather than guess.
    const kept = expired ? undefined : treeFor(stored?.state);
    const loaded = kept ?? deps.trees.get(deps.startTree)!;
    const state = kept ? stored?.state : undefined;

    const ctx: StepContext = { now: at.toISOString(), pool: deps.pool, site: deps.site, isCrisis: deps.isCrisis };
    // Notices that waited for the resident come first, then the answer to what they said.
    const pending = stored?.pending ?? [];
    if (state?.reference) {
      const status = await deps.handoffs.status(state.reference);
      if (status) ctx.handoff = status;
    }
    const input: TurnInput =
      inbound.kind === 'text' ? { kind: 'text', text: inbound.text } : inbound.kind === 'choice' ? { kind: 'choice', choice: inbound.choice } : { kind: 'media' };

    if (state?.reference && state.organisation && inbound.kind === 'text' && parseCommand(inbound.text) === 'switch' && deps.handoffs.switchAway) {
      // The resident's choice leads: even if telling the organisation fails now, they choose again.
      await deps.handoffs.switchAway(state.reference).catch((err: unknown) => deps.log.error({ conversation: id, err: errorSummary(err) }, 'switching organisation not recorded'));
    }

    const relayed = await relayToSupporter(id, inbound, stored, loaded, at);
    if (relayed) return [...pending, relayed];

    let result: StepResult = turn(loaded.tree, loaded.version, state, input, ctx, { expired: expired || (stored !== undefined && !kept) });
    await logConsent(id, loaded, expired ? undefined : stored?.state, result.state, inbound.kind === 'text' ? inbound.text : undefined);
    const replies = [...pending, ...result.replies];
    for (let i = 0; result.effects.length > 0 && i < MAX_EFFECTS; i++) {
      const [effect] = result.effects;
      if (effect!.kind === 'erase') {
        try {
          await eraseNow(id, 'erasure');
        } catch (err) {
          // Never silence, never a stack trace: the error text instead of erase_done, and what is left stays usable.
          deps.log.error({ effect: 'erase', err: errorSummary(err) }, 'erasure failed');
          const left = await deps.store.get<ConversationRecord>('conversations', id);
          if (left) await deps.store.put('conversations', { ...left, state: result.state, updatedAt: at.toISOString() });
          return [...pending, { kind: 'text', text: render(loaded.tree.texts.error, result.state, deps.pool, deps.site) }];
        }
        // Nothing is saved: the next message starts a new conversation.
        return replies;
      }
      let feedback: StepInput;
      try {
        feedback = await runEffect(effect as Exclude<Effect, { kind: 'erase' }>, { id, channel: inbound.channel });
      } catch (err) {
        deps.log.error({ conversation: id, effect: effect!.kind, err: errorSummary(err) }, 'effect failed');
        feedback = { kind: 'effect-failed' };
      }
      result = step(loaded.tree, result.state, feedback, ctx);
      replies.push(...result.replies);
    }

    const record: ConversationRecord = {
      id,
      channel: inbound.channel,
      user: inbound.user,
      state: result.state,
      createdAt: state && stored ? stored.createdAt : at.toISOString(),
      updatedAt: at.toISOString(),
    };
    await deps.store.put('conversations', record);
    return replies;
  }

  const watchers = new Map<string, Set<() => void>>();
  /** Watched conversations by the hash other instances signal them by (an id can hold an e-mail address). */
  const watchedBy = new Map<string, string>();
  const signalId = (id: string) => createHash('sha256').update(id).digest('base64url').slice(0, 24);
  const wake = (id: string) => {
    for (const w of watchers.get(id) ?? []) w();
  };
  // A notice kept by another instance wakes the resident's live stream here.
  deps.store.signals?.subscribe('conversation', (hash) => {
    const id = watchedBy.get(hash);
    if (id) wake(id);
  });

  /** Tells a resident something about their case: through their channel, or kept for their next visit. */
  /** Keeps notices for the resident's next turn (or their live stream); call inside the conversation's queue slot. */
  const keepPending = (record: ConversationRecord, replies: Outbound[]) =>
    deps.store.put('conversations', { ...record, pending: [...(record.pending ?? []), ...replies].slice(-MAX_PENDING) });

  async function notify(notice: CaseNotice): Promise<'sent' | 'kept' | 'gone'> {
    const id = notice.conversation;
    const kept = await queue.run(id, async () => {
      const record = await deps.store.get<ConversationRecord>('conversations', id);
      // Erased or expired by retention: there is nobody left to tell.
      if (!record) return undefined;
      const loaded = treeFor(record.state) ?? deps.trees.get(deps.startTree)!;
      const head = render(loaded.tree.texts[notice.text], record.state, deps.pool, { ...deps.site, ...notice.vars });
      const replies: Outbound[] = [{ kind: 'text', text: notice.message ? `${head}\n\n${notice.message}` : head }];
      const sender = deps.senders?.get(record.channel);
      if (sender) return { record, replies, sender };
      await keepPending(record, replies);
      return { record, replies, sender: undefined };
    });
    if (!kept) return 'gone';
    if (kept.sender) {
      try {
        await kept.sender(kept.record.user, kept.replies);
        return 'sent';
      } catch (err) {
        // The channel cannot reach them now (its API is down, or another instance runs it): the
        // notice waits for their next message instead of being lost.
        deps.log.warn({ conversation: id, err: errorSummary(err) }, 'notice not sent; kept for the next turn');
        const stored = await queue.run(id, async () => {
          const record = await deps.store.get<ConversationRecord>('conversations', id);
          if (record) await keepPending(record, kept.replies);
          return record !== undefined;
        });
        return stored ? 'kept' : 'gone';
      }
    }
    wake(id);
    if (deps.store.signals) {
      await deps.store.signals.publish('conversation', signalId(id)).catch((err: unknown) => deps.log.warn({ err: errorSummary(err) }, 'notice not signalled to other instances; shown at the next turn'));
    }
    return 'kept';
  }

  return {
    notify,
    /**
     * Makes a tree version live for new conversations; running ones keep the version they started
     * with, because every version seen by this process stays known.
     */
    useTree(loaded: LoadedTree): void {
      versions.set(`${loaded.tree.id}@${loaded.version}`, loaded);
      deps.trees.set(loaded.tree.id, loaded);
    },
    /** The ids of the trees there are. */
    treeIds(): string[] {
      return [...deps.trees.keys()];
    },
    /** The live version of a tree. */
    liveTree(id: string): LoadedTree | undefined {
      return deps.trees.get(id);
    },
    /** Takes the notices waiting for a resident (the web chat's live stream delivers them). */
    takePending(channel: ChannelId, user: string): Promise<Outbound[]> {
      const id = conversationId(channel, user);
      return queue.run(id, async () => {
        const record = await deps.store.get<ConversationRecord>('conversations', id);
        if (!record?.pending?.length) return [];
        const { pending, ...rest } = record;
        await deps.store.put('conversations', rest);
        return pending;
      });
    },
    /** Calls `wake` whenever a notice is kept for this resident; returns the way to stop. */
    watch(channel: ChannelId, user: string, wake: () => void): () => void {
      const id = conversationId(channel, user);
      const set = watchers.get(id) ?? new Set();
      set.add(wake);
      watchers.set(id, set);
      const hash = signalId(id);
      watchedBy.set(hash, id);
      return () => {
        set.delete(wake);
        if (set.size === 0 && watchers.get(id) === set) {
          watchers.delete(id);
          watchedBy.delete(hash);
        }
      };
    },
    /** Handles one resident message and returns what to say; never throws. */
    handle(inbound: Inbound): Promise<Outbound[]> {
      const id = conversationId(inbound.channel, inbound.user);
      return queue.run(id, async () => {
        try {
          return await handleNow(inbound);
        } catch (err) {
          deps.log.error({ conversation: id, err: errorSummary(err) }, 'turn failed');
          const tree = deps.trees.get(deps.startTree);
          if (!tree) return [LAST_RESORT];
          // The state may be what failed, so the language is unknown: say it in both.
          const both = (['nl', 'en'] as const).map((lang) => render(tree.tree.texts.error, { ...initialState(tree.tree, tree.version), lang }, deps.pool, deps.site));
          return [{ kind: 'text', text: both.join('\n\n') }];
        }
      });
    },
    /**
     * Erases a conversation (`<channel>:<user>`) on an administrator's request, in turn with the
     * resident's own messages so no turn writes it back halfway.
     */
    erase(conversation: string, by: 'erasure' | 'administrator' = 'administrator'): Promise<void> {
      return queue.run(conversation, () => eraseNow(conversation, by));
    },
    /** Whether a conversation exists (web chat sessions). */
    async exists(channel: ChannelId, user: string): Promise<boolean> {
      return (await deps.store.get('conversations', conversationId(channel, user))) !== undefined;
    },
    /** Waits for every turn in progress, for a clean shutdown. */
    async idle(): Promise<void> {
      await queue.idle();
    },
  };
}

export type Runtime = ReturnType<typeof createRuntime>;

/** An error's class and message only: a stack or cause could carry a resident's text. */
function errorSummary(err: unknown): { type: string; message: string } {
  return err instanceof Error ? { type: err.name, message: err.message.slice(0, 300) } : { type: typeof err, message: 'non-error thrown' };
}
