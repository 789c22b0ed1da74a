/** What the parts of the lowdb store share: the files of a collection and their names, errors, the log, one-at-a-time. */
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A store file could not be read as Naast writes it. Names the file and what is wrong, never its
 * contents (they are residents' data). `asideAs` is where the file was moved, when it was.
 */
export class CorruptStoreFileError extends Error {
  override readonly name = 'CorruptStoreFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly asideAs?: string,
  ) {
    super(
      asideAs
        ? `store file ${file} is damaged (${problem}); it was kept aside as ${asideAs}. Naast does not start over it: restore it from a backup or repair it, put it back as ${file}, and move the damaged copy out of the folder`
        : `store file ${file} is damaged (${problem})`,
    );
  }
}

/** The store cannot go on: a damaged file kept aside, a write that could not be undone. Names its place. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly place: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`store ${place}: ${message}`, options);
  }
}

/** Where the store reports what it repaired or could not do; never with records' contents. */
export interface StoreLog {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** Runs one task at a time: the store writes one snapshot at a time. */
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/** Where one collection lives under the store's folder. */
export interface CollectionFiles {
  /** The snapshot, a JSON object of records by id: lowdb's file, and the store's only format before the journal. */
  snapshot: string;
  /** The journal that takes new writes: one JSON line per put or delete. */
  journal: string;
  /** A journal set aside by a compaction that has not finished: `<journal>.<generation>`. */
  generation(n: number): string;
}

/** The file names of a collection. */
export function collectionFiles(dir: string, collection: string): CollectionFiles {
  return {
    snapshot: join(dir, `${collection}.json`),
    journal: join(dir, `${collection}.journal`),
    generation: (n) => join(dir, `${collection}.journal.${n}`),
  };
}

/** What a directory listing says about the store's files. */
export interface StoreListing {
  /** Collections with a snapshot or a journal, by name. */
  collections: Map<string, { generations: number[] }>;
  /** Files kept aside as damaged (`<name>.corrupt-<time>`). */
  corrupt: string[];
  /** Half-written snapshots of an interrupted write, by collection: never authoritative. */
  temporary: Map<string, string[]>;
}

const SNAPSHOT = /^([a-z][a-z0-9_-]*)\.json$/;
const JOURNAL = /^([a-z][a-z0-9_-]*)\.journal(?:\.(\d+))?$/;
// Ours (`<c>.json.<pid>.<random>.tmp`) and those steno, lowdb's writer, leaves (`.<c>.json.tmp`).
const TEMPORARY = /^(?:([a-z][a-z0-9_-]*)\.json\.[^/]*\.tmp|\.([a-z][a-z0-9_-]*)\.json\.tmp)$/;

/** Sorts a store folder's file names into collections, damaged files and leftovers. */
export async function listStore(dir: string): Promise<StoreListing> {
  const listing: StoreListing = { collections: new Map(), corrupt: [], temporary: new Map() };
  const of = (name: string) => {
    let c = listing.collections.get(name);
    if (!c) listing.collections.set(name, (c = { generations: [] }));
    return c;
  };
  for (const name of (await readdir(dir)).sort()) {
    if (name.includes('.corrupt-')) {
      listing.corrupt.push(name);
      continue;
    }
    const temporary = TEMPORARY.exec(name);
    if (temporary) {
      const collection = (temporary[1] ?? temporary[2])!;
      listing.temporary.set(collection, [...(listing.temporary.get(collection) ?? []), join(dir, name)]);
      continue;
    }
    const snapshot = SNAPSHOT.exec(name);
    if (snapshot) {
      of(snapshot[1]!);
      continue;
    }
    const journal = JOURNAL.exec(name);
    if (journal) {
      const c = of(journal[1]!);
      if (journal[2] !== undefined) c.generations.push(Number(journal[2]));
    }
  }
  for (const c of listing.collections.values()) c.generations.sort((a, b) => a - b);
  return listing;
}

/** The name a damaged file is kept aside under: `<file>.corrupt-<ISO time>`, with `-` for `:`. */
export function asideName(file: string, at = new Date()): string {
  return `${file}.corrupt-${at.toISOString().replace(/:/g, '-')}`;
}

/**
 * Makes a rename or a new file in `dir` durable. Where a folder cannot be opened for that (not on
 * Linux), the rename is as durable as the file system makes it by itself.
 */
export async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
  } finally {
    await handle?.close();
  }
}
