import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLowdbStore } from '../../src/store/lowdb-store.js';

const dir = () => mkdtemp(join(tmpdir(), 'naast-store-'));

describe('the lowdb store', () => {
  it('gets, lists by field and deletes', async () => {
    const store = await createLowdbStore(await dir());
    await store.put('handoffs', { id: 'HA-2345', conversation: 'a', status: 'sent' });
    await store.put('handoffs', { id: 'HA-6789', conversation: 'b', status: 'sent' });
    expect(await store.get('handoffs', 'HA-2345')).toEqual({ id: 'HA-2345', conversation: 'a', status: 'sent' });
    expect((await store.list('handoffs', { field: 'conversation', value: 'b' })).map((r) => r.id)).toEqual(['HA-6789']);
    expect(await store.list('handoffs')).toHaveLength(2);
    await store.delete('handoffs', 'HA-2345');
    expect(await store.get('handoffs', 'HA-2345')).toBeUndefined();
  });

  it('keeps what was put on disk, for the next process', async () => {
    const path = await dir();
    const first = await createLowdbStore(path);
    await first.put('conversations', { id: 'webchat:x', n: 1 });
    await first.close();
    const again = await createLowdbStore(path);
    expect(await again.get('conversations', 'webchat:x')).toEqual({ id: 'webchat:x', n: 1 });
    expect(JSON.parse(await readFile(join(path, 'conversations.json'), 'utf8'))).toHaveProperty(['webchat:x']);
  });

  it('loses no write when many land at once', async () => {
    const path = await dir();
    const store = await createLowdbStore(path);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.put('outbox', { id: `m${i}` })));
    const reopened = await createLowdbStore(path);
    expect(await reopened.list('outbox')).toHaveLength(50);
  });

  it('hands out copies, so a caller cannot change stored data by accident', async () => {
    const store = await createLowdbStore(await dir());
    const value = { id: 'c', slots: { a: '1' } };
    await store.put('conversations', value);
    value.slots.a = 'changed';
    const got = await store.get<typeof value>('conversations', 'c');
    got!.slots.a = 'changed too';
    expect((await store.get<typeof value>('conversations', 'c'))!.slots.a).toBe('1');
  });
});
