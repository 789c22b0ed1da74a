/** The snapshot of a collection as a lowdb adapter: one JSON object of records by id, written atomically. */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { StoredRecord } from './store.js';
import { CorruptStoreFileError, syncDir } from './store-files.js';

/** Records by id, in the order they were first stored. */
export type Records = Map<string, StoredRecord>;

/** Bytes gathered before each write while streaming a snapshot out. */
const CHUNK = 256 << 10;
/**
 * Bytes written between flushes to disk. One flush of 100 MB at the end would hold a thread of the
 * pool that journal appends need, and (ext4, data=ordered) can make their fsync wait for it too.
 */
const FLUSH_EVERY = 4 << 20;

/**
 * lowdb's JSONFile writes a temp file and renames it, but never flushes it to disk, and builds the
 * whole file as one indented string, which blocks the event loop for as long as a big collection
 * takes to stringify (and cannot pass V8's longest string, about 512 MB). This adapter reads the same format (so an old DATA_DIR loads
 * unchanged) and writes it record by record to a temp file, flushes it, renames it over the
 * snapshot and flushes the folder: after a crash, or a power cut, the snapshot is the old one or
 * the new one, whole.
 */
export class DurableJsonFile implements Adapter<Records> {
  /** The snapshot's size on disk after the last read or write. */
  bytes = 0;

  constructor(readonly path: string) {}

  async read(): Promise<Records | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    this.bytes = Buffer.byteLength(text);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new CorruptStoreFileError(this.path, 'not valid JSON');
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CorruptStoreFileError(this.path, 'not a JSON object of records');
    const records: Records = new Map();
    let n = 0;
    for (const [id, record] of Object.entries(data as Record<string, unknown>)) {
      n++;
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new CorruptStoreFileError(this.path, `entry ${n} is not a record`);
      records.set(id, record as StoredRecord);
    }
    return records;
  }

  async write(records: Records): Promise<void> {
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    let bytes = 0;
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        let chunk = '{';
        let first = true;
        let unflushed = 0;
        for (const [id, record] of records) {
          chunk += `${first ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(record)}`;
          first = false;
          // Each write gives the event loop back, so turns go on while a big snapshot is written.
          if (chunk.length >= CHUNK) {
            const written = await write(handle, chunk);
            bytes += written;
            unflushed += written;
            chunk = '';
            if (unflushed >= FLUSH_EVERY) {
              await handle.datasync();
              unflushed = 0;
            }
          }
        }
        bytes += await write(handle, `${chunk}}`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, this.path);
    } catch (err) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw err;
    }
    await syncDir(dirname(this.path));
    this.bytes = bytes;
  }
}

async function write(handle: FileHandle, text: string): Promise<number> {
  const buffer = Buffer.from(text);
  await handle.writeFile(buffer);
  return buffer.length;
}
