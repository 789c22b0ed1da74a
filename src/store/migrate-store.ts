/**
 * Copies a lowdb installation (DATA_DIR/db) into PostgreSQL for one tenant, in one transaction, and
 * proves the copy: per collection the number of records and a digest of their JSON in listing order,
 * read back from both stores. Counts, digests and collection names only: never a record's contents.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { createLowdbStore } from './lowdb-store.js';
import { createPostgresStore, describeDatabase, UNSTORABLE, type PostgresStore } from './postgres-store.js';
import type { StoreLog } from './store-files.js';
import { COLLECTIONS, type Collection, type StoredRecord } from './store.js';

export interface MigrateStoreOptions {
  /** The lowdb store folder (`<DATA_DIR>/db`); read, never written. */
  from: string;
  /** postgres://user:pass@host:5432/db */
  to: string;
  /** Whose records these become; '' for a single-municipality installation. */
  tenant?: string;
  /** Delete the tenant's records in the target first (in the same transaction) instead of refusing. */
  replace?: boolean;
  /** Rows per INSERT statement. */
  batchRows?: number;
  /** Both stores' warnings (a torn journal line, a lost connection); never with contents. */
  log?: StoreLog;
}

/** One collection's proof: its records in lowdb and in PostgreSQL. */
export interface CollectionProof {
  collection: string;
  lowdb: number;
  postgres: number;
  /** Same count and the same digest of the records' JSON in listing order. */
  same: boolean;
}

/** What a migration did. `unknownFiles` are store-like files in the folder that no collection owns: not copied. */
export type MigrationResult =
  | { outcome: 'refused'; unknownFiles: string[]; existing: { collection: string; count: number }[] }
  | { outcome: 'copied'; unknownFiles: string[]; replaced: number; copied: number; proof: CollectionProof[]; same: boolean };

/** The source folder is missing or holds no store: a wrong `--from`, nothing was opened. */
export class MigrationSourceError extends Error {
  override readonly name = 'MigrationSourceError';
}

/** The copy failed and was rolled back: the target is as it was. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

const BATCH_ROWS = 500;
/** A batch also ends at this many bytes of JSON, so big records do not make one huge statement. */
const BATCH_BYTES = 16 << 20;
const STORE_FILE = /^(.+)\.(?:json|journal(?:\.\d+)?)$/;
const KNOWN = new Set<string>(COLLECTIONS);

/** Copies `from` into the tenant of `to`, then counts and digests both sides. */
export async function migrateStore(options: MigrateStoreOptions): Promise<MigrationResult> {
  const tenant = options.tenant ?? '';
  const unknownFiles = await inspectSource(options.from);
  const log = options.log;
  // createLowdbStore would create a missing folder; inspectSource made sure it exists.
  const source = await createLowdbStore(options.from, log ? { log } : {});
  let target: PostgresStore | undefined;
  try {
    target = await createPostgresStore({ url: options.to, tenant, maxConnections: 2, ...(log ? { log } : {}) });
    const records = new Map<Collection, readonly StoredRecord[]>();
    for (const c of COLLECTIONS) records.set(c, await source.list(c));

    const client = await target.pool.connect();
    let copied: { replaced: number; copied: number; digests: Map<string, string> } | { existing: { collection: string; count: number }[] };
    try {
      copied = await copyInOneTransaction(client, tenant, records, options.replace ?? false, options.batchRows ?? BATCH_ROWS);
    } finally {
      client.release();
    }
    if ('existing' in copied) return { outcome: 'refused', unknownFiles, existing: copied.existing };

    const proof = await prove(target, records, copied.digests);
    return { outcome: 'copied', unknownFiles, replaced: copied.replaced, copied: copied.copied, proof, same: proof.every((p) => p.same) };
  } finally {
    await Promise.allSettled([source.close(), target?.close()]);
  }
}

/** Refuses a folder that is not a store; returns the store-like files no known collection owns. */
async function inspectSource(dir: string): Promise<string[]> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new MigrationSourceError(`${dir} is not a folder`);
    names = (await readdir(dir)).sort();
  } catch (err) {
    if (err instanceof MigrationSourceError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new MigrationSourceError(code === 'ENOENT' ? `${dir} does not exist` : `cannot read ${dir} (${code ?? (err as Error).message})`);
  }
  const unknown: string[] = [];
  let known = 0;
  for (const name of names) {
    const m = STORE_FILE.exec(name);
    if (!m) continue;
    if (KNOWN.has(m[1]!)) known++;
    else unknown.push(name);
  }
  if (known === 0) {
    const nested = await stat(join(dir, 'db')).then((s) => s.isDirectory(), () => false);
    throw new MigrationSourceError(`${dir} holds no store files (such as conversations.json or handoffs.journal)${nested ? `; the store is in ${join(dir, 'db')}` : ''}`);
  }
  return unknown;
}

async function countTarget(db: Pick<pg.ClientBase, 'query'>, tenant: string): Promise<{ collection: string; count: number }[]> {
  const { rows } = await db.query<{ collection: string; count: number }>(
    'SELECT collection, count(*)::int AS count FROM naast_records WHERE tenant = $1 GROUP BY collection ORDER BY collection',
    [tenant],
  );
  return rows;
}

/**
 * The check for existing records, the optional delete and every insert share one transaction on
 * one connection, so a failure (or a refusal) leaves the target exactly as it was.
 */
