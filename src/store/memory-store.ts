import { StoreError } from './store-files.js';
import { deepFreeze, type Collection, type Store, type StoredRecord } from './store.js';

/**
 * A store that lives only in memory and vanishes with its owner: the editor's preview runs the real
 * runtime on it, so nothing a test conversation does reaches the real store or disk.
 * Values are copied in and frozen, as the lowdb store's are, so no caller can change a stored record.
 */
export function createMemoryStore(): Store {
  const collections = new Map<Collection, Map<string, StoredRecord>>();
  const of = (collection: Collection) => {
    let records = collections.get(collection);
    if (!records) {
      records = new Map();
      collections.set(collection, records);
    }
    return records;
  };
  return {
    async get<T extends StoredRecord>(collection: Collection, id: string) {
      const value = of(collection).get(id);
      return value as T | undefined;
    },
    async put(collection, value) {
      if (typeof value?.id !== 'string') throw new StoreError(collection, 'a record needs a string id');
      let json: string;
      try {
        json = JSON.stringify(value);
      } catch (err) {
        throw new StoreError(collection, 'a record must be plain JSON', { cause: err });
      }
      // What the other stores keep: plain JSON, nothing shared with the caller.
      of(collection).set(value.id, deepFreeze(JSON.parse(json) as StoredRecord));
    },
    async delete(collection, id) {
      of(collection).delete(id);
    },
    async list<T extends StoredRecord>(collection: Collection, where?: { field: string; value: unknown }) {
      const all = [...of(collection).values()] as unknown as Record<string, unknown>[];
      const hits = where ? all.filter((r) => r[where.field] === where.value) : all;
      return hits as unknown as T[];
    },
    // Nothing on disk to rewrite.
    async compact() {},
    async close() {
      collections.clear();
    },
  };
}
