/**
 * `npm run migrate-store`: a real lowdb folder copied into a real PostgreSQL (test/fakes/postgres-server.ts),
 * read back through the PostgreSQL store and compared with lowdb's listings.
 * MIGRATE_BENCH=100000 makes the scale test copy that many conversations and print how long it took.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { MigrationError, migrateStore, type MigrationResult } from '../../src/store/migrate-store.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { COLLECTIONS, type Store, type StoredRecord } from '../../src/store/store.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../fakes/postgres-server.js';

const missing = await postgresMissing();
const skip = missing !== undefined && !process.env.CI;
if (skip) console.warn(`Skipping the migrate-store tests: ${missing}`);
let server: TestPostgres | undefined;
beforeAll(async () => {
  if (!skip) server = await startTestPostgres();
});
afterAll(async () => {
  await server?.close();
});

/** A lowdb folder with records in snapshots and journals, replaced and deleted ones among them. */
async function seedLowdb(dir?: string): Promise<string> {
  dir ??= await mkdtemp(join(tmpdir(), 'naast-migrate-'));
  const store = await createLowdbStore(dir);
  await store.put('conversations', { id: 'webchat:a', language: 'nl', messages: [{ from: 'resident', text: 'Ik zoek hulp bij mijn huur 🏠' }] });
  await store.put('conversations', { id: 'telegram:b', language: 'en', messages: [{ from: 'resident', text: 'ünïcödé — مرحبا — 👩‍👩‍👧 — a\u2028b' }] });
  await store.put('conversations', { id: 'email:c', language: 'nl', messages: [] });
  await store.put('handoffs', { id: 'HA-7K3Q', conversation: 'webchat:a', status: 'queued', domains: ['housing', 'income'] });
  await store.put('handoffs', { id: 'HA-2345', conversation: 'telegram:b', status: 'queued', domains: ['care'] });
  await store.put('outbox', { id: 'HA-7K3Q', status: 'pending', attempts: 0 });
  // Into the snapshot; what follows lives only in the journal.
  await store.compact('conversations');
  await store.compact('handoffs');
  await store.put('conversations', { id: 'webchat:a', language: 'nl', messages: [{ from: 'resident', text: 'Ik zoek hulp bij mijn huur 🏠' }, { from: 'bot', text: 'Dank je.' }] });
  await store.delete('conversations', 'email:c');
  await store.put('conversations', { id: 'whatsapp:d', language: 'tr', messages: [{ from: 'resident', text: 'Merhaba, yardım lazım' }] });
  await store.put('handoffs', { id: 'HA-7K3Q', conversation: 'webchat:a', status: 'sent', domains: ['housing', 'income'], history: [{ status: 'queued' }, { status: 'sent' }] });
  await store.delete('outbox', 'HA-7K3Q');
  await store.put('outbox', { id: 'HA-2345', status: 'pending', attempts: 2, nested: { a: [1, 2.5, null, true], 'key with space': 'x' } });
  for (const month of ['2025-01', '2025-02', '2025-03']) await store.put('events', { id: `intake:${month}`, month, channel: 'webchat', count: 3 });
  await store.put('users', { id: 'admin@example.org', role: 'admin', passwordHash: 'scrypt$…' });
  await store.put('consents', { id: 'c1', conversation: 'webchat:a', organisation: 'mee', at: '2025-02-01T10:00:00.000Z' });
  await store.put('consents', { id: 'c2', conversation: 'telegram:b', organisation: 'mee', at: '2025-02-02T10:00:00.000Z' });
  await store.delete('consents', 'c1');
  await store.put('consents', { id: 'c1', conversation: 'webchat:a', organisation: 'mee', withdrawn: '2025-02-03T10:00:00.000Z' });
  await store.close();
  return dir;
}

/** Every collection's listing, in order, from lowdb or PostgreSQL. */
async function everything(store: Store): Promise<Record<string, StoredRecord[]>> {
  const all: Record<string, StoredRecord[]> = {};
  for (const c of COLLECTIONS) all[c] = await store.list(c);
  return all;
}

async function lowdbListing(dir: string): Promise<Record<string, StoredRecord[]>> {
  const store = await createLowdbStore(dir);
  try {
    return await everything(store);
  } finally {
    await store.close();
  }
}

async function postgresListing(url: string, tenant: string): Promise<Record<string, StoredRecord[]>> {
  const store = await createPostgresStore({ url, tenant });
  try {
    return await everything(store);
  } finally {
    await store.close();
  }
}

