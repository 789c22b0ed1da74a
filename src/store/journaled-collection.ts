/** One collection of the lowdb store: in memory for reads, a snapshot plus an append-only journal on disk. */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { Low } from 'lowdb';
import { DurableJsonFile, type Records } from './durable-json-file.js';
import { FieldIndex } from './field-index.js';
import { deleteLine, putLine, replayJournal, type JournalEntry } from './journal.js';
import { deepFreeze, type StoredRecord } from './store.js';
import { collectionFiles, StoreError, syncDir, type CollectionFiles, type Serial, type StoreLog } from './store-files.js';

/** A journal smaller than this is never compacted on its own (explicit `compact()` always is). */
const MIN_JOURNAL_BYTES = 1 << 20;

interface Write {
  line: string;
  id: string;
  /** Absent for a delete. */
  record?: StoredRecord;
  resolve(): void;
  reject(err: Error): void;
}

interface CompactionRequest {
  /** Every write enqueued before this count must be in the snapshot. */
  after: number;
  promise: Promise<void>;
  resolve(): void;
  reject(err: Error): void;
}

/**
 * Reads are map lookups. A put or delete becomes one journal line; writes that arrive while the
 * journal is being flushed go together in the next append and fsync (group commit), and each
 * resolves only once its line is on disk; only then does it show in reads, so nothing acts on a
 * change a crash could still take back. When the journal outgrows the snapshot (or on `compact()`),
 * the journal is set aside as `<c>.journal.<n>`, a new snapshot is written from memory while new
 * writes go to a fresh journal, and the set-aside journals are removed once the snapshot is on
 * disk. Loading replays snapshot, set-aside journals and journal in that order; replaying a journal
 * the snapshot already holds changes nothing, so a crash at any point between these steps is safe.
 */
export class JournaledCollection {
  private readonly records: Records = new Map();
  /** When each id was first stored, so a listing keeps the order of the one-file store. */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  private readonly index = new FieldIndex();
  private readonly files: CollectionFiles;
  private readonly snapshot: DurableJsonFile;
  private readonly low: Low<Records>;
  /** Set-aside journals not yet folded into a snapshot, with their sizes. */
  private readonly generations = new Map<number, number>();
  private journalBytes = 0;
  /** The journal, open for appending between batches: an open and a close per write cost more than the write. */
  private handle: FileHandle | undefined;
  /** Where a torn last line starts, cut off before the journal is next written. */
  private tornAt: number | undefined;
  private queue: Write[] = [];
  private enqueued = 0;
  private settled = 0;
  private busy = false;
  private loop: Promise<void> = Promise.resolve();
  private wanted: CompactionRequest | undefined;
  private active: Promise<void> | undefined;
  /** Journal bytes at the last failed compaction: no automatic retry before as much again is written. */
  private failedAt = 0;
  private broken: StoreError | undefined;

  private constructor(
    private readonly dir: string,
    readonly name: string,
    private readonly log: StoreLog,
    /** Half-written snapshots found at start; removed by the next compaction. */
    private stale: string[],
    /**
     * Shared by the store's collections: a snapshot written alone keeps most of libuv's four pool
     * threads, and the disk, free for the journal appends that turns wait for.
     */
    private readonly oneAtATime: Serial,
  ) {
    this.files = collectionFiles(dir, name);
    this.snapshot = new DurableJsonFile(this.files.snapshot);
    this.low = new Low<Records>(this.snapshot, new Map());
  }

  /** A collection with nothing on disk yet. */
  static empty(dir: string, name: string, log: StoreLog, oneAtATime: Serial, stale: string[] = []): JournaledCollection {
    return new JournaledCollection(dir, name, log, stale, oneAtATime);
  }