async function copyInOneTransaction(
  client: pg.PoolClient,
  tenant: string,
  records: Map<Collection, readonly StoredRecord[]>,
  replace: boolean,
  batchRows: number,
): Promise<{ replaced: number; copied: number; digests: Map<string, string> } | { existing: { collection: string; count: number }[] }> {
  let step = 'starting the transaction';
  try {
    await client.query('BEGIN');
    step = 'counting the target';
    const existing = await countTarget(client, tenant);
    if (existing.length && !replace) {
      await client.query('ROLLBACK');
      return { existing };
    }
    let replaced = 0;
    if (existing.length) {
      step = 'deleting the target tenant';
      replaced = (await client.query('DELETE FROM naast_records WHERE tenant = $1', [tenant])).rowCount ?? 0;
    }
    const digests = new Map<string, string>();
    // Record numbers (in listing order) that PostgreSQL would refuse; once one is found, the rest is only scanned.
    const unstorable = new Map<string, number[]>();
    let copied = 0;
    for (const [collection, list] of records) {
      const hash = createHash('sha256');
      let batch: { id: string; json: string }[] = [];
      let bytes = 0;
      let first = 0;
      const flush = async () => {
        if (!batch.length) return;
        step = `copying ${collection} (records ${first + 1}–${first + batch.length})`;
        await insertBatch(client, tenant, collection, batch);
        first += batch.length;
        batch = [];
        bytes = 0;
      };
      for (const [i, record] of list.entries()) {
        if (typeof record.id !== 'string') throw new MigrationError(`${collection}: record ${i + 1} has no string id; nothing was copied`);
        const json = JSON.stringify(record);
        hash.update(json).update('\n');
        if (UNSTORABLE.test(json)) unstorable.set(collection, [...(unstorable.get(collection) ?? []), i + 1]);
        if (unstorable.size) continue;
        batch.push({ id: record.id, json });
        bytes += json.length;
        if (batch.length >= batchRows || bytes >= BATCH_BYTES) await flush();
      }
      if (!unstorable.size) await flush();
      digests.set(collection, hash.digest('hex'));
      copied += list.length;
    }
    if (unstorable.size) {
      const where = [...unstorable].map(([c, n]) => `${c} ${n.length === 1 ? 'record' : 'records'} ${n.slice(0, 10).join(', ')}${n.length > 10 ? ` and ${n.length - 10} more` : ''}`);
      throw new MigrationError(
        `PostgreSQL cannot store a NUL character or half of a UTF-16 surrogate pair, and these records (numbered in listing order) hold one: ${where.join('; ')}. Rolled back, the target is unchanged`,
      );
    }
    step = 'committing';
    await client.query('COMMIT');
    return { replaced, copied, digests };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (err instanceof MigrationError) throw err;
    // The server's message only: its detail can quote a key or a value.
    throw new MigrationError(`${step}: ${(err as Error).message}; rolled back, the target is unchanged`, { cause: err });
  }
}

/** One multi-row INSERT in listing order, so `seq` keeps lowdb's order. Tenant and collection are sent once. */
async function insertBatch(client: pg.PoolClient, tenant: string, collection: string, batch: { id: string; json: string }[]): Promise<void> {
  const params: string[] = [tenant, collection];
  const rows: string[] = [];
  for (const { id, json } of batch) {
    params.push(id, json);
    rows.push(`($1, $2, $${params.length - 1}, $${params.length}::json)`);
  }
  await client.query(`INSERT INTO naast_records (tenant, collection, id, data) VALUES ${rows.join(', ')}`, params);
}

/** Counts in the target per collection, and each collection read back through the store and digested. */
async function prove(target: PostgresStore, records: Map<Collection, readonly StoredRecord[]>, sourceDigests: Map<string, string>): Promise<CollectionProof[]> {
  const counts = new Map((await countTarget(target.pool, target.tenant)).map((r) => [r.collection, r.count]));
  const proof: CollectionProof[] = [];
  for (const [collection, list] of records) {
    const hash = createHash('sha256');
    for (const record of await target.list(collection)) hash.update(JSON.stringify(record)).update('\n');
    const postgres = counts.get(collection) ?? 0;
    proof.push({ collection, lowdb: list.length, postgres, same: postgres === list.length && hash.digest('hex') === sourceDigests.get(collection) });
    counts.delete(collection);
  }
  // Rows under names lowdb does not have can only come from a writer beside us: they make it a mismatch.
  for (const [collection, postgres] of counts) proof.push({ collection, lowdb: 0, postgres, same: false });
  return proof;
}

/** The proof as a table: collection | lowdb | PostgreSQL | same. */
export function proofTable(proof: readonly CollectionProof[]): string {
  const header = ['collection', 'lowdb', 'PostgreSQL', 'same'];
  const rows = proof.map((p) => [p.collection, String(p.lowdb), String(p.postgres), p.same ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** The last line: what was copied where, and whether every count and digest matched. */
export function proofSummary(result: Extract<MigrationResult, { outcome: 'copied' }>, to: string, tenant: string): string {
  const where = `${describeDatabase(to)} (${describeTenant(tenant)}${result.replaced ? `, ${result.replaced} records there before deleted` : ''})`;
  if (result.same) return `copied ${result.copied} records into ${where}: every count and digest matches`;
  const differ = result.proof.filter((p) => !p.same).map((p) => p.collection);
  return `copied ${result.copied} records into ${where}, but ${differ.join(', ')} ${differ.length === 1 ? 'differs' : 'differ'} from lowdb: do not switch over`;
}

/** What the refusal says: which collections hold how many records already. */
export function refusalMessage(result: Extract<MigrationResult, { outcome: 'refused' }>, to: string, tenant: string): string {
  const held = result.existing.map((e) => `${e.collection} ${e.count}`).join(', ');
  return `${describeDatabase(to)} already holds records for ${describeTenant(tenant)} (${held}); nothing copied. Give --replace to delete them and copy afresh`;
}

function describeTenant(tenant: string): string {
  return tenant === '' ? "tenant '' (single municipality)" : `tenant '${tenant}'`;
}
