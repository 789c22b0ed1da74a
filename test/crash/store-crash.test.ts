/**
 * Crash safety of the store itself: a process that only writes to the store and compacts it
 * (store-writer.ts) is killed (SIGKILL) many times at random moments, so kills land in the middle
 * of appends and of compactions; each time the store must open again, and at the end hold every
 * write the process said was acknowledged.
 *
 * CRASH_STORE_CYCLES (default 8) sets how many kills; CRASH_SEED repeats their moments.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLowdbStore } from '../../src/store/lowdb-store.js';
import { random, unreadableStoreFiles } from './crash-support.js';

const STORE_CYCLES = Number(process.env.CRASH_STORE_CYCLES ?? 8);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe('the store killed while it writes and compacts', () => {
  let writer: ChildProcess | undefined;
  afterAll(() => {
    if (writer?.exitCode === null) process.kill(-writer.pid!, 'SIGKILL');
  });

  it(`keeps every write it acknowledged, and reads back after each kill (seed ${SEED}, ${STORE_CYCLES} kills)`, async () => {
    // Kept when the test fails, for a look at the files.
    const db = await mkdtemp(join(tmpdir(), 'naast-crash-store-'));
    const why = `CRASH_SEED=${SEED} CRASH_STORE_CYCLES=${STORE_CYCLES} (files in ${db})`;
    const next = random(SEED ^ 0x2545f491);
    /** The last acknowledged version of each `v` id; the acknowledged deletes of `d` ids. */
    const versions = new Map<string, number>();
    const deleted = new Set<string>();
    let compactions = 0;
    const kills: number[] = [];
    for (let cycle = 0; cycle <= STORE_CYCLES; cycle++) {
      const child = spawn('node_modules/.bin/tsx', ['test/crash/store-writer.ts', db, String(Math.floor(next() * 2 ** 31))], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      writer = child;
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      const ready = new Promise<void>((resolve, reject) => {
        let pending = '';
        child.stdout!.on('data', (d: Buffer) => {
          pending += d.toString();
          const lines = pending.split('\n');
          pending = lines.pop()!;
          for (const line of lines) {
            const [what, id, v] = line.split(' ');
            if (what === 'ready') resolve();
            else if (what === 'put' && id!.startsWith('v')) versions.set(id!, Math.max(versions.get(id!) ?? 0, Number(v)));
            else if (what === 'del') deleted.add(id!);
            else if (what === 'compacted') compactions++;
          }
        });
        void exited.then((code) => reject(new Error(`${why}: the writer stopped before it was ready (exit ${code}) after kills at ${kills.join(', ')} ms: ${stderr}`)));
      });
      await ready;
      if (cycle === STORE_CYCLES) {
        // The last run only proves the store opens; it reads back below.
        process.kill(-child.pid!, 'SIGKILL');
        await exited;
        break;
      }
      const ms = 150 + Math.floor(next() * 700);
      await new Promise((r) => setTimeout(r, ms));
      kills.push(ms);
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    }

    expect(compactions, `${why}: no compaction finished, so none was interrupted either`).toBeGreaterThan(0);
    expect(await unreadableStoreFiles(db), why).toEqual([]);
    const store = await createLowdbStore(db);
    const records = new Map((await store.list<{ id: string; v: number }>('conversations')).map((r) => [r.id, r.v]));
    const behind = [...versions].filter(([id, v]) => (records.get(id) ?? -1) < v).map(([id, v]) => `${id}: acknowledged v${v}, found ${records.get(id) ?? 'nothing'}`);
    expect(behind, `${why}: acknowledged puts lost (kills at ${kills.join(', ')} ms)`).toEqual([]);
    expect([...deleted].filter((id) => records.has(id)), `${why}: acknowledged deletes undone`).toEqual([]);
    console.info(`store crash test (${why}): kills at ${kills.join(', ')} ms; ${versions.size} ids with acknowledged versions, ${deleted.size} acknowledged deletes, ${compactions} compactions finished`);
    await rm(db, { recursive: true, force: true });
  }, 120_000);
});