  /** Loads the snapshot, then the set-aside journals, then the journal. Writes nothing (a reader may share the folder). */
  static async load(dir: string, name: string, generations: number[], log: StoreLog, oneAtATime: Serial, stale: string[] = []): Promise<JournaledCollection> {
    const c = new JournaledCollection(dir, name, log, stale, oneAtATime);
    await c.low.read();
    for (const [id, record] of c.low.data) c.apply({ put: deepFreeze(record) }, id);
    c.low.data = new Map();
    const replay = (entry: JournalEntry) => c.apply('put' in entry ? { put: deepFreeze(entry.put) } : entry);
    for (const n of generations) {
      const read = await replayJournal(c.files.generation(n), replay);
      if (read) c.generations.set(n, read.bytes);
    }
    const read = await replayJournal(c.files.journal, replay);
    c.journalBytes = read?.bytes ?? 0;
    if (read?.tornAt !== undefined) {
      c.tornAt = read.tornAt;
      log.warn({ file: c.files.journal, entries: read.entries }, 'store journal ends in part of an entry (a crash during a write, never acknowledged): left out');
    }
    return c;
  }

  /** Stored records are deep-frozen, so a read hands them out as they are: no copy per turn. */
  get(id: string): StoredRecord | undefined {
    return this.records.get(id);
  }

  list(where?: { field: string; value: unknown }): StoredRecord[] {
    if (!where) return [...this.records.values()];
    let ids = this.index.lookup(where.field, where.value);
    if (!ids) {
      this.index.build(where.field, this.records);
      ids = this.index.lookup(where.field, where.value)!;
    }
    const hits = [...ids];
    if (hits.length > 1) hits.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    return hits.map((id) => this.records.get(id)!);
  }

  put(value: StoredRecord): Promise<void> {
    if (typeof value?.id !== 'string') return Promise.reject(new StoreError(this.name, 'a record needs a string id'));
    let json: string;
    try {
      json = JSON.stringify(value);
    } catch (err) {
      return Promise.reject(new StoreError(this.name, 'a record must be plain JSON', { cause: err }));
    }
    // What is kept in memory is what a restart reads back: plain JSON, nothing shared with the caller.
    return this.enqueue({ line: putLine(json), id: value.id, record: deepFreeze(JSON.parse(json) as StoredRecord) });
  }

  delete(id: string): Promise<void> {
    return this.enqueue({ line: deleteLine(id), id });
  }

  /** A snapshot taken after every write enqueued so far, with every older journal removed. */
  compact(): Promise<void> {
    // Nothing written since the last snapshot and nothing left over: the snapshot is memory already,
    // so callers that compact a fixed list (erasure, retention) do not rewrite untouched files.
    if (this.settledOnDisk()) return Promise.resolve();
    if (this.wanted) this.wanted.after = this.enqueued;
    else {
      let resolve!: () => void;
      let reject!: (err: Error) => void;
      const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
      this.wanted = { after: this.enqueued, promise, resolve, reject };
    }
    const { promise } = this.wanted;
    this.kick();
    return promise;
  }

  private settledOnDisk(): boolean {
    return !this.busy && !this.active && !this.wanted && !this.broken && this.queue.length === 0 && this.journalBytes === 0 && this.generations.size === 0 && this.stale.length === 0 && this.tornAt === undefined;
  }

  /** Resolves once every write enqueued and any compaction under way are done. */
  async idle(): Promise<void> {
    for (;;) {
      if (this.busy) await this.loop;
      else if (this.active) await this.active;
      else return;
    }
  }

