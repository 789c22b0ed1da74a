/**
 * `npm run migrate-store -- [--from <lowdb dir>] [--to <postgres url>] [--tenant <id>] [--replace]`:
 * copies a lowdb installation into PostgreSQL in one transaction and proves it, per collection, by
 * counts and digests (migrate-store.ts). Defaults: `--from` <DATA_DIR>/db, `--to` DATABASE_URL,
 * `--tenant` '' (one municipality). Exit codes: 0 copied and proven; 1 refused, failed or not the
 * same; 2 bad arguments or no store at `--from`. Prints no password and no record's contents.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { MigrationSourceError, migrateStore, proofSummary, proofTable, refusalMessage } from './migrate-store.js';
import type { StoreLog } from './store-files.js';

const USAGE = 'usage: npm run migrate-store -- [--from <lowdb dir>] [--to <postgres url>] [--tenant <id>] [--replace]';
const HELP = `${USAGE}

Copies the lowdb store (default <DATA_DIR>/db) into PostgreSQL (default DATABASE_URL) for one tenant
(default '': a single municipality), in one transaction, then compares every collection's count and
digest in both. Stop Naast first. Refuses a tenant that already has records unless --replace is given,
which deletes that tenant's records (no other's) in the same transaction.
Exit codes: 0 copied and the same; 1 refused, failed or different; 2 bad arguments.`;

class UsageError extends Error {}

interface Arguments {
  from: string;
  to: string;
  tenant: string;
  replace: boolean;
}

/** Passwords in URLs never reach the terminal, wherever a message quotes one. */
function redact(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*):[^\s@/]*@/gi, '$1@');
}

function readArguments(argv: string[]): Arguments | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { from: { type: 'string' }, to: { type: 'string' }, tenant: { type: 'string' }, replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
  const v = parsed.values;
  if (v.help) return 'help';
  // The settings are read only for a default, so a bad unrelated variable cannot stop explicit arguments.
  let config: Config | undefined;
  const settings = (): Config => {
    try {
      return (config ??= loadConfig());
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      // The message quotes the value; for DATABASE_URL that could be a password.
      throw new UsageError(err.variable === 'DATABASE_URL' ? 'DATABASE_URL is not a postgres:// URL' : err.message);
    }
  };
  const from = v.from ?? join(settings().dataDir, 'db');
  if (from === '') throw new UsageError('--from needs a folder');
  const to = v.to ?? settings().database?.url;
  if (to === undefined) throw new UsageError('no target: give --to <postgres url> or set DATABASE_URL');
  if (!/^postgres(ql)?:\/\//.test(to) || !URL.canParse(to)) throw new UsageError('--to must be a postgres:// or postgresql:// URL');
  return { from, to, tenant: v.tenant ?? '', replace: v.replace ?? false };
}

const log: StoreLog = {
  error: (details, message) => process.stderr.write(redact(`migrate-store: ${message} ${JSON.stringify(details)}\n`)),
  warn: (details, message) => process.stderr.write(redact(`migrate-store: warning: ${message} ${JSON.stringify(details)}\n`)),
};

async function main(): Promise<number> {
  let args: Arguments | 'help';
  try {
    args = readArguments(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(redact(`migrate-store: ${err.message}\n${USAGE}\n`));
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let result;
  try {
    result = await migrateStore({ from: args.from, to: args.to, tenant: args.tenant, replace: args.replace, log });
  } catch (err) {
    if (!(err instanceof MigrationSourceError)) throw err;
    process.stderr.write(`migrate-store: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  for (const name of result.unknownFiles) {
    process.stderr.write(`migrate-store: warning: ${name} in ${args.from} belongs to no collection Naast knows; it was not copied\n`);
  }
  if (result.outcome === 'refused') {
    process.stderr.write(redact(`migrate-store: ${refusalMessage(result, args.to, args.tenant)}\n`));
    return 1;
  }
  process.stdout.write(proofTable(result.proof));
  process.stdout.write(`${proofSummary(result, args.to, args.tenant)}\n`);
  return result.same ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    process.stderr.write(redact(`migrate-store: ${message}\n`));
    process.exitCode = 1;
  },
);
