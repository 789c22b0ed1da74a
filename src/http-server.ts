/**
 * The web server's limits and its shutdown: timeouts against clients that send slowly, and a drain
 * that lets every request in flight finish while new ones get a kind 503.
 */
import { createServer, type Server } from 'node:http';
import type { Express, Request, RequestHandler } from 'express';

/** Timeouts of the web server (milliseconds). */
export interface HttpLimits {
  /** Time a client has to send all request headers. */
  headersTimeoutMs: number;
  /**
   * Time a client has to send the whole request, headers and body. Node stops counting once the
   * request is in, so a long answer — the web chat's live stream — is never cut by it.
   */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two timeouts above; its default of 30 s would let a slow client stay far longer. */
  checkIntervalMs: number;
  /** The longest a shutdown waits for requests in flight before it cuts them. */
  drainMs: number;
}

/** A 64 KB chat message arrives in well under a second, even on a poor mobile line. */
export const HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  drainMs: 10_000,
};

/** Said to anyone who knocks while Naast shuts down; they can simply try again in a moment. */
export const STOPPING_TEXT = 'Naast start zo opnieuw. Probeer het over een minuut nog eens. / Naast is restarting. Please try again in a minute.';

/** Starts `app` on `port` and `host` with the given limits; resolves once it listens. */
export function listen(app: Express, port: number, host: string, limits: HttpLimits = HTTP_LIMITS): Promise<Server> {
  // Node refuses a headers timeout longer than the request timeout.
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  const server = createServer({ requestTimeout: limits.requestTimeoutMs, headersTimeout, connectionsCheckingInterval: limits.checkIntervalMs }, app);
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** Stops taking requests at shutdown and knows when those in flight are done. */
export interface Drain {
  /** The first middleware: 503 while draining, and counts each request until its answer is sent. */
  readonly middleware: RequestHandler;
  /** From now on every new request gets 503. */
  start(): void;
  readonly draining: boolean;
  /** Resolves true once no request is in flight, or false when `timeoutMs` passed first. */
  idle(timeoutMs: number): Promise<boolean>;
}

/**
 * `isStream` names the requests that never end by themselves (live event streams): they are not
 * waited for, since the server cuts them when it closes.
 */
export function createDrain(isStream: (req: Request) => boolean): Drain {
  let draining = false;
  let inFlight = 0;
  const waiters = new Set<() => void>();

  const middleware: RequestHandler = (req, res, next) => {
    if (draining) {
      // Close the connection too, so a kept-alive client does not knock on it again.
      res.set({ Connection: 'close', 'Retry-After': '30', 'Cache-Control': 'no-store' });
      if (req.accepts(['json', 'html']) === 'html') res.status(503).type('text/plain; charset=utf-8').send(STOPPING_TEXT);
      else res.status(503).json({ status: 'stopping', error: STOPPING_TEXT });
      return;
    }
    if (isStream(req)) return next();
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) for (const wake of waiters) wake();
    });
    next();
  };

  return {
    middleware,
    start() {
      draining = true;
    },
    get draining() {
      return draining;
    },
    idle(timeoutMs) {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(ok);
        };
        const wake = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        waiters.add(wake);
      });
    },
  };
}