  private enqueue(write: Omit<Write, 'resolve' | 'reject'>): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ...write, resolve, reject });
      this.enqueued++;
      this.kick();
    });
  }

  private apply(entry: JournalEntry, id = 'put' in entry ? entry.put.id : entry.del): void {
    const before = this.records.get(id);
    if ('put' in entry) {
      if (before === undefined) this.order.set(id, this.nextOrder++);
      this.records.set(id, entry.put);
      this.index.update(id, before, entry.put);
    } else if (before !== undefined) {
      this.records.delete(id);
      this.order.delete(id);
      this.index.update(id, before, undefined);
    }
  }

  private kick(): void {
    if (this.busy) return;
    this.busy = true;
    this.loop = this.run();
  }

  /** The only writer of the journal: appends batches and sets journals aside, one step at a time. */
  private async run(): Promise<void> {
    try {
      for (;;) {
        if (this.broken) {
          const failed = this.queue.splice(0);
          this.settled += failed.length;
          for (const w of failed) w.reject(this.broken);
        }
        if (this.wanted && !this.active && this.settled >= this.wanted.after) await this.startCompaction(this.wanted);
        else if (this.queue.length) await this.append(this.queue.splice(0));
        else break;
      }
    } finally {
      // Cleared in the same tick as the last look at the queue: a write enqueued after it starts a new run.
      this.busy = false;
    }
  }

  private async append(batch: Write[]): Promise<void> {
    const data = Buffer.from(batch.map((w) => w.line).join(''));
    try {
      await this.cutTornTail();
      const handle = (this.handle ??= await open(this.files.journal, 'a', 0o600));
      try {
        await handle.appendFile(data);
        await handle.datasync();
      } catch (err) {
        // Take back what part of the batch reached the file, or the next append would follow half a line.
        try {
          await handle.truncate(this.journalBytes);
          await handle.datasync();
        } catch (undo) {
          this.broken = new StoreError(this.files.journal, `a failed write could not be taken back (${(undo as Error).message}); no more writes until a restart`, { cause: err });
          this.log.error({ file: this.files.journal, err: (err as Error).message }, 'store journal write failed and could not be undone; writes refused');
        }
        throw err;
      }
      // A new journal's name must be on disk as surely as its first line.
      if (this.journalBytes === 0) await syncDir(this.dir);
    } catch (err) {
      this.settled += batch.length;
      for (const w of batch) w.reject(err as Error);
      return;
    }
    this.journalBytes += data.length;
    for (const w of batch) this.apply(w.record ? { put: w.record } : { del: w.id }, w.id);
    this.settled += batch.length;
    for (const w of batch) w.resolve();
    const journals = this.journalBytes + this.generationBytes();
    if (!this.wanted && !this.active && journals - this.failedAt > Math.max(MIN_JOURNAL_BYTES, this.snapshot.bytes)) {
      this.compact().catch(() => undefined); // reported by startCompaction
    }
  }

  private async closeJournal(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }

  /** Waits for every write and compaction, then lets go of the journal file. */
  async close(): Promise<void> {
    await this.idle();
    await this.closeJournal();
  }

  private async cutTornTail(): Promise<void> {
    if (this.tornAt === undefined) return;
    const handle = await open(this.files.journal, 'r+');
    try {
      await handle.truncate(this.tornAt);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    this.tornAt = undefined;
  }

  private generationBytes(): number {
    let sum = 0;
    for (const bytes of this.generations.values()) sum += bytes;
    return sum;
  }

  /** Sets the journal aside and captures the records; the snapshot is written while writes go on. */
  private async startCompaction(request: CompactionRequest): Promise<void> {
    this.wanted = undefined;
    try {
      await this.cutTornTail();
      await this.closeJournal();
      if (this.journalBytes > 0) {
        const n = Math.max(0, ...this.generations.keys()) + 1;
        await rename(this.files.journal, this.files.generation(n));
        await syncDir(this.dir);
        this.generations.set(n, this.journalBytes);
        this.journalBytes = 0;
      }
    } catch (err) {
      this.compactionFailed(err as Error);
      request.reject(err as Error);
      return;
    }
    // Stored records are never changed in place, so a copy of the map is a consistent snapshot.
    const capture: Records = new Map(this.records);
    const folded = [...this.generations.keys()];
    this.active = this.oneAtATime(() => this.writeSnapshot(capture, folded)).then(
      () => {
        this.failedAt = 0;
        request.resolve();
      },
      (err: Error) => {
        this.compactionFailed(err);
        request.reject(err);
      },
    );
    void this.active.finally(() => {
      this.active = undefined;
      this.kick();
    });
  }

  private async writeSnapshot(capture: Records, folded: number[]): Promise<void> {
    for (const file of this.stale) await rm(file, { force: true });
    this.stale = [];
    this.low.data = capture;
    try {
      await this.low.write();
    } finally {
      this.low.data = new Map();
    }
    for (const n of folded) {
      await rm(this.files.generation(n), { force: true });
      this.generations.delete(n);
    }
    await syncDir(this.dir);
  }

  private compactionFailed(err: Error): void {
    this.failedAt = this.journalBytes + this.generationBytes();
    this.log.error({ collection: this.name, err: err.message }, 'store compaction failed; the journal keeps every change');
  }
}
