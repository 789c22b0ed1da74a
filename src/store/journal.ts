/** A collection's journal: one JSON line per put or delete, appended after the snapshot was written. */
import { readFile } from 'node:fs/promises';
import type { StoredRecord } from './store.js';
import { CorruptStoreFileError } from './store-files.js';

/** One change as the journal keeps it. */
export type JournalEntry = { put: StoredRecord } | { del: string };

/** The journal line of a put; `json` is the record as JSON. */
export const putLine = (json: string): string => `{"put":${json}}\n`;

/** The journal line of a delete. */
export const deleteLine = (id: string): string => `{"del":${JSON.stringify(id)}}\n`;

/** What reading a journal found. */
export interface JournalRead {
  /** Bytes of whole lines. */
  bytes: number;
  /** Set when the file ends in part of a line (a crash in the middle of an append): where that part starts. */
  tornAt?: number;
  entries: number;
}

const NEWLINE = 0x0a;

/**
 * Replays a journal file, entry by entry, in order. A last line without its newline is what an
 * append cut short by a crash leaves: never acknowledged, so it is skipped (and `tornAt` says
 * where it starts, for the writer to cut it off). Any whole line that is not an entry means the
 * file is damaged: CorruptStoreFileError, naming the line, never its contents.
 */
export async function replayJournal(path: string, apply: (entry: JournalEntry) => void): Promise<JournalRead | undefined> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let start = 0;
  let line = 0;
  for (;;) {
    const end = buffer.indexOf(NEWLINE, start);
    if (end === -1) break;
    line++;
    const entry = parseEntry(buffer.toString('utf8', start, end));
    if (!entry) throw new CorruptStoreFileError(path, `line ${line} is not a journal entry`);
    apply(entry);
    start = end + 1;
  }
  return { bytes: start, entries: line, ...(start < buffer.length ? { tornAt: start } : {}) };
}

function parseEntry(text: string): JournalEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { put, del } = value as { put?: unknown; del?: unknown };
  if (typeof del === 'string' && put === undefined) return { del };
  if (typeof put === 'object' && put !== null && !Array.isArray(put) && typeof (put as { id?: unknown }).id === 'string' && del === undefined) return { put: put as StoredRecord };
  return undefined;
}
