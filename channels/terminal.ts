import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { createCore } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import type { Outbound } from '../src/core/messages.js';
import { TreeError } from '../src/core/tree-loader.js';
import { createLogger } from '../src/log.js';
import { PoolError } from '../src/pool/load-pool.js';
import { renderAsText } from './channel.js';

/** Choices as "1. label" lines: the resident answers with the number or the words. */
function print(replies: Outbound[]): void {
  process.stdout.write(replies.map(renderAsText).join('\n\n') + '\n\n');
}

/**
 * `npm run --silent chat`: a conversation in the terminal. Interactive in a TTY; when piped, each
 * line is one message, answered before the next is read, and the process exits 0 once any handoff
 * it made is written.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  // Logs go to standard error, and only warnings: standard output is the conversation.
  const core = await createCore(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  const user = randomUUID();
  const say = (text: string) => core.runtime.handle({ kind: 'text', channel: 'terminal', user, text, at: new Date() });
  const interactive = process.stdin.isTTY === true;

  print(await say(''));
  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) rl.setPrompt('> ');
  if (interactive) rl.prompt();
  for await (const line of rl) {
    print(await say(line));
    if (interactive) rl.prompt();
  }
  await core.outbox.drain();
  await core.stop();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const known = err instanceof ConfigError || err instanceof TreeError || err instanceof PoolError;
    process.stderr.write(`Naast kan niet starten: ${known ? (err as Error).message : err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
