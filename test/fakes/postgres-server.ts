/**
 * A real PostgreSQL server for tests: Debian's own binaries, a throwaway cluster in a temporary
 * directory, listening on loopback only. As root the cluster belongs to the `postgres` user
 * (PostgreSQL refuses to run as root). Each test takes a fresh database with `database()`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';

/** The newest PostgreSQL Debian installed, or undefined. */
export async function postgresBin(): Promise<string | undefined> {
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  const found = versions
    .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return found.length ? join(root, found[0]!, 'bin') : undefined;
}

/** Why PostgreSQL cannot run here, or undefined when it can. */
export async function postgresMissing(): Promise<string | undefined> {
  return (await postgresBin()) ? undefined : 'PostgreSQL is not installed (apt-get install postgresql)';
}

export interface TestPostgres {
  port: number;
  /** A new empty database, as a DATABASE_URL. */
  database(): Promise<string>;
  /** The server's log, for a failing test's message. */
  log(): Promise<string>;
  close(): Promise<void>;
}

export interface TestPostgresOptions {
  /** Keep fsync on, as production does (the benchmark); tests run faster without. */
  durable?: boolean;
}

let databases = 0;

/** Starts PostgreSQL in the foreground on 127.0.0.1 (our child: it stops with us). */
export async function startTestPostgres(options: TestPostgresOptions = {}): Promise<TestPostgres> {
  const bin = await postgresBin();
  if (!bin) throw new Error('cannot start a test PostgreSQL: PostgreSQL is not installed (apt-get install postgresql)');
  const dir = await mkdtemp(join(tmpdir(), 'naast-pg-'));
  const data = join(dir, 'data');
  const logPath = join(dir, 'server.log');
  const root = process.getuid?.() === 0;
  const owner = root ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) } : {};
  if (root) await chown(dir, owner.uid!, owner.gid!);
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'naast', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], { ...owner, stdio: 'pipe' });
  const port = await freePort();
  const settings = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'max_connections=200', '-c', `logging_collector=off`];
  if (!options.durable) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const out = openSync(logPath, 'a');
  if (root) await chown(logPath, owner.uid!, owner.gid!);
  const child: ChildProcess = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), ...settings], { ...owner, stdio: ['ignore', out, out] });
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `postgres exited (${code ?? signal})`));
  // A test process that ends without close() (a failed hook, a timeout) must not leave a server behind.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  const admin = `postgres://naast@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`${exited}: ${await readFile(logPath, 'utf8').catch(() => '')}`);
    const client = new pg.Client({ connectionString: admin });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not answer on ${port} within 30 s: ${await readFile(logPath, 'utf8').catch(() => '')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    async database() {
      const name = `naast_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://naast@127.0.0.1:${port}/${name}`;
    },
    log: () => readFile(logPath, 'utf8'),
    async close() {
      process.off('exit', orphan);
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        // SIGINT: a fast shutdown that ends open sessions.
        child.kill('SIGINT');
        await gone;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
