/**
 * What several instances on one PostgreSQL rely on, with two connections standing for two
 * processes: a key held by one is held for all, a skipped claim returns at once, a dead holder
 * frees its keys, signals reach every process of the same tenant only, and a full lock pool with
 * nested locks does not deadlock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, postgresStoreOn, type PostgresConnection } from '../../src/store/postgres-store.js';
import { HELD } from '../../src/store/store.js';
import { createSharedQueue } from '../../src/util/shared-queue.js';
import { postgresMissing, startTestPostgres, type TestPostgres } from '../fakes/postgres-server.js';

const missing = await postgresMissing();
const skip = missing !== undefined && !process.env.CI;
if (skip) console.warn(`Skipping the PostgreSQL multi-instance tests: ${missing}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(skip)('several processes on one PostgreSQL', () => {
  let server: TestPostgres;
  let url: string;
  const open: PostgresConnection[] = [];
  const connect = async (maxConnections = 10) => {
    const c = await connectPostgres({ url, maxConnections });
    open.push(c);
    return c;
  };
  beforeAll(async () => {
    server = await startTestPostgres();
    url = await server.database();
  });
  afterAll(async () => {
    // A failed test may leave work holding a connection; the server goes regardless.
    await Promise.race([Promise.all(open.map((c) => c.close().catch(() => undefined))), sleep(5_000)]);
    await server?.close();
  });

  it('holds a key for every process: work under one key never overlaps, other keys run side by side', async () => {
    const a = postgresStoreOn(await connect(), '');
    const b = postgresStoreOn(await connect(), '');
    let inside = 0;
    let most = 0;
    const log: string[] = [];
    const work = (who: string) => async () => {
      inside++;
      most = Math.max(most, inside);
      log.push(`${who}+`);
      await sleep(20);
      log.push(`${who}-`);
      inside--;
      return who;
    };
    const results = await Promise.all([a.exclusive!('conversation:x', work('a1')), b.exclusive!('conversation:x', work('b1')), a.exclusive!('conversation:x', work('a2')), b.exclusive!('conversation:x', work('b2'))]);
    expect(results).toEqual(['a1', 'b1', 'a2', 'b2']);
    expect(most).toBe(1);
    for (let i = 0; i < log.length; i += 2) expect(log[i]!.slice(0, -1)).toBe(log[i + 1]!.slice(0, -1));

    // Different keys are not serialised.
    let together = 0;
    let peak = 0;
    const side = async () => {
      together++;
      peak = Math.max(peak, together);
      await sleep(50);
      together--;
    };
    await Promise.all([a.exclusive!('conversation:p', side), b.exclusive!('conversation:q', side)]);
    expect(peak).toBe(2);
  });

  it('answers a claim on a held key at once with HELD, and takes it once free', async () => {
    const a = postgresStoreOn(await connect(), '');
    const b = postgresStoreOn(await connect(), '');
    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const holding = a.exclusive!('outbox:HA-2345', () => {
      entered();
      return new Promise<void>((r) => (release = r));
    });
    await inside;
    const started = Date.now();
    expect(await b.exclusive!('outbox:HA-2345', async () => 'sent', { skipIfHeld: true })).toBe(HELD);
    expect(Date.now() - started).toBeLessThan(1_000);
    release();
    await holding;
    expect(await b.exclusive!('outbox:HA-2345', async () => 'sent', { skipIfHeld: true })).toBe('sent');
  });

  it('frees the keys of a process whose connection dies, and the same key in another tenant is another key', async () => {
    const a = await connect();
    const b = postgresStoreOn(await connect(), '');
    const other = postgresStoreOn(await connect(), 'zandvoort');
    const holder = postgresStoreOn(a, '');
    let finish!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const held = holder
      .exclusive!('conversation:y', () => {
        entered();
        return new Promise<void>((r) => (finish = r));
      })
      .catch(() => undefined);
    await inside;
    expect(await b.exclusive!('conversation:y', async () => 1, { skipIfHeld: true })).toBe(HELD);
    expect(await other.exclusive!('conversation:y', async () => 1, { skipIfHeld: true })).toBe(1);
    // The holder's process dies: its server-side session ends with it.
    await b.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()`);
    // The server ends the session soon after, not at once: try until it has (or 10 s pass).
    let got: unknown = HELD;
    for (let i = 0; i < 200 && got === HELD; i++) {
      got = await b.exclusive!('conversation:y', async () => 2, { skipIfHeld: true });
      if (got === HELD) await sleep(50);
    }
    expect(got).toBe(2);
    // The work itself ends as it would; its dead connection is dropped, not reused.
    finish();
    await held;
    expect(await holder.exclusive!('conversation:y', async () => 3)).toBe(3);
  });

  it('holds a channel for one process until it lets go or its connection ends', async () => {
    const a = postgresStoreOn(await connect(), '');
    const b = postgresStoreOn(await connect(), '');
    const held = await a.hold!('channel:telegram');
    expect(held).toBeDefined();
    expect(await b.hold!('channel:telegram')).toBeUndefined();
    expect(await postgresStoreOn(await connect(), 'zandvoort').hold!('channel:telegram')).toBeDefined();
    await held!.release();
    const taken = await b.hold!('channel:telegram');
    expect(taken).toBeDefined();
    // The holder's connection ends (a crash, a restart of the database): it is told, and the hold is free.
    let lost = false;
    void taken!.lost.then(() => (lost = true));
    await a.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()`);
    for (let i = 0; i < 200 && !lost; i++) await sleep(25);
    expect(lost).toBe(true);
    expect(await a.hold!('channel:telegram')).toBeDefined();
  });

  it('signals every process of the tenant, its own included, and no other tenant', async () => {
    const a = postgresStoreOn(await connect(), 'haarlem');
    const b = postgresStoreOn(await connect(), 'haarlem');
    const z = postgresStoreOn(await connect(), 'zandvoort');
    const got: string[] = [];
    a.signals!.subscribe('conversation', (id) => got.push(`a:${id}`));
    b.signals!.subscribe('conversation', (id) => got.push(`b:${id}`));
    z.signals!.subscribe('conversation', (id) => got.push(`z:${id}`));
    b.signals!.subscribe('published', (id) => got.push(`b-published:${id}`));
    await a.signals!.publish('conversation', 'abc');
    await b.signals!.publish('published', 'pool');
    for (let i = 0; i < 500 && got.length < 3; i++) await sleep(20);
    // Room for a signal that should not come (zandvoort's) to show up.
    await sleep(200);
    expect(got.sort()).toEqual(['a:abc', 'b-published:pool', 'b:abc']);
  });

  it('does not deadlock when every lock connection is held by work that takes an inner lock', async () => {
    const c = postgresStoreOn(await connect(2), '');
    const turns = createSharedQueue(c, 'conversation');
    const cases = createSharedQueue(c, 'handoff', { inner: true });
    const done = await Promise.race([
      Promise.all(Array.from({ length: 12 }, (_, i) => turns.run(`c${i}`, () => cases.run('create', async () => i)))),
      sleep(15_000).then(() => 'deadlock'),
    ]);
    expect(done).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
});
