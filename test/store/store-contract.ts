/**
 * What every store must do, whatever the engine: the core relies on exactly this. Run against the
 * in-memory store, the lowdb store and PostgreSQL (test/store/store-contract.test.ts), each with a
 * fresh store per test from `open`; `reopen` gives a second handle on the same data (a restart, or
 * another instance).
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';

export interface StoreUnderTest {
  open(): Promise<{ store: Store; reopen?: () => Promise<Store> }>;
}

export function storeContract(name: string, engine: StoreUnderTest, options: { skip?: boolean } = {}): void {
  describe.skipIf(options.skip)(`the store contract: ${name}`, () => {
    const opened: Store[] = [];
    async function fresh() {
      const got = await engine.open();
      opened.push(got.store);
      const reopen = got.reopen
        ? async () => {
            const again = await got.reopen!();
            opened.push(again);
            return again;
          }
        : undefined;
      return { store: got.store, reopen };
    }
    const closeAll = async () => {
      for (const s of opened.splice(0)) await s.close().catch(() => undefined);
    };

    it('gets, replaces, lists and deletes, each collection apart', async () => {
      const { store } = await fresh();
      try {
        await store.put('handoffs', { id: 'HA-2345', conversation: 'a', status: 'sent' });
        await store.put('handoffs', { id: 'HA-6789', conversation: 'b', status: 'sent' });
        await store.put('outbox', { id: 'HA-2345', status: 'pending' });
        expect(await store.get('handoffs', 'HA-2345')).toEqual({ id: 'HA-2345', conversation: 'a', status: 'sent' });
        expect(await store.get('outbox', 'HA-2345')).toEqual({ id: 'HA-2345', status: 'pending' });
        expect(await store.get('handoffs', 'nope')).toBeUndefined();
        await store.put('handoffs', { id: 'HA-2345', conversation: 'a', status: 'accepted' });
        expect(await store.get('handoffs', 'HA-2345')).toEqual({ id: 'HA-2345', conversation: 'a', status: 'accepted' });
        expect(await store.list('handoffs')).toHaveLength(2);
        await store.delete('handoffs', 'HA-2345');
        await store.delete('handoffs', 'never-there');
        expect(await store.get('handoffs', 'HA-2345')).toBeUndefined();
        expect(await store.get('outbox', 'HA-2345')).toBeDefined();
      } finally {
        await closeAll();
      }
    });

    it('lists in the order records were first stored; a replaced one keeps its place, a deleted and re-added one goes last', async () => {
      const { store } = await fresh();
      try {
        for (const id of ['c', 'a', 'b', 'd']) await store.put('outbox', { id, status: 'pending' });
        await store.put('outbox', { id: 'c', status: 'delivered' });
        await store.delete('outbox', 'a');
        await store.put('outbox', { id: 'a', status: 'pending' });
        expect(await store.list('outbox')).toEqual([
          { id: 'c', status: 'delivered' },
          { id: 'b', status: 'pending' },
          { id: 'd', status: 'pending' },
          { id: 'a', status: 'pending' },
        ]);
        expect((await store.list('outbox', { field: 'status', value: 'pending' })).map((r) => r.id)).toEqual(['b', 'd', 'a']);
      } finally {
        await closeAll();
      }
    });

    it('lists by a top-level field as === matches: strings, numbers, booleans, null, absent; never objects', async () => {
      const { store } = await fresh();
      try {
        await store.put('events', { id: '1', v: 'true', n: 1 });
        await store.put('events', { id: '2', v: true, n: '1' });
        await store.put('events', { id: '3', v: null, n: 1.5 });
        await store.put('events', { id: '4', n: 0, nested: { v: 'x' }, list: ['x'] });
        const ids = async (field: string, value: unknown) => (await store.list('events', { field, value })).map((r) => r.id);
        expect(await ids('v', 'true')).toEqual(['1']);
        expect(await ids('v', true)).toEqual(['2']);
        expect(await ids('v', null)).toEqual(['3']);
        expect(await ids('v', undefined)).toEqual(['4']);
        expect(await ids('n', 1)).toEqual(['1']);
        expect(await ids('n', '1')).toEqual(['2']);
        expect(await ids('n', 1.5)).toEqual(['3']);
        expect(await ids('n', 0)).toEqual(['4']);
        expect(await ids('v', 'x')).toEqual([]);
        expect(await ids('nested', { v: 'x' })).toEqual([]);
        expect(await ids('list', 'x')).toEqual([]);
        expect(await ids('missing', 'x')).toEqual([]);
      } finally {
        await closeAll();
      }
    });

    it('keeps listings by field right as records change', async () => {
      const { store } = await fresh();
      try {
        await store.put('outbox', { id: 'm1', status: 'pending', handoff: 'HA-2345' });
        await store.put('outbox', { id: 'm2', status: 'pending', handoff: 'HA-2345' });
        expect((await store.list('outbox', { field: 'status', value: 'pending' })).map((r) => r.id)).toEqual(['m1', 'm2']);
        await store.put('outbox', { id: 'm1', status: 'delivered', handoff: 'HA-2345' });
        await store.delete('outbox', 'm2');
        await store.put('outbox', { id: 'm3', status: 'pending' });
        expect((await store.list('outbox', { field: 'status', value: 'pending' })).map((r) => r.id)).toEqual(['m3']);
        expect((await store.list('outbox', { field: 'handoff', value: 'HA-2345' })).map((r) => r.id)).toEqual(['m1']);
      } finally {
        await closeAll();
      }
    });

    it('keeps its own copy and hands out read-only records', async () => {
      const { store } = await fresh();
      try {
        const value = { id: 'c', slots: { a: '1' }, list: [{ n: 1 }] };
        await store.put('conversations', value);
        value.slots.a = 'changed';
        const got = await store.get<typeof value>('conversations', 'c');
        expect(() => (got!.slots.a = 'x')).toThrow(TypeError);
        expect(() => got!.list.push({ n: 2 })).toThrow(TypeError);
        const [listed] = await store.list<typeof value>('conversations');
        expect(() => (listed!.list[0]!.n = 2)).toThrow(TypeError);
        expect(await store.get('conversations', 'c')).toEqual({ id: 'c', slots: { a: '1' }, list: [{ n: 1 }] });
      } finally {
        await closeAll();
      }
    });

    it('reads back exactly what was written: key order, unicode, emoji, empty strings, deep nesting', async () => {
      const { store } = await fresh();
      try {
        const value = { id: 'tree:1', zeta: 1, alpha: { z: 'laatste', a: 'eerste' }, text: 'Ik wil hulp 🙏 bij één ding — “thuis”', empty: '', deep: { a: { b: { c: [1, { d: null }] } } } };
        await store.put('trees', value);
        const got = await store.get('trees', 'tree:1');
        expect(JSON.stringify(got)).toBe(JSON.stringify(value));
      } finally {
        await closeAll();
      }
    });

    it('stores text holding a NUL or half an emoji: as it is, or with U+FFFD in its place where the engine cannot hold it', async () => {
      const { store } = await fresh();
      try {
        const text = `a\u0000b \uD83D c 🙏 \uDE4F`;
        await store.put('conversations', { id: 'odd', text, list: [text] });
        const got = await store.get<{ id: string; text: string; list: string[] }>('conversations', 'odd');
        expect([text, 'a\uFFFDb \uFFFD c 🙏 \uFFFD']).toContain(got!.text);
        expect(got!.list[0]).toBe(got!.text);
      } finally {
        await closeAll();
      }
    });

    it('refuses a record without a string id, or that is not plain JSON, with a clear error', async () => {
      const { store } = await fresh();
      try {
        await expect(store.put('events', { id: 5 } as never)).rejects.toThrow(/id/);
        const loop: Record<string, unknown> = { id: 'x' };
        loop.self = loop;
        await expect(store.put('events', loop as never)).rejects.toThrow(/JSON/);
        expect(await store.list('events')).toEqual([]);
      } finally {
        await closeAll();
      }
    });

    it('loses no write when many land at once', async () => {
      const { store } = await fresh();
      try {
        await Promise.all(Array.from({ length: 200 }, (_, i) => store.put('events', { id: `e${i}`, i })));
        const all = await store.list<{ id: string; i: number }>('events');
        expect(all).toHaveLength(200);
        expect(new Set(all.map((e) => e.i)).size).toBe(200);
      } finally {
        await closeAll();
      }
    });

    it('compacts without losing anything', async () => {
      const { store, reopen } = await fresh();
      try {
        for (let i = 0; i < 20; i++) await store.put('conversations', { id: `c${i}`, words: `verhaal ${i}` });
        for (let i = 0; i < 10; i++) await store.delete('conversations', `c${i}`);
        await Promise.all([store.compact('conversations'), store.compact('conversations'), store.compact('addresses')]);
        expect((await store.list('conversations')).map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i + 10}`));
        if (reopen) expect(await (await reopen()).list('conversations')).toHaveLength(10);
      } finally {
        await closeAll();
      }
    });

    it('keeps what was put for the next process', async (ctx) => {
      const { store, reopen } = await fresh();
      if (!reopen) return ctx.skip();
      try {
        await store.put('handoffs', { id: 'HA-1', status: 'sent' });
        await store.put('handoffs', { id: 'HA-2', status: 'sent' });
        await store.delete('handoffs', 'HA-1');
        await store.close();
        const again = await reopen();
        expect(await again.list('handoffs')).toEqual([{ id: 'HA-2', status: 'sent' }]);
      } finally {
        await closeAll();
      }
    });
  });
}