/** Every file of the folder with its bytes: loading for a migration must change none. */
async function folderState(dir: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) state[name] = (await readFile(join(dir, name))).toString('base64');
  return state;
}

function copied(result: MigrationResult): Extract<MigrationResult, { outcome: 'copied' }> {
  if (result.outcome !== 'copied') throw new Error(`expected a copy, got a refusal: ${JSON.stringify(result.existing)}`);
  return result;
}

describe.skipIf(skip)('npm run migrate-store', () => {
  it('copies every collection in listing order, proves it by counts and digests, and leaves the lowdb folder as it was', async () => {
    const dir = await seedLowdb();
    await writeFile(join(dir, 'legacy.json'), '{}');
    const before = await folderState(dir);
    const url = await server!.database();

    const result = copied(await migrateStore({ from: dir, to: url }));

    expect(result.same).toBe(true);
    expect(result.unknownFiles).toEqual(['legacy.json']);
    const source = await lowdbListing(dir);
    expect(result.proof.map((p) => [p.collection, p.lowdb, p.postgres, p.same])).toEqual(COLLECTIONS.map((c) => [c, source[c]!.length, source[c]!.length, true]));
    expect(result.copied).toBe(12);
    expect(source.conversations!.map((r) => r.id)).toEqual(['webchat:a', 'telegram:b', 'whatsapp:d']);
    expect(source.consents!.map((r) => r.id)).toEqual(['c2', 'c1']);
    expect(await postgresListing(url, '')).toEqual(source);
    expect(await folderState(dir)).toEqual(before);
  });

  it('refuses a tenant that has records unless told to replace them, and a failed copy leaves the target as it was', async () => {
    const dir = await seedLowdb();
    const url = await server!.database();
    copied(await migrateStore({ from: dir, to: url, tenant: 'haarlem' }));
    const first = await postgresListing(url, 'haarlem');

    // Meanwhile lowdb changed; without --replace nothing in the target moves.
    const lowdb = await createLowdbStore(dir);
    await lowdb.put('handoffs', { id: 'HA-9XYZ', conversation: 'whatsapp:d', status: 'queued' });
    await lowdb.close();
    const refused = await migrateStore({ from: dir, to: url, tenant: 'haarlem' });
    expect(refused.outcome).toBe('refused');
    expect(refused.outcome === 'refused' && refused.existing).toEqual([
      { collection: 'consents', count: 2 },
      { collection: 'conversations', count: 3 },
      { collection: 'events', count: 3 },
      { collection: 'handoffs', count: 2 },
      { collection: 'outbox', count: 1 },
      { collection: 'users', count: 1 },
    ]);
    expect(await postgresListing(url, 'haarlem')).toEqual(first);

    // A record PostgreSQL cannot hold fails the copy after the delete: all of it is rolled back.
    const poisoned = await createLowdbStore(dir);
    await poisoned.put('conversations', { id: 'webchat:nul', messages: [{ text: 'a\u0000b' }] });
    await poisoned.close();
    await expect(migrateStore({ from: dir, to: url, tenant: 'haarlem', replace: true })).rejects.toThrow(MigrationError);
    await expect(migrateStore({ from: dir, to: url, tenant: 'haarlem', replace: true })).rejects.toThrow(/conversations record 4\b.*unchanged/);
    expect(await postgresListing(url, 'haarlem')).toEqual(first);

    const repaired = await createLowdbStore(dir);
    await repaired.delete('conversations', 'webchat:nul');
    await repaired.close();
    const replaced = copied(await migrateStore({ from: dir, to: url, tenant: 'haarlem', replace: true }));
    expect(replaced.same).toBe(true);
    expect(replaced.replaced).toBe(12);
    expect(replaced.copied).toBe(13);
    expect(await postgresListing(url, 'haarlem')).toEqual(await lowdbListing(dir));
  });

  it("copies into one tenant without touching another's records, and counts only its own", async () => {
    const dir = await seedLowdb();
    const url = await server!.database();
    const zandvoort = await createPostgresStore({ url, tenant: 'zandvoort' });
    await zandvoort.put('conversations', { id: 'webchat:a', language: 'nl', messages: [{ from: 'resident', text: 'Zandvoort' }] });
    await zandvoort.put('handoffs', { id: 'HA-ZZZZ', status: 'accepted' });
    await zandvoort.put('events', { id: 'intake:2025-01', month: '2025-01', count: 9 });
    await zandvoort.close();
    const theirs = await postgresListing(url, 'zandvoort');

    for (const replace of [false, true]) {
      const result = copied(await migrateStore({ from: dir, to: url, tenant: 'haarlem', replace }));
      expect(result.same).toBe(true);
      expect(result.proof.find((p) => p.collection === 'conversations')).toEqual({ collection: 'conversations', lowdb: 3, postgres: 3, same: true });
      expect(result.proof.find((p) => p.collection === 'handoffs')).toEqual({ collection: 'handoffs', lowdb: 2, postgres: 2, same: true });
      expect(result.replaced).toBe(replace ? 12 : 0);
    }
    expect(await postgresListing(url, 'zandvoort')).toEqual(theirs);
    expect(await postgresListing(url, 'haarlem')).toEqual(await lowdbListing(dir));
    expect(await postgresListing(url, '')).toEqual(Object.fromEntries(COLLECTIONS.map((c) => [c, []])));
  });

  it('runs as a command: a table and exit 0, exit 1 on a refusal, exit 2 for a missing folder, never the password', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-migrate-data-'));
    const dir = await seedLowdb(join(dataDir, 'db'));
    const url = (await server!.database()).replace('postgres://naast@', 'postgres://naast:Wachtw00rdXyz@');
    const absent = join(dataDir, 'nothing-here');

    const ok = await cli(['--from', dir, '--to', url, '--tenant', 'haarlem']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^collection\s+lowdb\s+PostgreSQL\s+same\n/);
    expect(ok.stdout).toMatch(/^conversations\s+3\s+3\s+yes$/m);
    expect(ok.stdout.trimEnd().split('\n').at(-1)).toMatch(/^copied 12 records into postgres:\/\/naast@127\.0\.0\.1:\d+\/\w+ \(tenant 'haarlem'\): every count and digest matches$/);

    const [again, notThere, bad] = await Promise.all([
      // The defaults: DATA_DIR/db and DATABASE_URL.
      cli(['--tenant', 'haarlem'], { DATA_DIR: dataDir, DATABASE_URL: url }),
      cli(['--from', absent, '--to', url]),
      cli(['--to', url, '--from', dir, '--bogus']),
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^migrate-store: postgres:\/\/naast@127\.0\.0\.1:\d+\/\w+ already holds records for tenant 'haarlem' \(consents 2, conversations 3, events 3, handoffs 2, outbox 1, users 1\); nothing copied\. Give --replace/);
    expect(again.stdout).toBe('');

    expect(notThere.code).toBe(2);
    expect(notThere.stderr).toBe(`migrate-store: ${absent} does not exist\nusage: npm run migrate-store -- [--from <lowdb dir>] [--to <postgres url>] [--tenant <id>] [--replace]\n`);
    expect(existsSync(absent)).toBe(false);

    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^migrate-store: Unknown option '--bogus'.*\nusage: /);

    for (const run of [ok, again, notThere, bad]) expect(run.stdout + run.stderr).not.toContain('Wachtw00rdXyz');
  });

  const bench = Number(process.env.MIGRATE_BENCH ?? 0);
  it('copies thousands of records with multi-row inserts', { timeout: bench ? 600_000 : 30_000 }, async () => {
    const n = bench || 2_000;
    const dir = await mkdtemp(join(tmpdir(), 'naast-migrate-scale-'));
    const lowdb = await createLowdbStore(dir);
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        lowdb.put('conversations', {
          id: `webchat:${i.toString(36).padStart(6, '0')}`,
          language: i % 3 ? 'nl' : 'en',
          startedAt: new Date(1_700_000_000_000 + i * 60_000).toISOString(),
          messages: Array.from({ length: 8 }, (_, m) => ({ from: m % 2 ? 'bot' : 'resident', text: `Bericht ${m} van gesprek ${i}: ik zoek hulp bij mijn huur en zorg 🙂` })),
        }),
      ),
    );
    await lowdb.close();
    const url = await server!.database();
    const started = performance.now();
    const result = copied(await migrateStore({ from: dir, to: url }));
    if (bench) console.log(`migrate-store: ${n} conversations copied and proven in ${Math.round(performance.now() - started)} ms`);
    expect(result.same).toBe(true);
    expect(result.proof.find((p) => p.collection === 'conversations')).toEqual({ collection: 'conversations', lowdb: n, postgres: n, same: true });
  });
});

/** The command as a process, as an administrator runs it. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _url, DATA_DIR: _dir, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/store/migrate-store-cli.ts', ...args], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...rest, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
