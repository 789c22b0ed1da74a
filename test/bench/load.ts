/**
 * A closed-loop HTTP load generator: simulated residents, each doing one visit (a whole intake)
 * after another over keep-alive connections, for a warm-up and then a measured window.
 */
import { Agent, request } from 'node:http';
import { percentile } from './bench-table.js';
import { processUsage } from './server-process.js';

/** One POST as a visit sends it; resolves with the parsed JSON body of a 2xx answer. */
export type Send = (path: string, body: unknown, forwardedFor: string) => Promise<unknown>;

/** What one run of {@link runLoad} measured (the measured window only). */
export interface LoadFigures {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Visits that reached their end (for Naast: intakes that got a reference). */
  visits: number;
  /** Visits begun over the whole run, warm-up included (for Naast: conversations it now stores). */
  visitsStarted: number;
  /** Non-2xx answers other than 429, network errors and visits that ended wrongly. */
  errors: number;
  /** 429 answers; the resident waits 250 ms and sends the same message again. */
  limited: number;
  /** CPU the server used, in cores (1.0 = one core busy all the time). */
  serverCores?: number;
  /** CPU the load generator used, in cores: near 1.0 means it, not the server, may be the limit. */
  clientCores: number;
  serverRssBytes?: number;
  /** The first few error messages, to say what went wrong. */
  errorSamples: string[];
}

/** A visit that went wrong; counted as an error, and the resident starts a new visit. */
export class VisitError extends Error {
  override readonly name = 'VisitError';
}

/** The measured window is over: the resident stops in the middle of the visit. */
class Stopped extends Error {}

/** A unique private address per simulated resident, sent as X-Forwarded-For (Naast trusts it from loopback). */
let lastAddress = 0;
export function residentAddress(): string {
  const n = ++lastAddress;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function post(agent: Agent, url: URL, payload: string, forwardedFor: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-forwarded-for': forwardedFor },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const sleep = (msDelay: number) => new Promise((resolve) => setTimeout(resolve, msDelay));

/** Options of {@link runLoad}. */
export interface LoadOptions {
  baseUrl: string;
  /** The server's pid, for its CPU and memory. */
  pid?: number;
  residents: number;
  warmupSeconds: number;
  seconds: number;
  /** One whole visit; throws VisitError when the server answered something that does not fit. */
  visit: (send: Send) => Promise<void>;
  /** Residents start no new visit once this says so (a fixed number of visits rather than a time). */
  done?: () => boolean;
}

/** Runs `residents` concurrent residents through visits; only the window after the warm-up counts. */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.residents });
  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const measureTo = measureFrom + options.seconds * 1000;
  const latencies: number[] = [];
  let visits = 0;
  let visitsStarted = 0;
  let errors = 0;
  let limited = 0;
  const errorSamples: string[] = [];
  const failed = (message: string) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(message);
  };

  const send: Send = async (path, body, forwardedFor) => {
    const payload = JSON.stringify(body);
    for (;;) {
      const sent = performance.now();
      if (sent >= measureTo) throw new Stopped();
      const { status, body: text } = await post(agent, new URL(path, options.baseUrl), payload, forwardedFor);
      const done = performance.now();
      if (status === 429) {
        if (sent >= measureFrom) limited++;
        await sleep(250);
        continue;
      }
      if (status < 200 || status > 299) throw new VisitError(`HTTP ${status} from ${path}: ${text.slice(0, 200)}`);
      if (sent >= measureFrom && done <= measureTo) latencies.push(done - sent);
      return JSON.parse(text) as unknown;
    }
  };

  let before: ReturnType<typeof processUsage>;
  let clientBefore = process.cpuUsage();
  const snapshot = setTimeout(() => {
    before = options.pid ? processUsage(options.pid) : undefined;
    clientBefore = process.cpuUsage();
  }, measureFrom - start);
  let after: ReturnType<typeof processUsage>;
  let clientCores: number | undefined;
  const close = () => {
    if (clientCores !== undefined) return;
    after = options.pid ? processUsage(options.pid) : undefined;
    const used = process.cpuUsage(clientBefore);
    clientCores = (used.user + used.system) / 1e6 / options.seconds;
  };
  const closing = setTimeout(close, measureTo - start);

  const resident = async () => {
    while (performance.now() < measureTo && !options.done?.()) {
      try {
        visitsStarted++;
        await options.visit(send);
        if (performance.now() >= measureFrom && performance.now() <= measureTo) visits++;
      } catch (err) {
        if (err instanceof Stopped) return;
        if (performance.now() >= measureFrom) failed(err instanceof Error ? err.message : String(err));
        // A failing server must not be hammered in a tight loop.
        await sleep(50);
      }
    }
  };
  await Promise.all(Array.from({ length: options.residents }, resident));
  clearTimeout(snapshot);
  clearTimeout(closing);
  close();
  agent.destroy();

  return {
    requests: latencies.length,
    seconds: options.seconds,
    perSecond: latencies.length / options.seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    visits,
    visitsStarted,
    errors,
    limited,
    ...(before && after ? { serverCores: (after.cpuSeconds - before.cpuSeconds) / options.seconds, serverRssBytes: after.rssBytes } : {}),
    clientCores: clientCores!,
    errorSamples,
  };
}
