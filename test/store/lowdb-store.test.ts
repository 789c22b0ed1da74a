import { appendFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLowdbStore, CorruptStoreFileError, StoreError } from '../../src/store/lowdb-store.js';

const dir = () => mkdtemp(join(tmpdir(), 'naast-store-'));
const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean);

/** Every byte of every file in the folder, to look for what must be gone. */
async function allBytes(path: string): Promise<string> {
  const names = await readdir(path);
  return (await Promise.all(names.map((n) => readFile(join(path, n), 'latin1')))).join('\n');
}

describe('the lowdb store', () => {
  it('keeps what was put on disk, for the next process, and compacts to the one-file format', async () => {
    const path = await dir();
    const first = await createLowdbStore(path);
    await first.put('conversations', { id: 'webchat:x', n: 1 });
    await first.put('conversations', { id: 'webchat:gone', n: 2 });
    await first.delete('conversations', 'webchat:gone');
    await first.close();
    const again = await createLowdbStore(path);
    expect(await again.get('conversations', 'webchat:x')).toEqual({ id: 'webchat:x', n: 1 });
    expect(await again.get('conversations', 'webchat:gone')).toBeUndefined();
    await again.compact('conversations');
    expect(JSON.parse(await readFile(join(path, 'conversations.json'), 'utf8'))).toEqual({ 'webchat:x': { id: 'webchat:x', n: 1 } });
    expect(await readdir(path)).toEqual(['conversations.json']);
  });

  it('loses no write when many land at once', async () => {
    const path = await dir();
    const store = await createLowdbStore(path);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.put('outbox', { id: `m${i}` })));
    const reopened = await createLowdbStore(path);
    expect(await reopened.list('outbox')).toHaveLength(50);
    expect(await lines(join(path, 'outbox.journal'))).toHaveLength(50);
  });

  // The in-memory side (a copy kept, read-only records handed out) is in the store contract (store-contract.ts).
  it('hands out read-only records after a restart too, read back from the journal', async () => {
    const path = await dir();
    const store = await createLowdbStore(path);
    await store.put('conversations', { id: 'c', slots: { a: '1' } });
    const reread = await (await createLowdbStore(path)).get<{ id: string; slots: { a: string } }>('conversations', 'c');
    expect(() => (reread!.slots.a = 'x')).toThrow(TypeError);
  });

  it('replays puts, overwrites and deletes in order, keeping the order records were first stored', async () => {
    const path = await dir();
    const store = await createLowdbStore(path);
    for (const id of ['c', 'a', 'b']) await store.put('outbox', { id, status: 'pending' });
    await store.put('outbox', { id: 'c', status: 'delivered' });
    await store.delete('outbox', 'a');
    await store.put('outbox', { id: 'a', status: 'pending' });
    const again = await createLowdbStore(path);
    expect(await again.list('outbox')).toEqual([
      { id: 'c', status: 'delivered' },
      { id: 'b', status: 'pending' },
      { id: 'a', status: 'pending' },
    ]);
    expect((await again.list('outbox', { field: 'status', value: 'pending' })).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('loses nothing written while a compaction runs', async () => {
    const path = await dir();
    const store = await createLowdbStore(path);
    const big = 'x'.repeat(2_000);
    const writes: Promise<void>[] = [];
    const compactions: Promise<void>[] = [];
    for (let i = 0; i < 1_500; i++) {
      writes.push(store.put('conversations', { id: `c${i}`, big, n: i }));
      if (i % 100 === 50) writes.push(store.delete('conversations', `c${i - 50}`));
      if (i % 300 === 0) compactions.push(store.compact('conversations'));
      if (i % 7 === 0) await new Promise((r) => setImmediate(r));
    }
    await Promise.all([...writes, ...compactions]);
    await store.close();
    const again = await createLowdbStore(path);
    const ids = new Set((await again.list('conversations')).map((r) => r.id));
    for (let i = 0; i < 1_500; i++) expect(ids.has(`c${i}`), `c${i}`).toBe(!(i % 100 === 0 && i < 1_450));
    // 3 MB through a 1 MB journal: compacted on its own too, and nothing set aside is left behind.
    const names = await readdir(path);
    expect(names).toContain('conversations.json');
    expect(names.filter((n) => n !== 'conversations.json' && n !== 'conversations.journal')).toEqual([]);
  });

  it('leaves no byte of a deleted or overwritten record in any file once compacted', async () => {
    const path = await dir();
    const store = await createLowdbStore(path);
    await store.put('handoffs', { id: 'HA-2345', words: 'GEHEIM-VERHAAL-1 over schulden' });
    await store.put('handoffs', { id: 'HA-6789', words: 'blijft staan' });
    await store.put('handoffs', { id: 'HA-6789', words: 'blijft staan, GEHEIM-OUDE-VERSIE eruit' });
    await store.put('handoffs', { id: 'HA-6789', words: 'blijft staan' });
    await store.compact('handoffs');
    await store.put('handoffs', { id: 'HA-7777', words: 'GEHEIM-VERHAAL-2 na de compactie' });
    await store.delete('handoffs', 'HA-2345');
    await store.delete('handoffs', 'HA-7777');
    // What the old store's writer (steno) leaves after a crash: a temp file with records in it.
    await writeFile(join(path, '.handoffs.json.tmp'), '{"HA-2345":{"words":"GEHEIM-VERHAAL-1"}}');
    expect(await allBytes(path)).toContain('GEHEIM');
    const reopened = await createLowdbStore(path);
    await reopened.compact('handoffs');
    const bytes = await allBytes(path);
    expect(bytes).not.toContain('GEHEIM');
    expect(bytes).toContain('blijft staan');
    await expect((await createLowdbStore(path)).list('handoffs')).resolves.toEqual([{ id: 'HA-6789', words: 'blijft staan' }]);
  });

  it('leaves out a last journal line cut short by a crash, and cuts it off before writing on', async () => {
    const path = await dir();
    const store = await createLowdbStore(path);
    await store.put('handoffs', { id: 'HA-2345', status: 'queued' });
    await store.put('handoffs', { id: 'HA-2345', status: 'sent' });
    await appendFile(join(path, 'handoffs.journal'), '{"put":{"id":"HA-6789","status":"qu');
    const warnings: object[] = [];
    const again = await createLowdbStore(path, { log: { error() {}, warn: (details) => warnings.push(details) } });
    expect(await again.list('handoffs')).toEqual([{ id: 'HA-2345', status: 'sent' }]);
    expect(warnings).toEqual([{ file: join(path, 'handoffs.journal'), entries: 2 }]);
    await again.put('handoffs', { id: 'HA-7777', status: 'queued' });
    const journal = await readFile(join(path, 'handoffs.journal'), 'utf8');
    expect(journal.endsWith('\n')).toBe(true);
    for (const line of journal.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    expect((await (await createLowdbStore(path)).list('handoffs')).map((h) => h.id)).toEqual(['HA-2345', 'HA-7777']);
  });

  it('keeps a snapshot that does not parse aside, reports it without its contents, and refuses to start, also the next time', async () => {
    const path = await dir();
    await writeFile(join(path, 'handoffs.json'), '{"HA-2345":{"id":"HA-2345","words":"mijn geheim verhaal"');
    const errors: object[] = [];
    const log = { error: (details: object) => errors.push(details), warn() {} };
    const failed = await createLowdbStore(path, { log }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failed).toBeInstanceOf(CorruptStoreFileError);
    expect((failed as Error).message).toContain(join(path, 'handoffs.json'));
    const names = await readdir(path);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^handoffs\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/);
    expect(await readFile(join(path, names[0]!), 'utf8')).toContain('mijn geheim verhaal');
    expect(JSON.stringify(errors)).not.toContain('geheim');
    expect(errors).toHaveLength(1);
    // Started again (by a supervisor): still no store over the missing records.
    await expect(createLowdbStore(path, { log })).rejects.toThrow(StoreError);
    await expect(createLowdbStore(path)).rejects.toThrow(names[0]);
  });

  it('refuses a journal with a damaged line before its end, naming the file and line', async () => {
    const path = await dir();
    await writeFile(join(path, 'outbox.journal'), '{"put":{"id":"m1"}}\n{"put":{"id":\n{"del":"m1"}\n');
    await expect(createLowdbStore(path)).rejects.toThrow(`store file ${join(path, 'outbox.journal')} is damaged (line 2 is not a journal entry)`);
    expect((await readdir(path))[0]).toMatch(/^outbox\.journal\.corrupt-/);
  });

  it('loads a DATA_DIR of the one-file-per-collection store as it is', async () => {
    const path = await dir();
    const old = { 'webchat:a': { id: 'webchat:a', state: { node: 'greeting', slots: {} } }, 'webchat:b': { id: 'webchat:b', state: { node: 'end', slots: { words: 'x' } } } };
    await writeFile(join(path, 'conversations.json'), JSON.stringify(old, null, 2));
    await writeFile(join(path, 'users.json'), '{}');
    const store = await createLowdbStore(path);
    expect(await store.list('conversations')).toEqual(Object.values(old));
    expect(await store.list('users')).toEqual([]);
    await store.put('conversations', { id: 'webchat:c' });
    expect((await (await createLowdbStore(path)).list('conversations')).map((c) => c.id)).toEqual(['webchat:a', 'webchat:b', 'webchat:c']);
  });

  it('replays a compaction that a crash cut short: set-aside journals, then the journal', async () => {
    const path = await dir();
    // Snapshot already written from journal 1, which was not yet removed; journal 2 came after.
    await writeFile(join(path, 'trees.json'), JSON.stringify({ a: { id: 'a', v: 2 } }));
    await writeFile(join(path, 'trees.journal.1'), '{"put":{"id":"a","v":1}}\n{"put":{"id":"b","v":1}}\n{"del":"b"}\n{"put":{"id":"a","v":2}}\n');
    await writeFile(join(path, 'trees.journal.2'), '{"put":{"id":"c","v":1}}\n');
    await writeFile(join(path, 'trees.journal'), '{"del":"a"}\n');
    const store = await createLowdbStore(path);
    expect(await store.list('trees')).toEqual([{ id: 'c', v: 1 }]);
    await store.compact('trees');
    expect(await readdir(path)).toEqual(['trees.json']);
  });

  it('refuses a write it could not make durable, and does not show it to readers', async () => {
    const path = await dir();
    const store = await createLowdbStore(path);
    await mkdir(join(path, 'events.journal'));
    await expect(store.put('events', { id: 'e1' })).rejects.toThrow();
    expect(await store.get('events', 'e1')).toBeUndefined();
  });
});
