import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Collection, Store, StoredRecord } from './store.js';

type Data = Record<string, StoredRecord>;

/**
 * The embedded default: one lowdb JSON file per collection under `dir`.
 * lowdb writes through a temp file and a rename, so a crash never leaves half a file.
 * (JSONFile, not JSONFilePreset: the preset silently stays in memory under NODE_ENV=test.)
 */
export async function createLowdbStore(dir: string): Promise<Store> {
  await mkdir(dir, { recursive: true });
  const dbs = new Map<Collection, Promise<Low<Data>>>();
  // Serialise writes per collection so two puts never interleave read-modify-write.
  const queues = new Map<Collection, Promise<unknown>>();

  function open(collection: Collection): Promise<Low<Data>> {
    let db = dbs.get(collection);
    if (!db) {
      const low = new Low<Data>(new JSONFile<Data>(join(dir, `${collection}.json`)), {});
      db = low.read().then(() => low);
      dbs.set(collection, db);
    }
    return db;
  }

  function write(collection: Collection, change: (data: Data) => void): Promise<void> {
    const previous = queues.get(collection) ?? Promise.resolve();
    const next = previous.then(async () => {
      const db = await open(collection);
      change(db.data);
      await db.write();
    });
    queues.set(collection, next.catch(() => undefined));
    return next;
  }

  return {
    async get<T extends StoredRecord>(collection: Collection, id: string) {
      const db = await open(collection);
      const value = db.data[id];
      return value === undefined ? undefined : (structuredClone(value) as T);
    },
    put(collection, value) {
      const copy = structuredClone(value);
      return write(collection, (data) => {
        data[copy.id] = copy;
      });
    },
    delete(collection, id) {
      return write(collection, (data) => {
        delete data[id];
      });
    },
    async list<T extends StoredRecord>(collection: Collection, where?: { field: string; value: unknown }) {
      const db = await open(collection);
      const all = Object.values(db.data) as unknown as Record<string, unknown>[];
      const hits = where ? all.filter((r) => r[where.field] === where.value) : all;
      return structuredClone(hits) as unknown as T[];
    },
    async close() {
      await Promise.all([...queues.values()]);
    },
  };
}
