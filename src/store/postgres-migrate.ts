/**
 * Versioned SQL migrations (`src/store/migrations/NNN-name.sql`), run at start. Several instances
 * may start at once: an advisory lock held for the transaction lets one apply them while the others
 * wait, then find nothing left to do. Each file runs once, in order, in that same transaction.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const MIGRATIONS = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any constant: it names "Naast migrates" among the advisory locks of this database. */
const MIGRATION_LOCK = 0x4e61_6173; // "Naas"

/** Applies what is missing; returns the versions it applied. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const files = (await readdir(MIGRATIONS))
    .map((name) => ({ name, version: Number(/^(\d+)-.+\.sql$/.exec(name)?.[1]) }))
    .filter((f) => Number.isInteger(f.version))
    .sort((a, b) => a.version - b.version);
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS naast_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM naast_migrations')).rows.map((r) => r.version));
    for (const file of files) {
      if (done.has(file.version)) continue;
      await client.query(await readFile(`${MIGRATIONS}${file.name}`, 'utf8'));
      await client.query('INSERT INTO naast_migrations (version, name) VALUES ($1, $2)', [file.version, file.name]);
      applied.push(file.version);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  return applied;
}
