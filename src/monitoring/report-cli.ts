/**
 * `npm run --silent report -- --from YYYY-MM-DD --to YYYY-MM-DD`: the monitoring figures per life
 * domain as the contract CSV on standard output, exact integers (see suppression.ts). Both dates are
 * optional (default: the current year in Amsterdam). Reads the store under `DATA_DIR`, never writes it.
 * Exit codes: 0 printed, 2 bad arguments, 1 anything else; messages go to standard error, one line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { PeriodError, parsePeriod, type Period } from './period.js';
import { computeReport } from './report.js';
import { contractCsv } from './report-csv.js';

const USAGE = 'usage: npm run --silent report -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tenant <id>]';

class UsageError extends Error {}

function readArguments(argv: string[]): { period: Period; tenant?: string } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { from: { type: 'string' }, to: { type: 'string' }, tenant: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0] : String(err));
  }
  if (parsed.values.help) return 'help';
  const tenant = parsed.values.tenant;
  if (tenant !== undefined && !/^[a-z0-9][a-z0-9-]{0,31}$/.test(tenant)) throw new UsageError(`--tenant: not a municipality id (${JSON.stringify(tenant)})`);
  return { period: parsePeriod({ from: parsed.values.from, to: parsed.values.to }), ...(tenant ? { tenant } : {}) };
}

/** An empty store for a `DATA_DIR` that holds no database yet, so reporting never creates one. */
const emptyStore: Pick<Store, 'list' | 'close'> = { list: () => Promise.resolve([]), close: () => Promise.resolve() };

async function main(): Promise<number> {
  let asked: { period: Period; tenant?: string } | 'help';
  try {
    asked = readArguments(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof PeriodError)) throw err;
    process.stderr.write(`report: ${err.message}. ${USAGE}\n`);
    return 2;
  }
  if (asked === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { period, tenant } = asked;
  const config = loadConfig();
  // The same store the server uses (src/app.ts): one municipality's, with TENANTS_FILE.
  const dataDir = tenant ? join(config.dataDir, 'tenants', tenant) : config.dataDir;
  const dbDir = join(dataDir, 'db');
  const store = config.database ? await openStore(config, undefined, tenant) : existsSync(dbDir) ? await openStore({ ...config, dataDir }) : emptyStore;
  const report = await computeReport(store, period).finally(() => store.close());
  process.stdout.write(contractCsv(report));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`report: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    process.exitCode = 1;
  },
);
