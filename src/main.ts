import { startNaast } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { TreeError } from './core/tree-loader.js';
import { PoolError } from './pool/load-pool.js';
import { CorruptStoreFileError, StoreError } from './store/lowdb-store.js';

/** `npm start`: validate the settings, start, and on SIGTERM/SIGINT stop taking turns, finish those in flight and exit 0. */
async function main(): Promise<void> {
  const config = loadConfig();
  const naast = await startNaast(config);
  process.stdout.write(`Naast draait op ${naast.url} — open deze pagina voor de webchat.\n`);
  if (!config.smtpUrl) process.stdout.write(`Geen SMTP_URL: overdrachten staan als .eml in ${config.dataDir}/outbox/ en op ${naast.url}/outbox\n`);
  const { log } = naast.core;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl+C (or SIGTERM) means now: the store's writes are atomic, so nothing tears.
      log.warn({ signal }, 'stopped at once, without waiting');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'stopping: no new turns, finishing those in progress');
    // Whatever hangs (a mail server that does not answer), the process still ends.
    const deadline = setTimeout(() => {
      log.error({ afterMs: STOP_DEADLINE_MS }, 'did not stop in time');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    naast.stop().then(
      () => {
        log.info({ signal }, 'Naast stopped');
        process.exit(0);
      },
      (err: Error) => {
        log.error({ err: { type: err.name, message: err.message } }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

/**
 * Longer than the web server's drain (10 s) plus the outbox settling one mail; shorter than the
 * 30 s most process managers (systemd, Docker, Kubernetes) give before they send SIGKILL.
 */
const STOP_DEADLINE_MS = 25_000;

main().catch((err: unknown) => {
  // Start-up problems an administrator can fix get one clear line, not a stack trace.
  if (err instanceof ConfigError || err instanceof TreeError || err instanceof PoolError || err instanceof StoreError || err instanceof CorruptStoreFileError) {
    process.stderr.write(`Naast kan niet starten: ${err.message}\n`);
  } else {
    process.stderr.write(`Naast kan niet starten: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
