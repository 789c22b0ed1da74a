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

const USAGE = 'usage: npm run --silent report -- [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

class UsageError extends Error {}

function readArguments(argv: string[]): Period | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0] : String(err));
  }
  if (parsed.values.help) return 'help';
  return parsePeriod({ from: parsed.values.from, to: parsed.values.to });
}

/** An empty store for a `DATA_DIR` that holds no database yet, so reporting never creates one. */
const emptyStore: Pick<Store, 'list' | 'close'> = { list: () => Promise.resolve([]), close: () => Promise.resolve() };

async function main(): Promise<number> {
  let period: Period | 'help';
  try {
    period = readArguments(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof PeriodError)) throw err;
    process.stderr.write(`report: ${err.message}. ${USAGE}\n`);
    return 2;
  }
  if (period === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  // The same folder the server uses (src/app.ts).
  const dbDir = join(config.dataDir, 'db');
  const store = config.database || existsSync(dbDir) ? await openStore(config) : emptyStore;
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
