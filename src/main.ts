import { startNaast } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { TreeError } from './core/tree-loader.js';
import { PoolError } from './pool/load-pool.js';

/** `npm start`: validate the settings, start, and stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const naast = await startNaast(config);
  process.stdout.write(`Naast draait op ${naast.url} — open deze pagina voor de webchat.\n`);
  if (!config.smtpUrl) process.stdout.write(`Geen SMTP_URL: overdrachten staan als .eml in ${config.dataDir}/outbox/ en op ${naast.url}/outbox\n`);
  const shutdown = async () => {
    await naast.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((err: unknown) => {
  // Start-up problems an administrator can fix get one clear line, not a stack trace.
  if (err instanceof ConfigError || err instanceof TreeError || err instanceof PoolError) {
    process.stderr.write(`Naast kan niet starten: ${err.message}\n`);
  } else {
    process.stderr.write(`Naast kan niet starten: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
