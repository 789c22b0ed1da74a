/**
 * The store on PostgreSQL (DATABASE_URL), for several instances and several municipalities on one
 * database. One table holds every collection of every tenant (migrations/001-records.sql); a store
 * is bound to one tenant, so no query it makes can reach another's records.
 */
import pg from 'pg';
import { migrate } from './postgres-migrate.js';
import { StoreError, type StoreLog } from './store-files.js';
import { deepFreeze, type Collection, type Store, type StoredRecord } from './store.js';

export interface PostgresStoreOptions {
  /** postgres://user:pass@host:5432/db */
  url: string;
  /** Whose records these are; '' for a single-municipality installation. */
  tenant?: string;
  /** Connections this process may hold (PG_POOL_MAX). */
  maxConnections?: number;
  log?: StoreLog;
}

/** The store, with the pool other parts of Naast use for locks, claims and notifications. */
export interface PostgresStore extends Store {
  readonly pool: pg.Pool;
  readonly tenant: string;
}

/** Top-level field names only, so a field can be written into SQL as a literal (index-friendly). */
const FIELD = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Where the database is, without the password: for messages. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}

/** Connects, applies missing migrations and returns the store; a database that cannot be reached stops the start with its address named. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const where = describeDatabase(options.url);
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', (err) => options.log?.warn({ database: where, err: err.message }, 'database connection lost; it will be reopened'));
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new StoreError(where, `cannot use the database: ${(err as Error).message}`, { cause: err });
  }
  return postgresStoreOn(pool, options.tenant ?? '');
}

/** A store for `tenant` on a pool that is already migrated (tenants of one installation share the pool). */
export function postgresStoreOn(pool: pg.Pool, tenant: string, ownsPool = true): PostgresStore {
  async function query<R extends pg.QueryResultRow>(collection: string, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      return await pool.query<R>(text, values);
    } catch (err) {
      throw new StoreError(`postgres ${collection}`, (err as Error).message, { cause: err });
    }
  }
  // One vacuum at a time; calls during a run share the one that starts after it.
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  const vacuum = (): Promise<void> => {
    running = query('compact', 'VACUUM naast_records', []).then(() => undefined);
    return running.finally(() => (running = undefined));
  };

  return {
    pool,
    tenant,
    async get<T extends StoredRecord>(collection: Collection, id: string) {
      const { rows } = await query<{ data: T }>(collection, 'SELECT data FROM naast_records WHERE tenant = $1 AND collection = $2 AND id = $3', [tenant, collection, id]);
      return rows[0] ? deepFreeze(rows[0].data) : undefined;
    },
    async put(collection, value) {
      if (typeof value?.id !== 'string') throw new StoreError(collection, 'a record needs a string id');
      let json: string;
      try {
        json = JSON.stringify(value);
      } catch (err) {
        throw new StoreError(collection, 'a record must be plain JSON', { cause: err });
      }
      await query(
        collection,
        'INSERT INTO naast_records (tenant, collection, id, data) VALUES ($1, $2, $3, $4::json) ON CONFLICT (tenant, collection, id) DO UPDATE SET data = EXCLUDED.data',
        [tenant, collection, value.id, json],
      );
    },
    async delete(collection, id) {
      await query(collection, 'DELETE FROM naast_records WHERE tenant = $1 AND collection = $2 AND id = $3', [tenant, collection, id]);
    },
    async list<T extends StoredRecord>(collection: Collection, where?: { field: string; value: unknown }) {
      if (!where) {
        const { rows } = await query<{ data: T }>(collection, 'SELECT data FROM naast_records WHERE tenant = $1 AND collection = $2 ORDER BY seq', [tenant, collection]);
        return rows.map((r) => deepFreeze(r.data));
      }
      const { field, value } = where;
      if (!FIELD.test(field)) throw new StoreError(collection, `cannot list by "${field}": not a top-level field name`);
      const at = `data->'${field}'`;
      let test: string;
      const params: unknown[] = [tenant, collection];
      // Matched as the lowdb store matches (===): a string is never the number or boolean it spells.
      if (value === undefined) test = `${at} IS NULL`;
      else if (value === null) test = `json_typeof(${at}) = 'null'`;
      else if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
        params.push(JSON.stringify({ [field]: value }), typeof value, typeof value === 'string' ? value : JSON.stringify(value));
        test = `(data::jsonb) @> $3::jsonb AND json_typeof(${at}) = $4 AND data->>'${field}' = $5`;
      } else return [];
      const { rows } = await query<{ data: T }>(collection, `SELECT data FROM naast_records WHERE tenant = $1 AND collection = $2 AND ${test} ORDER BY seq`, params);
      return rows.map((r) => deepFreeze(r.data));
    },
    /**
     * Deleted rows stay in the table's pages until a vacuum reclaims them; this runs one now (one
     * at a time, a call during a run waits for the next). The server's write-ahead log and backups
     * follow the database's own retention: see docs/privacy.md.
     */
    compact() {
      if (next) return next;
      if (!running) return vacuum();
      next = running.catch(() => undefined).then(() => {
        next = undefined;
        return vacuum();
      });
      return next;
    },
    async close() {
      if (ownsPool) await pool.end();
    },
  };
}
