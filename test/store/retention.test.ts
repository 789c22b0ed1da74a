import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { purgeIdleConversations } from '../../src/store/retention.js';

const conversation = (id: string, updatedAt: string, reference?: string) => ({
  id,
  channel: 'webchat',
  user: id,
  createdAt: updatedAt,
  updatedAt,
  state: { tree: 'intake', version: 'v', node: 'ask_question', lang: 'nl', langChosen: false, slots: { question: 'mijn verhaal' }, domains: [], kind: 'support', offered: [], ...(reference ? { reference } : {}) },
});

describe('retention of conversations', () => {
  it('deletes conversations silent for over 30 days that handed nothing off, and keeps the rest', async () => {
    const store = await createLowdbStore(await mkdtemp(join(tmpdir(), 'naast-ret-')));
    await store.put('conversations', conversation('old', '2026-10-01T10:00:00.000Z'));
    await store.put('conversations', conversation('old-with-case', '2026-10-01T10:00:00.000Z', 'HA-2345'));
    await store.put('conversations', conversation('recent', '2026-11-01T10:00:00.000Z'));
    for (const id of ['old', 'old-with-case', 'recent']) await store.put('addresses', { id, address: `${id}@example.org` });
    const deleted = await purgeIdleConversations(store, new Date('2026-11-23T10:00:00.000Z'), 30);
    expect(deleted).toBe(1);
    expect((await store.list('conversations')).map((c) => c.id).sort()).toEqual(['old-with-case', 'recent']);
    // How to reach the resident goes with the conversation; a case in progress keeps it.
    expect((await store.list('addresses')).map((a) => a.id).sort()).toEqual(['old-with-case', 'recent']);
  });
});
