/**
 * Realistic stored data for the store benchmark: a few whole intakes through the real core give the
 * shapes of what a turn leaves behind, which are then copied N times with ids, references and
 * dates of their own, and written as the one-file-per-collection JSON that lowdb wrote (the old
 * store could not take 100,000 puts: each rewrote its whole file; the journaled store reads the same
 * files as its snapshots).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { ConversationRecord } from '../../src/core/runtime.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import type { OutboxItem } from '../../src/handoff/outbox.js';
import { REFERENCE_ALPHABET } from '../../src/handoff/reference.js';
import { createLogger } from '../../src/log.js';
import type { StoredRecord } from '../../src/store/store.js';
import { HURRIED_ANSWERS, REFERENCE } from '../support/chat.js';

export const STORIES = [
  'Ik heb schulden en de deurwaarder komt steeds langs.',
  'Mijn moeder wordt vergeetachtig en ik weet niet welke zorg ze kan krijgen thuis.',
  'Mijn zoon gaat niet meer naar school en zit de hele dag op zijn kamer.',
  'We wonen met vijf mensen in een kleine flat met schimmel en de verhuurder doet niets.',
  'Ik ben mijn baan kwijt en weet niet hoe ik de huur moet betalen.',
];

export const silent = createLogger('silent');
export const benchConfig = (dataDir: string) => loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0' });

/** One whole intake through the runtime; each turn's latency, and the reference when one came. */
export async function intake(core: Core, story: string): Promise<{ latencies: number[]; reference?: string }> {
  const user = randomUUID();
  const latencies: number[] = [];
  for (const text of ['', story, ...HURRIED_ANSWERS]) {
    const started = performance.now();
    const replies = await core.runtime.handle({ kind: 'text', channel: 'webchat', user, text, at: new Date() });
    latencies.push(performance.now() - started);
    const reference = replies.map((r) => r.text).join('\n').match(REFERENCE)?.[0];
    if (reference) return { latencies, reference };
  }
  return { latencies };
}

/** Record shapes from real intakes, by collection. */
async function templates() {
  const dir = await mkdtemp(join(tmpdir(), 'naast-bench-tpl-'));
  try {
    const core = await createCore(benchConfig(dir), silent);
    for (const story of STORIES) await intake(core, story);
    await core.outbox.drain();
    const got = {
      conversations: await core.store.list<ConversationRecord>('conversations'),
      handoffs: await core.store.list<Handoff>('handoffs'),
      outbox: (await core.store.list<OutboxItem>('outbox')).filter((o) => o.status === 'delivered'),
      events: await core.store.list<StoredRecord>('events'),
      consents: await core.store.list<StoredRecord & { reference?: string }>('consents'),
    };
    await core.stop();
    if (!got.handoffs.length || !got.outbox.length || !got.events.length) throw new Error('the template intakes made no handoff, delivered mail or event');
    return got;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The i-th reference: distinct for every i below 31^4, so seeded cases never collide. */
function seedReference(i: number): string {
  let out = '';
  for (let n = i, k = 0; k < 4; k++, n = Math.floor(n / REFERENCE_ALPHABET.length)) out = REFERENCE_ALPHABET[n % REFERENCE_ALPHABET.length] + out;
  return `HA-${out}`;
}

/** Any string field of the same length as the template's, with other hex in it (hashes of conversations). */
const otherHex = (value: unknown) => (typeof value === 'string' && /^[0-9a-f]{16,}$/.test(value) ? randomBytes(value.length / 2).toString('hex') : value);

/**
 * `n` conversations by collection and id: each with a monitoring event; every tenth with a handoff
 * (closed, so no follow-up fires), its delivered mail and its consent.
 */
export async function seedRecords(n: number): Promise<Record<string, Record<string, unknown>>> {
  const t = await templates();
  const now = Date.now();
  const files: Record<string, Record<string, unknown>> = { conversations: {}, handoffs: {}, outbox: {}, events: {}, consents: {} };
  for (let i = 0; i < n; i++) {
    const at = new Date(now - Math.floor(Math.random() * 20 * 86_400_000)).toISOString();
    const user = `seed-${i}-${randomBytes(6).toString('hex')}`;
    const id = `webchat:${user}`;
    const conversation = structuredClone(t.conversations[i % t.conversations.length]!);
    const withCase = i % 10 === 0;
    const reference = seedReference(i / 10);
    const state = { ...conversation.state };
    if (withCase) state.reference = reference;
    else delete state.reference;
    files.conversations![id] = { ...conversation, id, user, state, createdAt: at, updatedAt: at };
    const eventId = randomUUID();
    files.events![eventId] = { ...t.events[i % t.events.length]!, id: eventId };
    if (!withCase) continue;
    const k = i / 10;
    files.handoffs![reference] = {
      ...structuredClone(t.handoffs[k % t.handoffs.length]!),
      id: reference,
      reference,
      conversation: id,
      createdAt: at,
      tokenHash: randomBytes(32).toString('hex'),
      status: 'closed',
      history: (['queued', 'sent', 'accepted', 'closed'] as const).map((status) => ({ status, at })),
    } satisfies Handoff;
    files.outbox![reference] = { ...t.outbox[k % t.outbox.length]!, id: reference, handoff: reference, createdAt: at, nextAttemptAt: at, deliveredAt: at, lastAttemptAt: at };
    if (t.consents.length) {
      const consent = structuredClone(t.consents[k % t.consents.length]!) as unknown as Record<string, unknown>;
      const consentId = randomUUID();
      files.consents![consentId] = { ...Object.fromEntries(Object.entries(consent).map(([key, value]) => [key, otherHex(value)])), id: consentId, ...('reference' in consent ? { reference } : {}) };
    }
  }
  return files;
}

/** Writes {@link seedRecords} under `db` as the files lowdb wrote. Returns the bytes written. */
export async function seedStore(db: string, n: number): Promise<number> {
  const files = await seedRecords(n);
  await mkdir(db, { recursive: true });
  let bytes = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!Object.keys(data).length) continue;
    const text = JSON.stringify(data, null, 2);
    bytes += Buffer.byteLength(text);
    await writeFile(join(db, `${name}.json`), text);
  }
  return bytes;
}
