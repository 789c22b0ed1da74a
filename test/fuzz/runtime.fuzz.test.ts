/**
 * Random residents through the whole runtime (store, classifier, handoffs to .eml, erasure), several at
 * once: every message gets words back, nothing throws, and what is stored stays a usable conversation.
 * Bounded here (FUZZ_RUNS, default 40 runs); `npm run fuzz` runs many more.
 */
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Inbound } from '../../src/core/messages.js';
import type { ConversationRecord } from '../../src/core/runtime.js';
import { HURRIED_ANSWERS } from '../support/chat.js';
import { fuzzOptions } from './fuzz-options.js';

const FUZZ = fuzzOptions(40, 1 / 4);

type Said = { text: string } | { choice: string } | { media: 'voice' | 'image' };
const said: fc.Arbitrary<Said> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HURRIED_ANSWERS, 'Ik heb schulden en de deurwaarder komt steeds langs.', 'I lost my job and cannot pay the rent.').map((text) => ({ text })) },
  { weight: 2, arbitrary: fc.constantFrom('stop', 'opnieuw', 'status', 'help', 'mens', 'andere ondersteuner', 'verwijder mijn gegevens', 'ja', 'nee', 'Ik wil niet meer leven.').map((text) => ({ text })) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constantFrom('', '<b>hi</b>', 'x'.repeat(10_001)).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((choice) => ({ choice })) },
  { weight: 1, arbitrary: fc.constantFrom<Said>({ media: 'voice' }, { media: 'image' }) },
);

/** Steps of one resident: a random message, or now and then a whole intake, so handoffs and erasure happen too. */
const chunk: fc.Arbitrary<[number, Said][]> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.nat(2), said).map((s) => [s]) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(2), fc.boolean()).map(([who, erase]) =>
      ['', 'Ik heb schulden en de deurwaarder komt steeds langs.', ...HURRIED_ANSWERS, ...(erase ? ['verwijder mijn gegevens', 'ja'] : [])].map((text): [number, Said] => [who, { text }]),
    ),
  },
);

describe('fuzzing the runtime', () => {
  let core: Core;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'naast-fuzz-runtime-'));
    core = await createCore(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  });
  afterAll(async () => {
    await core?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers three residents writing at once, whatever they send, and keeps their stored state usable', async () => {
    const nodes = new Set([...core.runtime.treeIds()].flatMap((id) => core.runtime.liveTree(id)!.tree.nodes.map((n) => n.id)));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(chunk, { minLength: 1, maxLength: 12 }).map((c) => c.flat()), async (steps) => {
        run++;
        const users = [0, 1, 2].map((i) => `fuzz-${run}-${i}`);
        // All messages sent without waiting: the runtime must keep each resident's order itself.
        const answers = await Promise.all(
          steps.map(([who, s]) => {
            const base = { channel: 'webchat' as const, user: users[who]!, at: new Date() };
            const inbound: Inbound = 'text' in s ? { ...base, kind: 'text', text: s.text } : 'choice' in s ? { ...base, kind: 'choice', choice: s.choice } : { ...base, kind: 'media', media: s.media };
            return core.runtime.handle(inbound);
          }),
        );
        for (const replies of answers) {
          expect(replies.length).toBeGreaterThan(0);
          for (const r of replies) {
            expect(r.text.trim().length).toBeGreaterThan(0);
            expect(r.text).not.toMatch(/\{[a-z_]+\}|undefined|\[object Object\]|\n\s+at /);
          }
        }
        for (const user of users) {
          const stored = await core.store.get<ConversationRecord>('conversations', `webchat:${user}`);
          if (stored) expect(nodes.has(stored.state.node), stored.state.node).toBe(true);
        }
      }),
      FUZZ,
    );
    // The runs reached the far end of the dialog, not only its first steps.
    expect((await core.store.list('handoffs')).length).toBeGreaterThan(0);
  }, 120_000);
});
