import { mkdir, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JournaledCollection } from './journaled-collection.js';
import { createKeyedQueue } from '../util/keyed-queue.js';
import { asideName, CorruptStoreFileError, listStore, StoreError, syncDir, type Serial, type StoreLog } from './store-files.js';
import type { Collection, Store, StoredRecord } from './store.js';

export { CorruptStoreFileError, StoreError, type StoreLog } from './store-files.js';

/** Options of {@link createLowdbStore}. */
export interface LowdbStoreOptions {
  /** Where damaged files found at start, and failed compactions, are reported (never with contents). */
  log?: StoreLog;
}

const quiet: StoreLog = { error() {}, warn() {} };

/**
 * The embedded default, under `dir`: per collection a snapshot `<collection>.json` that lowdb reads
 * and writes (the format of the one-file-per-collection store before it, so an old DATA_DIR loads
 * as it is) and an append-only journal `<collection>.journal`, so a write costs one line and one
 * fsync shared with the writes beside it, however many records there are (journaled-collection.ts).
 *
 * Every collection on disk is loaded here, so a damaged file stops the start, not a turn later. Such
 * a file is renamed to `<name>.corrupt-<time>`, reported and refused: starting without it would
 * quietly lose handoffs. While a `.corrupt-` file is in the folder the store refuses to open, so a
 * restart (by a supervisor) cannot start over it either.
 */
export async function createLowdbStore(dir: string, options: LowdbStoreOptions = {}): Promise<Store> {
  const log = options.log ?? quiet;
  // Residents' data: only Naast's own user may read it. A new folder's name is made durable too.
  const created = await mkdir(dir, { recursive: true, mode: 0o700 });
  if (created) await syncDir(dirname(created));
  const listing = await listStore(dir);
  if (listing.corrupt.length) {
    const file = join(dir, listing.corrupt[0]!);
    log.error({ file }, 'a damaged store file is kept aside in the store folder; Naast does not start');
    throw new StoreError(
      dir,
      `${file} is a damaged store file kept aside at an earlier start. Naast does not start while it is there: restore the collection from a backup or repair the file and put it back under its own name, then move ${file} out of ${dir}`,
    );
  }

  const collections = new Map<string, JournaledCollection>();
  const snapshots = createKeyedQueue();
  const oneAtATime: Serial = (task) => snapshots.run('snapshot', task);
  for (const [name, { generations }] of listing.collections) {
    try {
      collections.set(name, await JournaledCollection.load(dir, name, generations, log, oneAtATime, listing.temporary.get(name)));
    } catch (err) {
      if (!(err instanceof CorruptStoreFileError)) throw err;
      const aside = asideName(err.file);
      await rename(err.file, aside);
      await syncDir(dir);
      log.error({ file: err.file, keptAs: aside, problem: err.problem }, 'damaged store file kept aside; Naast does not start');
      throw new CorruptStoreFileError(err.file, err.problem, aside);
    }
  }

  function of(collection: Collection): JournaledCollection {
    let c = collections.get(collection);
    if (!c) collections.set(collection, (c = JournaledCollection.empty(dir, collection, log, oneAtATime, listing.temporary.get(collection))));
    return c;
  }

  return {
    async get<T extends StoredRecord>(collection: Collection, id: string) {
      return of(collection).get(id) as T | undefined;
    },
    put(collection, value) {
      return of(collection).put(value);
    },
    delete(collection, id) {
      return of(collection).delete(id);
    },
    async list<T extends StoredRecord>(collection: Collection, where?: { field: string; value: unknown }) {
      return of(collection).list(where) as T[];
    },
    compact(collection) {
      return of(collection).compact();
    },
    async close() {
      await Promise.all([...collections.values()].map((c) => c.close()));
    },
  };
}
