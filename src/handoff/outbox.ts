/** A durable outbox: mail is stored before anyone is told it exists, and retried with backoff until delivered. */
import type { Logger } from '../log.js';
import type { Store, StoredRecord } from '../store/store.js';
import { acrossInstances, unlessHeldElsewhere } from '../util/shared-queue.js';
import { MailError, type Delivery, type MailTransport, type OutgoingMail } from './mail-transport.js';

/** One mail in the 'outbox' collection; the body is dropped once delivered. */
export interface OutboxItem extends StoredRecord {
  id: string;
  /** The handoff's reference, so a resident's erasure can find (and withdraw) their mail. */
  handoff: string;
  status: 'pending' | 'delivered';
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  lastAttemptAt?: string;
  /** The last failure, without the mail's content. */
  lastError?: string;
  deliveredAt?: string;
  delivered?: Delivery['delivered'];
  /** Where the `.eml` file went, when delivered as a file. */
  path?: string;
  /** Present while pending. */
  mail?: OutgoingMail;
}

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  store: Store;
  transport: MailTransport;
  log: Logger;
  now?: () => Date;
  /** Called once an item is recorded as delivered; its errors are logged, not retried. */
  onDelivered?: (item: OutboxItem) => Promise<void>;
  /** First retry delay; doubles with each failure. Default 5 s. */
  baseDelayMs?: number;
  /** Longest retry delay. Default 1 h. */
  maxDelayMs?: number;
  /** How often the timer started by `start()` looks for due items. Default 1 s. */
  pollMs?: number;
}

/** The outbox as the handoff service and `main.ts` use it. */
export interface Outbox {
  /** Stores the mail durably, then tries to deliver it at once in the background. */
  enqueue(item: { id: string; handoff: string; mail: OutgoingMail }): Promise<void>;
  /** Tries every pending item now (a restart resumes them), then keeps retrying on a timer. */
  start(): Promise<void>;
  /** Tries every item that is due now and waits for those attempts. */
  runDue(): Promise<void>;
  /** Resolves once nothing is in flight and nothing is due (each due item is tried at most once per drain). */
  drain(): Promise<void>;
  /** Removes a handoff's undelivered mail; says which items were withdrawn and which had already gone. */
  withdraw(handoff: string): Promise<{ withdrawn: string[]; delivered: string[] }>;
  /** Stops the timer and waits for attempts in flight. */
  stop(): Promise<void>;
}

/** The outbox was asked something it cannot do; names the item. */
export class OutboxError extends Error {
  override readonly name = 'OutboxError';
  constructor(
    readonly item: string,
    message: string,
  ) {
    super(`outbox item ${item}: ${message}`);
  }
}

