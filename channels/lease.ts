/**
 * A channel only one instance may run (Telegram long polling: Telegram answers a second poller
 * with 409; WhatsApp: one browser session), run under a hold on the shared store. The instance that
 * holds it runs the channel; the others wait and try again, and take over when the holder's
 * connection ends (it crashed or stopped). Without a shared store the channel just runs.
 */
import type { Logger } from 'pino';
import type { Hold, Store } from '../src/store/store.js';
import type { Channel, Handler } from './channel.js';

/** How long an instance without the hold waits before trying again. */
export const HOLD_RETRY_MS = 5_000;

export function leased(channel: Channel, store: Pick<Store, 'hold'>, log: Logger, retryMs = HOLD_RETRY_MS): Channel {
  if (!store.hold) return channel;
  let hold: Hold | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function tryTake(handle: Handler): Promise<void> {
    if (stopped) return;
    const got = await store.hold!(`channel:${channel.id}`).catch((err: Error) => {
      log.warn({ channel: channel.id, err: err.message }, 'cannot ask the database who runs this channel; trying again');
      return undefined;
    });
    if (stopped) {
      await got?.release();
      return;
    }
    if (!got) {
      timer = setTimeout(() => void (running = tryTake(handle)), retryMs);
      timer.unref();
      return;
    }
    hold = got;
    await channel.start(handle);
    log.info({ channel: channel.id }, 'this instance runs the channel');
    void got.lost.then(async () => {
      if (stopped || hold !== got) return;
      // The database no longer knows us as the holder: another instance may take over, so stop now.
      hold = undefined;
      log.warn({ channel: channel.id }, 'lost the hold on the channel; stopping it here and trying again');
      await channel.stop().catch(() => undefined);
      running = tryTake(handle);
    });
  }

  return {
    id: channel.id,
    ...(channel.router ? { router: channel.router } : {}),
    async start(handle) {
      // The first try is awaited, so a channel that cannot start (a wrong token) still stops the start.
      await tryTake(handle);
      if (!hold) log.info({ channel: channel.id }, 'another instance runs the channel; this one stands by');
    },
    send: (user, replies) => channel.send(user, replies),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => undefined);
      if (hold) {
        const held = hold;
        hold = undefined;
        await channel.stop();
        await held.release();
      }
    },
  };
}
