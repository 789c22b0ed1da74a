/** A lowdb store seeded with known intakes and handoffs, made through the real code paths. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelId } from '../../src/core/messages.js';
import { createHandoffService } from '../../src/handoff/handoff-service.js';
import { createLogger } from '../../src/log.js';
import { recordIntake } from '../../src/monitoring/events.js';
import type { DetectedLanguage, LifeDomain } from '../../src/nlu/types.js';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/store.js';
import { consenting, fakeClock, firstLink, sampleRequest } from '../handoff/fixtures.js';

/** Words no report may ever show. */
export const SECRET_WORDS = 'GEHEIM-7Q: mijn buurman Jansen slaat mij';

const HOUR = 3_600_000;
const ORGS = {
  mee: { id: 'mee', name: 'MEE & De Wering', email: 'intake@mee.example' },
  cb: { id: 'clientenbelang', name: 'Cliëntenbelang', email: 'klachten@clientenbelang.example' },
};

type IntakeSeed = [at: string, channel: ChannelId, domains: LifeDomain[], language: DetectedLanguage, complaint?: boolean];
type HandoffSeed = {
  at: string;
  domains: LifeDomain[];
  kind: 'support' | 'complaint';
  org: keyof typeof ORGS;
  channel: ChannelId;
  /** What the organisation does, and after how many hours. */
  then?: { action: 'accept' | 'decline'; hours: number; close?: boolean };
};

/**
 * 2025 in Amsterdam holds 12 intakes and 9 handoffs (see report.test.ts for every figure);
 * around it sit records just outside the year, at the edges of Amsterdam's New Year.
 */
const INTAKES: IntakeSeed[] = [
  ['2024-06-01T10:00:00Z', 'webchat', ['work'], 'nl'], // 2024: outside
  ['2024-12-31T23:30:00Z', 'webchat', ['housing'], 'nl'], // 00:30 on 1 January 2025 in Amsterdam: inside
  ['2025-01-06T09:00:00Z', 'webchat', ['income'], 'nl'],
  ['2025-01-07T09:00:00Z', 'webchat', ['income'], 'nl'],
  ['2025-01-08T09:00:00Z', 'webchat', ['income'], 'nl'],
  ['2025-01-09T09:00:00Z', 'webchat', ['income'], 'nl'],
  ['2025-01-10T09:00:00Z', 'webchat', ['income', 'housing'], 'nl'],
  ['2025-01-31T22:30:00Z', 'webchat', ['housing', 'income', 'income'], 'nl'], // 23:30 Amsterdam: still January
  ['2025-02-03T09:00:00Z', 'whatsapp', ['care'], 'nl'],
  ['2025-02-04T09:00:00Z', 'whatsapp', ['care', 'youth'], 'tr'],
  ['2025-02-05T09:00:00Z', 'whatsapp', ['care'], 'nl'],
  ['2025-03-10T09:00:00Z', 'telegram', ['income'], 'en', true],
  ['2025-03-11T09:00:00Z', 'telegram', ['income'], 'en'],
  ['2025-12-31T23:30:00Z', 'email', ['work'], 'nl'], // 2026 in Amsterdam: outside
];

const HANDOFFS: HandoffSeed[] = [
  { at: '2025-01-06T10:00:00Z', domains: ['income'], kind: 'support', org: 'mee', channel: 'webchat', then: { action: 'accept', hours: 2 } },
  { at: '2025-01-07T10:00:00Z', domains: ['income'], kind: 'support', org: 'mee', channel: 'webchat', then: { action: 'accept', hours: 4 } },
  { at: '2025-01-08T10:00:00Z', domains: ['income'], kind: 'support', org: 'mee', channel: 'webchat', then: { action: 'accept', hours: 6, close: true } },
  { at: '2025-01-09T10:00:00Z', domains: ['income'], kind: 'support', org: 'mee', channel: 'webchat', then: { action: 'accept', hours: 8 } },
  { at: '2025-01-10T10:00:00Z', domains: ['income'], kind: 'support', org: 'mee', channel: 'webchat', then: { action: 'accept', hours: 10 } },
  { at: '2025-01-11T10:00:00Z', domains: ['income'], kind: 'support', org: 'mee', channel: 'webchat', then: { action: 'decline', hours: 1 } },
  { at: '2025-02-04T10:00:00Z', domains: ['housing', 'income'], kind: 'complaint', org: 'cb', channel: 'whatsapp', then: { action: 'accept', hours: 30 } },
  { at: '2025-03-10T10:00:00Z', domains: ['care'], kind: 'complaint', org: 'cb', channel: 'telegram', then: { action: 'decline', hours: 50 } },
  { at: '2025-03-11T10:00:00Z', domains: ['care'], kind: 'support', org: 'mee', channel: 'whatsapp' },
  // 23:00 on 31 December 2024 in Amsterdam, accepted in 2025: counts in 2024, the period of its creation.
  { at: '2024-12-31T22:00:00Z', domains: ['work'], kind: 'support', org: 'mee', channel: 'webchat', then: { action: 'accept', hours: 12 } },
  { at: '2025-12-31T23:30:00Z', domains: ['work'], kind: 'support', org: 'mee', channel: 'email' }, // 2026
];

/** Fills `store` with the intakes and handoffs above. */
export async function seed(store: Store): Promise<void> {
  for (const [at, channel, domains, language, complaint] of INTAKES) {
    await recordIntake(store, { at: new Date(at), channel, domains, language, complaint: complaint ?? false });
  }
  const clock = fakeClock('2025-01-01T00:00:00Z');
  let link: string | undefined;
  const service = consenting(createHandoffService({
    store,
    outbox: {
      enqueue: async ({ mail }) => {
        link = firstLink(mail.text);
      },
    },
    publicUrl: 'http://naast.test',
    referencePrefix: 'HA',
    log: createLogger('silent'),
    now: clock.now,
    tokenTtlDays: 3650,
  }), store);
  for (const h of HANDOFFS) {
    clock.set(h.at);
    const org = ORGS[h.org];
    await service.create(
      sampleRequest({
        kind: h.kind,
        organisation: org,
        domains: h.domains.map((id) => ({ id, label: id })),
        words: SECRET_WORDS,
        channel: h.channel,
        conversation: `conv-${h.at}`,
        consent: { at: h.at, text: `Ik geef toestemming om mijn vraag te delen met ${org.name}.` },
      }),
    );
    const token = new URL(link!).pathname.split('/').pop()!;
    if (!h.then) continue;
    clock.advance(h.then.hours * HOUR);
    await service.act(token, h.then.action);
    if (h.then.close) {
      clock.advance(HOUR);
      await service.act(token, 'close');
    }
  }
}

/** A fresh, seeded lowdb store under `<dir>/db`, as the server keeps it under `DATA_DIR`. */
export async function seededDataDir(): Promise<{ dataDir: string; store: Store; cleanup: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'naast-monitoring-'));
  const store = await createLowdbStore(join(dataDir, 'db'));
  await seed(store);
  return {
    dataDir,
    store,
    cleanup: async () => {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
