/** Indexes on top-level fields, built the first time a collection is listed by that field. */
import type { StoredRecord } from './store.js';

type Bucket = Set<string>;

/**
 * `list(collection, { field, value })` would otherwise look at every record: the outbox asks for
 * its pending mail every second, the case page finds a handoff by its token's hash. An index per
 * field that was asked for, kept up to date on every put and delete, makes that cost the hits only.
 * Values are matched as `===` does: objects and arrays never match (a stored record is a copy), NaN
 * never matches.
 */
export class FieldIndex {
  private readonly fields = new Map<string, Map<unknown, Bucket>>();

  /** The ids whose `field` is `value`, or undefined when the field has no index yet. */
  lookup(field: string, value: unknown): Bucket | undefined {
    const index = this.fields.get(field);
    if (!index) return undefined;
    return (indexable(value) && index.get(value)) || EMPTY;
  }

  /** Indexes `field` over the records there are now. */
  build(field: string, records: Iterable<[string, StoredRecord]>): void {
    const index = new Map<unknown, Bucket>();
    for (const [id, record] of records) add(index, valueOf(record, field), id);
    this.fields.set(field, index);
  }

  /** Keeps every index right when `id` changes from `before` to `after` (either may be absent). */
  update(id: string, before: StoredRecord | undefined, after: StoredRecord | undefined): void {
    for (const [field, index] of this.fields) {
      const old = before === undefined ? ABSENT : valueOf(before, field);
      const now = after === undefined ? ABSENT : valueOf(after, field);
      if (old === now && before !== undefined && after !== undefined) continue;
      if (before !== undefined) remove(index, old, id);
      if (after !== undefined) add(index, now, id);
    }
  }
}

const EMPTY: Bucket = new Set();
const ABSENT = Symbol('absent');

const valueOf = (record: StoredRecord, field: string): unknown => (record as unknown as Record<string, unknown>)[field];

/** Values that `===` can match: not objects (always copies) and not NaN. */
const indexable = (value: unknown): boolean => (typeof value !== 'object' || value === null) && typeof value !== 'function' && !Number.isNaN(value);

function add(index: Map<unknown, Bucket>, value: unknown, id: string): void {
  if (!indexable(value)) return;
  let bucket = index.get(value);
  if (!bucket) index.set(value, (bucket = new Set()));
  bucket.add(id);
}

function remove(index: Map<unknown, Bucket>, value: unknown, id: string): void {
  if (!indexable(value)) return;
  const bucket = index.get(value);
  if (!bucket) return;
  bucket.delete(id);
  if (bucket.size === 0) index.delete(value);
}
