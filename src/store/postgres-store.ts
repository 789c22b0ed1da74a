/**
 * The store on PostgreSQL (DATABASE_URL), for several instances and several municipalities on one
 * database. One table holds every collection of every tenant (migrations/001-records.sql); a store
 * is bound to one tenant, so no query it makes can reach another's records.
 */
import pg from 'pg';
import { wellFormed } from '../util/text.js';
import { migrate } from './postgres-migrate.js';
import { StoreError, type StoreLog } from './store-files.js';
import { deepFreeze, HELD, type Collection, type ExclusiveOptions, type Hold, type Signals, type Store, type StoredRecord } from './store.js';

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

/**
 * What JSON.stringify writes for a NUL character or a lone surrogate (a paired one is written as
 * itself), after an even number of backslashes, so that an escaped backslash before `u0000` does not
 * count. PostgreSQL cannot keep either: json accepts the escape, but the jsonb index over `data` does not.
 */
export const UNSTORABLE = /(?:^|[^\\])(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/;

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

/**
 * What one process holds on one database, shared by the stores of all its tenants: the query pool;
 * a pool for locks, apart, because a lock holds its connection while its work queries through the
 * other pool, and lock waiters must never take every connection the holders need; a third for inner
 * locks (a handoff's, taken while a turn's or an outbox item's is held), so outer holders waiting
 * for an inner lock never wait on each other; and one listening connection.
 */
export interface PostgresConnection {
  url: string;
  pool: pg.Pool;
  lockPool: pg.Pool;
  innerLockPool: pg.Pool;
  signals: SignalHub;
  close(): Promise<void>;
}

/** Connects, applies missing migrations; a database that cannot be reached stops the start with its address named. */
export async function connectPostgres(options: Omit<PostgresStoreOptions, 'tenant'>): Promise<PostgresConnection> {
  const where = describeDatabase(options.url);
  const max = options.maxConnections ?? 10;
  const pool = new pg.Pool({ connectionString: options.url, max });
  const lockPool = new pg.Pool({ connectionString: options.url, max });
  const innerLockPool = new pg.Pool({ connectionString: options.url, max: Math.max(2, Math.ceil(max / 2)) });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  for (const p of [pool, lockPool, innerLockPool]) p.on('error', (err) => options.log?.warn({ database: where, err: err.message }, 'database connection lost; it will be reopened'));
  try {
    await migrate(pool);
  } catch (err) {
    await Promise.all([pool.end(), lockPool.end(), innerLockPool.end()]).catch(() => undefined);
    throw new StoreError(where, `cannot use the database: ${(err as Error).message}`, { cause: err });
  }
  const signals = new SignalHub(options.url, pool, options.log);
  // Listening before anything is stored: no signal sent after this store exists is missed.
  await signals.listen();
  return {
    url: options.url,
    pool,
    lockPool,
    innerLockPool,
    signals,
    async close() {
      await signals.close();
      await Promise.all([pool.end(), lockPool.end(), innerLockPool.end()]);
    },
  };
}

/** Connects, migrates and returns the store of one tenant, which closes the connection with it. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const connection = await connectPostgres(options);
  return postgresStoreOn(connection, options.tenant ?? '', true);
}

/** A store for `tenant` on a connection that is already migrated (tenants of one installation share it). */
export function postgresStoreOn(connection: PostgresConnection, tenant: string, ownsConnection = false): PostgresStore {
  const { pool } = connection;
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
    signals: connection.signals.forTenant(tenant),
    /**
     * A transaction-scoped advisory lock on a 64-bit hash of tenant and key: it ends with the
     * transaction, and with the connection should this process die, so a crash never leaves a key held.
     */
    async exclusive<T>(key: string, fn: () => Promise<T>, options: ExclusiveOptions = {}): Promise<T | typeof HELD> {
      const client = await (options.inner ? connection.innerLockPool : connection.lockPool).connect().catch((err: Error) => {
        throw new StoreError('postgres lock', err.message, { cause: err });
      });
      let broken = false;
      // A checked-out connection that dies (the server restarts, an operator ends it) reports here,
      // not to the pool; the lock went with it, and the query under way fails with the reason.
      const onError = () => (broken = true);
      client.on('error', onError);
      try {
        const lockKey = client.escapeLiteral(`${tenant}/${key}`);
        const lock = options.skipIfHeld ? `pg_try_advisory_xact_lock(hashtextextended(${lockKey}, 0))` : `pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
        let got: boolean | string | undefined;
        try {
          // One round trip: BEGIN and the lock together.
          const results = (await client.query(`BEGIN; SELECT ${lock} AS got`)) as unknown as pg.QueryResult<{ got: boolean | string }>[];
          got = results[1]?.rows[0]?.got;
        } catch (err) {
          broken = true;
          throw new StoreError('postgres lock', (err as Error).message, { cause: err });
        }
        if (options.skipIfHeld && got !== true) {
          await client.query('ROLLBACK').catch(() => (broken = true));
          return HELD;
        }
        try {
          return await fn();
        } finally {
          await client.query('COMMIT').catch(() => (broken = true));
        }
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    /**
     * A session-level advisory lock on a connection of its own: held until released or until the
     * connection ends, which a crashed process's connection does; then another process takes it.
     */
    async hold(key: string): Promise<Hold | undefined> {
      const client = new pg.Client({ connectionString: connection.url });
      let dropped!: () => void;
      const lost = new Promise<void>((resolve) => (dropped = resolve));
      let released = false;
      client.on('error', () => undefined);
      client.on('end', () => {
        if (!released) dropped();
      });
      try {
        await client.connect();
        const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got', [`${tenant}/hold:${key}`]);
        if (!rows[0]?.got) {
          released = true;
          await client.end();
          return undefined;
        }
      } catch (err) {
        released = true;
        await client.end().catch(() => undefined);
        throw new StoreError('postgres hold', (err as Error).message, { cause: err });
      }
      return {
        lost,
        async release() {
          if (released) return;
          released = true;
          // Ending the session ends its advisory locks.
          await client.end().catch(() => undefined);
        },
      };
    },
    async get<T extends StoredRecord>(collection: Collection, id: string) {
      const { rows } = await query<{ data: T }>(collection, 'SELECT data FROM naast_records WHERE tenant = $1 AND collection = $2 AND id = $3', [tenant, collection, id]);
      return rows[0] ? deepFreeze(rows[0].data) : undefined;
    },
    async put(collection, value) {
      if (typeof value?.id !== 'string') throw new StoreError(collection, 'a record needs a string id');
      let json: string;
      try {
        json = JSON.stringify(value);
        // PostgreSQL's json cannot hold a NUL or half an emoji (lowdb can): such text is replaced, never refused.
        if (UNSTORABLE.test(json)) json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? wellFormed(v) : v));
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
      if (ownsConnection) await connection.close();
    },
  };
}

/**
 * LISTEN/NOTIFY on one channel for the whole process: one listening connection, reopened when it
 * drops (signals sent meanwhile are lost; what they announce is in the store, read at the next turn).
 */
class SignalHub {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private readonly receivers = new Map<string, Set<(id: string) => void>>();
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly pool: pg.Pool,
    private readonly log: StoreLog | undefined,
  ) {}

  forTenant(tenant: string): Signals {
    return {
      publish: async (topic, id) => {
        await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify([tenant, topic, id])]);
      },
      subscribe: (topic, receive) => {
        const key = `${tenant}\u0000${topic}`;
        let set = this.receivers.get(key);
        if (!set) this.receivers.set(key, (set = new Set()));
        set.add(receive);
        void this.listen();
        return () => {
          set.delete(receive);
        };
      },
    };
  }

  /** Resolves once this process is listening. */
  listen(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => this.deliver(message.payload));
    client.on('error', (err) => {
      this.log?.warn({ err: err.message }, 'database signal connection lost; reopening');
      this.dropped(client);
    });
    client.on('end', () => this.dropped(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
    } catch (err) {
      this.log?.warn({ err: (err as Error).message }, 'cannot listen for database signals; retrying');
      await client.end().catch(() => undefined);
      this.later();
    }
  }

  private dropped(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.later();
  }

  private later(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.listen();
    }, 1_000);
    this.retry.unref();
  }

  private deliver(payload: string | undefined): void {
    let tenant: unknown, topic: unknown, id: unknown;
    try {
      [tenant, topic, id] = JSON.parse(payload ?? '') as unknown[];
    } catch {
      return;
    }
    if (typeof id !== 'string') return;
    for (const receive of this.receivers.get(`${String(tenant)}\u0000${String(topic)}`) ?? []) {
      try {
        receive(id);
      } catch (err) {
        this.log?.warn({ err: (err as Error).message }, 'a signal receiver failed');
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}

const CHANNEL = 'naast_signals';

