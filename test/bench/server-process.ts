/**
 * A server under load runs in a process of its own, so the load generator does not share its event
 * loop: Naast (`src/main.ts`) and the bare express hello-world are started the same way.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time and resident memory of a process, from /proc (Linux). */
export interface ProcessUsage {
  cpuSeconds: number;
  rssBytes: number;
}

/** A server started by {@link startServerProcess}. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Undefined where /proc is not there to ask. */
  usage(): ProcessUsage | undefined;
  /** SIGTERM to its process group, SIGKILL after five seconds; resolves once it exited. */
  stop(): Promise<void>;
}

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Reads utime + stime and VmRSS of `pid`. */
export function processUsage(pid: number): ProcessUsage | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: count fields from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return { cpuSeconds: ticks / TICKS_PER_SECOND, rssBytes: Number(rss?.[1] ?? 0) * 1024 };
  } catch {
    return undefined;
  }
}

/**
 * Starts `node --import tsx <script>` (one process, so /proc shows the server itself, not a wrapper)
 * in its own process group, and waits for the first http:// URL it prints on stdout.
 */
export async function startServerProcess(script: string, env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers under load (NODE_OPTIONS may not carry it).
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let running = true;
  const exited = new Promise<void>((resolve) => child.on('close', () => ((running = false), resolve())));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${script} printed no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      if (running) process.kill(-child.pid!, 'SIGKILL');
      reject(err);
    };
    const look = (data: Buffer) => {
      output += data.toString();
      const found = output.match(/http:\/\/[\w.:[\]-]+/);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', (data: Buffer) => (output += data.toString()));
    child.on('error', fail);
    void exited.then(() => fail(new Error(`${script} stopped before it listened:\n${output}`)));
  });
  // Keep draining its output so a chatty server never blocks on a full pipe.
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  return {
    url,
    pid: child.pid!,
    usage: () => processUsage(child.pid!),
    async stop() {
      if (!running) return;
      process.kill(-child.pid!, 'SIGTERM');
      const kill = setTimeout(() => running && process.kill(-child.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(kill);
    },
  };
}