/** A durable outbox over the store's 'outbox' collection; one attempt per item at a time. */
export function createOutbox(options: OutboxOptions): Outbox {
  const { store, transport, log, onDelivered } = options;
  const now = options.now ?? (() => new Date());
  const baseDelay = options.baseDelayMs ?? 5_000;
  const maxDelay = options.maxDelayMs ?? 3_600_000;
  const pollMs = options.pollMs ?? 1_000;
  const inFlight = new Map<string, Promise<void>>();
  const withdrawing = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const pending = () => store.list<OutboxItem>('outbox', { field: 'status', value: 'pending' });
  const isDue = (item: OutboxItem) => Date.parse(item.nextAttemptAt) <= now().getTime();

  function attempt(id: string): Promise<void> {
    const running = inFlight.get(id);
    if (running) return running;
    if (withdrawing.has(id)) return Promise.resolve();
    const run = deliver(id)
      .catch((err: unknown) => log.error({ outbox: id, err: describe(err) }, 'outbox attempt failed unexpectedly'))
      .finally(() => inFlight.delete(id));
    inFlight.set(id, run);
    return run;
  }

  /** Another instance sending the same item right now: leave it to that one (the claim skips what is locked). */
  const deliver = (id: string) => unlessHeldElsewhere(store, `outbox:${id}`, () => deliverNow(id));

  async function deliverNow(id: string): Promise<void> {
    // Read again: the item may have been delivered or withdrawn since it was listed.
    const item = await store.get<OutboxItem>('outbox', id);
    if (!item || item.status !== 'pending' || !item.mail) return;
    const attempts = item.attempts + 1;
    const startedAt = now();
    let result: Delivery;
    try {
      result = await transport.send({ ...item.mail, name: item.mail.name ?? item.id });
    } catch (err) {
      const delay = Math.min(baseDelay * 2 ** (attempts - 1), maxDelay);
      const failed: OutboxItem = {
        ...item,
        attempts,
        lastAttemptAt: startedAt.toISOString(),
        nextAttemptAt: new Date(now().getTime() + delay).toISOString(),
        lastError: describe(err).slice(0, 300),
      };
      await store.put('outbox', failed);
      const permanent = err instanceof MailError && !err.retryable;
      log[permanent ? 'error' : 'warn'](
        { outbox: id, handoff: item.handoff, attempts, retryInMs: delay, err: describe(err) },
        'handoff mail not delivered; will retry',
      );
      return;
    }
    const done: OutboxItem = {
      id: item.id,
      handoff: item.handoff,
      status: 'delivered',
      attempts,
      createdAt: item.createdAt,
      nextAttemptAt: item.nextAttemptAt,
      lastAttemptAt: startedAt.toISOString(),
      deliveredAt: now().toISOString(),
      delivered: result.delivered,
      ...(result.path ? { path: result.path } : {}),
    };
    // Should this write fail, the mail stays pending and goes again: at least once, same Message-ID.
    await store.put('outbox', done);
    log.info({ outbox: id, handoff: item.handoff, via: result.delivered, attempts }, 'handoff mail delivered');
    if (onDelivered) {
      try {
        await onDelivered(done);
      } catch (err) {
        log.error({ outbox: id, handoff: item.handoff, err: describe(err) }, 'after-delivery step failed');
      }
    }
  }

  async function settle(): Promise<void> {
    while (inFlight.size) await Promise.allSettled([...inFlight.values()]);
  }

  async function runDue(): Promise<void> {
    if (stopped) return;
    const due = (await pending()).filter(isDue);
    await Promise.all(due.map((item) => attempt(item.id)));
  }

  return {
    async enqueue({ id, handoff, mail }) {
      if (!id || !handoff) throw new OutboxError(id || '(none)', 'needs an id and a handoff reference');
      if (!mail?.to || !mail.subject) throw new OutboxError(id, 'mail needs a recipient and a subject');
      if (await store.get('outbox', id)) throw new OutboxError(id, 'already in the outbox');
      const at = now().toISOString();
      const item: OutboxItem = { id, handoff, status: 'pending', attempts: 0, createdAt: at, nextAttemptAt: at, mail };
      await store.put('outbox', item);
      if (!stopped) void attempt(id);
    },

    async start() {
      stopped = false;
      const items = await pending();
      if (items.length) log.info({ pending: items.length }, 'outbox resumes pending mail');
      for (const item of items) void attempt(item.id);
      if (!timer) {
        timer = setInterval(() => {
          runDue().catch((err: unknown) => log.error({ err: describe(err) }, 'outbox timer failed'));
        }, pollMs);
        timer.unref();
      }
    },

    runDue,

    async drain() {
      const tried = new Set<string>();
      for (;;) {
        await settle();
        if (stopped) return;
        const due = (await pending()).filter((item) => isDue(item) && !tried.has(item.id));
        if (!due.length && !inFlight.size) return;
        for (const item of due) {
          tried.add(item.id);
          void attempt(item.id);
        }
      }
    },

    async withdraw(handoff) {
      const items = await store.list<OutboxItem>('outbox', { field: 'handoff', value: handoff });
      const result = { withdrawn: [] as string[], delivered: [] as string[] };
      for (const { id } of items) {
        withdrawing.add(id);
        try {
          await inFlight.get(id);
          // Waits for a send under way in another instance, so a mail is either gone or withdrawn.
          await acrossInstances(store, `outbox:${id}`, async () => {
            const item = await store.get<OutboxItem>('outbox', id);
            if (item?.status === 'pending') {
              await store.delete('outbox', id);
              result.withdrawn.push(id);
            } else if (item?.status === 'delivered') {
              result.delivered.push(id);
            }
          });
        } finally {
          withdrawing.delete(id);
        }
      }
      return result;
    },

    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await settle();
    },
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
