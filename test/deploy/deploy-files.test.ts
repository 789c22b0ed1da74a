/**
 * The Dockerfile, .dockerignore and compose.yaml against the code, without a Docker engine (this
 * machine has none): compose's settings must load in `loadConfig`, every name must be a setting,
 * the image must hold what Naast reads and none of a local run's state, and the image's command
 * and health check are run for real on a copy of what the image would contain.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ConfigError, loadConfig } from '../../src/config.js';
import { freePort } from '../fakes/free-port.js';

type Env = Record<string, string>;

// ---------------------------------------------------------------- Dockerfile

interface Instruction {
  op: string;
  args: string;
}

/** Instructions with their continuation lines joined; comments and blank lines dropped, as Docker does. */
function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let buffer = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    if (line.endsWith('\\')) {
      buffer += `${line.slice(0, -1)} `;
      continue;
    }
    const [, op, args] = /^\s*(\w+)\s+([\s\S]*)$/.exec(buffer + line)!;
    out.push({ op: op!.toUpperCase(), args: args!.trim() });
    buffer = '';
  }
  return out;
}

/** `["a", "b"]` as an array; undefined for the shell form. */
function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  const parsed: unknown = JSON.parse(args);
  return Array.isArray(parsed) && parsed.every((a) => typeof a === 'string') ? parsed : undefined;
}

/** `ENV A=1 B="two"` (and the old `ENV A 1`) as pairs. */
function envPairs(args: string): Env {
  if (!/^\w+=/.test(args)) {
    const [name, ...rest] = args.split(/\s+/);
    return { [name!]: rest.join(' ') };
  }
  const env: Env = {};
  for (const m of args.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g)) env[m[1]!] = m[2]!.startsWith('"') ? (JSON.parse(m[2]!) as string) : m[2]!;
  return env;
}

/** COPY's sources and destination, flags (`--chown=…`) dropped. */
function copyArgs(args: string): { from?: string; sources: string[]; dest: string } {
  const words = execForm(args) ?? args.split(/\s+/);
  const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
  const paths = words.filter((w) => !w.startsWith('--'));
  return { ...(from ? { from } : {}), sources: paths.slice(0, -1), dest: paths.at(-1)! };
}

const dockerfile = parseDockerfile(await readFile('Dockerfile', 'utf8'));
const ops = (op: string) => dockerfile.filter((i) => i.op === op);
const indexOf = (test: (i: Instruction) => boolean) => dockerfile.findIndex(test);
/** The image's environment, as Naast sees it at run time. */
const imageEnv: Env = Object.assign({}, ...ops('ENV').map((i) => envPairs(i.args)));
const workdir = ops('WORKDIR').at(-1)?.args ?? '/';

// ---------------------------------------------------------------- .dockerignore

/** A Docker ignore pattern as a regular expression: `*` and `?` stay within one path segment, `**` spans any. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Docker's rules: patterns are relative to the context's root (`*.log` matches only there), a
 * pattern that matches a folder excludes everything in it, `!` makes an exception, the last match wins.
 */
function ignoreMatcher(text: string): (path: string) => boolean {
  const rules = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const exclude = !l.startsWith('!');
      const pattern = posix.normalize((exclude ? l : l.slice(1)).trim()).replace(/^\/+|\/+$/g, '');
      return { exclude, re: globToRegExp(pattern) };
    });
  return (path) => {
    const parts = path.split('/');
    let ignored = false;
    for (const rule of rules) {
      for (let n = 1; n <= parts.length; n++) {
        if (rule.re.test(parts.slice(0, n).join('/'))) {
          ignored = rule.exclude;
          break;
        }
      }
    }
    return ignored;
  };
}

const ignored = ignoreMatcher(await readFile('.dockerignore', 'utf8'));

async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => posix.join(relative('.', e.parentPath).split('\\').join('/'), e.name));
}

/** What the image's COPY instructions put under WORKDIR: image path (relative to WORKDIR) → file in the repo. */
async function imageFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const { args } of ops('COPY')) {
    const { from, sources, dest } = copyArgs(args);
    if (from) continue;
    const target = posix.relative(workdir, posix.resolve(workdir, dest));
    for (const source of sources) {
      const isDir = (await stat(source)).isDirectory();
      for (const file of await filesUnder(source)) {
        if (ignored(file)) continue;
        const inside = isDir ? posix.relative(posix.normalize(source), file) : posix.basename(file);
        files.set(posix.join(target, inside), file);
      }
    }
  }
  return files;
}

// ---------------------------------------------------------------- compose.yaml

/** Compose's `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `$VAR`, `$$`. */
function interpolate(value: string, dotenv: Env): string {
  return value.replace(/\$\$|\$\{(\w+)(?:(:?[-?+])([^}]*))?\}|\$(\w+)/g, (whole, name?: string, op?: string, arg?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const v = dotenv[(name ?? bare)!];
    const unset = op?.startsWith(':') ? !v : v === undefined;
    if (op?.endsWith('-')) return unset ? arg! : v!;
    if (op?.endsWith('?')) {
      if (unset) throw new Error(`compose stops: ${name}: ${arg}`);
      return v!;
    }
    if (op?.endsWith('+')) return unset ? '' : arg!;
    return v ?? '';
  });
}

function interpolateAll(node: unknown, dotenv: Env): unknown {
  if (typeof node === 'string') return interpolate(node, dotenv);
  if (Array.isArray(node)) return node.map((n) => interpolateAll(n, dotenv));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolateAll(v, dotenv)]));
  return node;
}

interface Service {
  build?: string | { context: string };
  image?: string;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | { target: number; published?: string | number })[];
  volumes?: (string | { source?: string; target: string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test: string | string[] };
  expose?: (string | number)[];
  stop_grace_period?: string;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const composeText = await readFile('compose.yaml', 'utf8');

/** The secrets compose.yaml asks for, as someone would put them in `.env`. */
const SECRETS: Env = {
  POSTGRES_PASSWORD: 'Wq7bT2kLm9Zx4cVn',
  ADMIN_EMAIL: 'ict@gemeente.example',
  ADMIN_PASSWORD: 'lang genoeg wachtwoord',
  PUBLIC_URL: 'https://naast.gemeente.example',
};

const loadCompose = (dotenv: Env, text = composeText) => interpolateAll(parseDocument(text, { merge: true }).toJS(), dotenv) as Compose;

function serviceEnv(service: Service): Env {
  const env = service.environment ?? {};
  const pairs = Array.isArray(env) ? env.map((e) => e.split(/=(.*)/s) as [string, string?]) : Object.entries(env);
  // A name without a value passes the shell's through: nothing here.
  return Object.fromEntries(pairs.filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, String(v)]));
}

const containerPort = (p: string | { target: number }) => (typeof p === 'string' ? Number(p.split(':').at(-1)!.split('/')[0]) : p.target);
const hostPort = (p: string | { target: number; published?: string | number }) => (typeof p === 'string' ? p.split(':').at(-2) : p.published?.toString());
const mounts = (s: Service) => (s.volumes ?? []).map((v) => (typeof v === 'string' ? { source: v.split(':')[0]!, target: v.split(':')[1]! } : { source: v.source ?? '', target: v.target }));
const dependsOn = (s: Service) => (Array.isArray(s.depends_on) ? Object.fromEntries(s.depends_on.map((d) => [d, {}])) : (s.depends_on ?? {})) as Record<string, { condition?: string }>;
const seconds = (d: string) => [...d.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)].reduce((t, [, n, u]) => t + Number(n) * { ms: 0.001, s: 1, m: 60, h: 3600 }[u as 'ms' | 's' | 'm' | 'h'], 0);

// ---------------------------------------------------------------- settings

const defaults = loadConfig({});

/**
 * Whether Naast reads this variable: some value of it either changes the settings or stops
 * start-up naming it. The schema drops names it does not know, silently, so this asks by effect.
 */
function isSetting(name: string): boolean {
  for (const probe of ['naast-probe-value', '1', '0', '99', 'https://probe.example/']) {
    try {
      if (!isDeepStrictEqual(loadConfig({ [name]: probe }), defaults)) return true;
    } catch (err) {
      if (err instanceof ConfigError && err.variable === name) return true;
    }
  }
  return false;
}

/** Variables the image sets for programs other than Naast. */
const NOT_NAAST = new Set(['NODE_ENV', 'PUPPETEER_SKIP_DOWNLOAD']);

// ================================================================ tests

describe('the settings probe', () => {
  it('tells a setting from a name Naast never reads', () => {
    expect(isSetting('PORT')).toBe(true);
    expect(isSetting('PG_POOL_MAX')).toBe(true);
    expect(isSetting('ADMIN_PASSWORD')).toBe(true);
    expect(isSetting('NAAST_NOT_A_SETTING')).toBe(false);
    expect(isSetting('DATABASE')).toBe(false);
  });
});

describe('.dockerignore, matched as Docker does', () => {
  it('matches `*` at the root only and `**/` at every level', () => {
    const m = ignoreMatcher('*.log\n**/*.tmp\ndata/db\n!data/db/keep.json\n');
    expect(m('npm.log')).toBe(true);
    expect(m('src/npm.log')).toBe(false);
    expect(m('src/deep/x.tmp')).toBe(true);
    expect(m('data/db/a/b.json')).toBe(true);
    expect(m('data/db/keep.json')).toBe(false);
    expect(m('data/dbx')).toBe(false);
  });

  it('leaves out dependencies, git, secrets and every kind of runtime state', () => {
    for (const path of [
      'node_modules/express/package.json',
      '.git/HEAD',
      '.env',
      '.env.production',
      'data/db/conversations.json',
      'data/db/conversations.journal',
      'data/db/conversations.journal.3',
      'data/outbox/AB-1234.eml',
      'data/whatsapp/session/Default/Cookies',
      'data/inbox.key',
      'elsewhere/db/handoffs.journal',
    ]) {
      expect(ignored(path), path).toBe(true);
    }
  });

  it('keeps what Naast ships with', () => {
    for (const path of ['data/pool.yaml', 'data/nlu/model.json', 'data/nlu/train-en.jsonl', 'data/b1/names.txt', 'dialogs/intake.yaml', 'src/main.ts', 'package-lock.json', '.puppeteerrc.cjs', 'tsconfig.json']) {
      expect(ignored(path), path).toBe(false);
    }
  });
});

describe('Dockerfile', () => {
  it('builds on Node 20 and Debian bookworm, and installs Chromium with a font', () => {
    const from = ops('FROM');
    expect(from).toHaveLength(1);
    expect(from[0]!.args).toMatch(/^node:20[\w.-]*-bookworm(-slim)?$/);
    const install = ops('RUN').find((i) => /apt-get install/.test(i.args));
    expect(install?.args).toMatch(/\bchromium\b/);
    expect(install?.args).toMatch(/\bfonts-dejavu-core\b/);
    // Debian's chromium package puts the browser where the default setting looks.
    expect(loadConfig({ WHATSAPP: '1' }).whatsapp!.chromium).toBe('/usr/bin/chromium');
  });

  it('installs the runtime dependencies only, never letting puppeteer download a browser', async () => {
    const ci = indexOf((i) => i.op === 'RUN' && /\bnpm ci\b/.test(i.args));
    expect(ci).toBeGreaterThan(-1);
    expect(dockerfile[ci]!.args).toMatch(/npm ci\b[^&;]*--omit=dev/);
    const skip = indexOf((i) => i.op === 'ENV' && envPairs(i.args).PUPPETEER_SKIP_DOWNLOAD === 'true');
    const inline = /PUPPETEER_SKIP_DOWNLOAD=true\s+npm ci/.test(dockerfile[ci]!.args);
    expect(inline || (skip > -1 && skip < ci), 'PUPPETEER_SKIP_DOWNLOAD=true before npm ci').toBe(true);
    // What npm ci reads must be there before it runs.
    const before = dockerfile.slice(0, ci).filter((i) => i.op === 'COPY').flatMap((i) => copyArgs(i.args).sources);
    expect(before).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', '.puppeteerrc.cjs']));
  });

  it('copies only what exists and is not left out by .dockerignore', async () => {
    for (const { args } of ops('COPY')) {
      for (const source of copyArgs(args).sources) {
        await expect(stat(source), source).resolves.toBeDefined();
        expect(ignored(source), `${source} is in .dockerignore`).toBe(false);
      }
    }
  });

  it('holds what Naast reads at run time, at the paths its settings default to, and no local state', async () => {
    const files = await imageFiles();
    const cwdRelative = (p: string) => relative(process.cwd(), p).split('\\').join('/');
    for (const path of [
      'package.json',
      'tsconfig.json',
      'src/main.ts',
      cwdRelative(defaults.poolFile),
      `${cwdRelative(defaults.dialogsDir)}/intake.yaml`,
      'data/nlu/model.json',
      'data/b1/known-words-nl.txt',
      'src/store/migrations/001-records.sql',
      'channels/webchat/public/index.html',
      'src/admin/public/admin.css',
    ]) {
      expect(files.has(path), path).toBe(true);
    }
    const state = [...files.keys()].filter((p) => /^data\/(db|outbox|whatsapp|run)\/|inbox\.key$|\.journal(\.\d+)?$|(^|\/)\.env$/.test(p));
    expect(state).toEqual([]);
  });

  it("sets only Naast's settings (and two for its tools), which load, listen on every interface and keep DATA_DIR in a volume outside data/", () => {
    const names = Object.keys(imageEnv).filter((n) => !NOT_NAAST.has(n));
    expect(names.filter((n) => !isSetting(n))).toEqual([]);
    const config = loadConfig(imageEnv);
    expect(config.host).toBe('0.0.0.0');
    expect(ops('VOLUME').map((i) => execForm(i.args)?.[0] ?? i.args)).toContain(imageEnv.DATA_DIR);
    expect(imageEnv.DATA_DIR!.startsWith('/')).toBe(true);
    expect(posix.relative(posix.join(workdir, 'data'), imageEnv.DATA_DIR!).startsWith('..'), 'DATA_DIR would hide data/pool.yaml').toBe(true);
    expect(ops('EXPOSE').flatMap((i) => i.args.split(/\s+/).map((p) => Number(p.split('/')[0])))).toEqual([config.port]);
  });

  it('runs Naast as a non-root user, with node itself in exec form so SIGTERM reaches it', async () => {
    const user = ops('USER').at(-1)?.args.split(':')[0];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(indexOf((i) => i.op === 'USER')).toBeLessThan(indexOf((i) => i.op === 'CMD'));
    const cmd = execForm(ops('CMD').at(-1)!.args);
    expect(cmd, 'CMD in exec form').toBeDefined();
    expect(cmd![0]).toBe('node');
    // The loader it imports is a runtime dependency, and the script is in the image.
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Env };
    const imported = cmd![cmd!.indexOf('--import') + 1];
    expect(Object.keys(pkg.dependencies)).toContain(imported);
    expect((await imageFiles()).has(cmd!.at(-1)!)).toBe(true);
    const entrypoint = ops('ENTRYPOINT').at(-1);
    if (entrypoint) {
      const form = execForm(entrypoint.args);
      expect(form, 'ENTRYPOINT in exec form').toBeDefined();
      // An init like tini must come from the apt-get install above.
      expect(ops('RUN').some((i) => new RegExp(`apt-get install[^&]*\\b${posix.basename(form![0]!)}\\b`).test(i.args))).toBe(true);
    }
  });

  it('checks health on /healthz', () => {
    const check = ops('HEALTHCHECK');
    expect(check).toHaveLength(1);
    const command = execForm(check[0]!.args.replace(/^(--\S+\s+)*CMD\s+/, ''));
    expect(command, 'HEALTHCHECK CMD in exec form').toBeDefined();
    expect(command!.join(' ')).toContain('/healthz');
  });

  it('needs no devDependency at run time (npm ci --omit=dev leaves them out)', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Env };
    const runtime = new Set(Object.keys(pkg.dependencies));
    const missing: string[] = [];
    const files = [...(await imageFiles()).entries()].filter(([p]) => /\.ts$/.test(p) && !/\.test\.ts$/.test(p));
    for (const [inImage, file] of files) {
      const code = await readFile(file, 'utf8');
      const specifiers = [
        // Static imports and re-exports, except `import type` (erased before it runs).
        ...[...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?['"]([^'"]+)['"]/g)].filter((m) => !m[1]).map((m) => m[2]!),
        ...[...code.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!),
      ];
      for (const s of specifiers) {
        if (/^[./]|^node:/.test(s) || builtinModules.includes(s)) continue;
        const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!;
        if (!runtime.has(name)) missing.push(`${inImage} imports ${name}`);
      }
    }
    expect(missing, 'move these to "dependencies" in package.json').toEqual([]);
  });
});

describe('compose.yaml', () => {
  it('stops without the secrets instead of inventing them', () => {
    expect(() => loadCompose({})).toThrow(/compose stops/);
    for (const secret of ['POSTGRES_PASSWORD', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) {
      const { [secret]: _, ...rest } = SECRETS;
      expect(() => loadCompose(rest), secret).toThrow(new RegExp(`compose stops: ${secret}:`));
    }
  });

  it.each([
    ['only the secrets in .env', {}],
    ['.env.example copied to .env, secrets added', 'example'],
  ] as const)("gives naast settings that load, and only names Naast reads (%s)", async (_, extra) => {
    const example: Env =
      extra === 'example'
        ? Object.fromEntries(
            (await readFile('.env.example', 'utf8'))
              .split('\n')
              .filter((l) => /^\w+=/.test(l))
              .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
          )
        : {};
    const env = serviceEnv(loadCompose({ ...example, ...SECRETS }).services.naast!);
    expect(Object.keys(env).filter((n) => !isSetting(n))).toEqual([]);
    const config = loadConfig(env);
    expect(config.host).toBe('0.0.0.0');
    expect(config.database).toBeDefined();
    expect(config.publicUrl).toBe(SECRETS.PUBLIC_URL);
    expect(config.adminEmail).toBe(SECRETS.ADMIN_EMAIL);
  });

  const compose = loadCompose(SECRETS);
  const naast = compose.services.naast!;
  const config = loadConfig(serviceEnv(naast));

  it('builds the Dockerfile and keeps DATA_DIR in a named volume', async () => {
    const context = typeof naast.build === 'string' ? naast.build : naast.build?.context;
    expect(context).toBe('.');
    await expect(stat(join(context!, 'Dockerfile'))).resolves.toBeDefined();
    const data = mounts(naast).find((m) => m.target === config.dataDir);
    expect(data, `a volume at DATA_DIR (${config.dataDir})`).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(data!.source);
    expect(config.dataDir).toBe(imageEnv.DATA_DIR);
  });

  it('publishes the port Naast listens on', () => {
    expect((naast.ports ?? []).map(containerPort)).toContain(config.port);
    expect(ops('EXPOSE').map((i) => Number(i.args))).toContain(config.port);
  });

  it('points DATABASE_URL at the postgres service, with its user, password and database, once it is healthy', () => {
    const url = new URL(config.database!.url);
    const postgres = compose.services[url.hostname];
    expect(postgres?.image).toMatch(/^postgres:15/);
    const pgEnv = serviceEnv(postgres!);
    expect(decodeURIComponent(url.username)).toBe(pgEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(pgEnv.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${pgEnv.POSTGRES_DB}`);
    expect(url.port || '5432').toBe('5432');
    expect(dependsOn(naast)[url.hostname]?.condition).toBe('service_healthy');
    const test = postgres!.healthcheck?.test;
    const words = Array.isArray(test) ? test : (test ?? '').split(/\s+/);
    expect(words).toContain('pg_isready');
    expect(words[words.indexOf('-U') + 1]).toBe(pgEnv.POSTGRES_USER);
    expect(words[words.indexOf('-d') + 1]).toBe(pgEnv.POSTGRES_DB);
    expect(mounts(postgres!).map((m) => m.target)).toContain('/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes ?? {})).toContain(mounts(postgres!)[0]!.source);
  });

  it("sends mail to the mail catcher's SMTP port by default", () => {
    const smtp = new URL(config.smtpUrl!);
    const mail = compose.services[smtp.hostname];
    expect(mail?.image).toMatch(/^axllent\/mailpit/);
    expect((mail!.expose ?? []).map(String)).toContain(smtp.port);
    // Caught mails hold residents' data: the web UI on this machine only.
    expect((mail!.ports ?? []).every((p) => typeof p === 'string' && p.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('gives Naast the time it takes to stop', async () => {
    const main = await readFile('src/main.ts', 'utf8');
    const deadlineMs = Number(/const STOP_DEADLINE_MS = ([\d_]+);/.exec(main)![1]!.replaceAll('_', ''));
    expect(seconds(naast.stop_grace_period ?? '10s')).toBeGreaterThan(deadlineMs / 1000);
  });

  it('shows a second instance that works when uncommented: same settings, same DATA_DIR volume, another port, no second WhatsApp', () => {
    const lines = composeText.split('\n');
    const start = lines.findIndex((l) => /^\s*#\s*naast2:/.test(l));
    expect(start).toBeGreaterThan(-1);
    let end = start;
    while (end + 1 < lines.length && /^ {2}#/.test(lines[end + 1]!)) end++;
    const uncommented = [...lines.slice(0, start), ...lines.slice(start, end + 1).map((l) => l.replace(/^(\s*)# ?/, '$1')), ...lines.slice(end + 1)].join('\n');
    const two = loadCompose(SECRETS, uncommented);
    const second = two.services.naast2!;
    const env = serviceEnv(second);
    expect({ ...env, WHATSAPP: undefined }).toEqual({ ...serviceEnv(naast), WHATSAPP: undefined });
    expect(env.WHATSAPP).toBe('0');
    expect(loadConfig(env).database).toBeDefined();
    expect(second.image).toBe(naast.image);
    expect(mounts(second)).toEqual(mounts(naast));
    expect((second.ports ?? []).map(hostPort)).not.toEqual(expect.arrayContaining((naast.ports ?? []).map(hostPort)));
    expect(dependsOn(second).postgres?.condition).toBe('service_healthy');
    expect(second.stop_grace_period).toBe(naast.stop_grace_period);
  });
});

describe("the image's command and health check, run on a copy of what the image holds", () => {
  const healthcheck = execForm(ops('HEALTHCHECK')[0]!.args.replace(/^(--\S+\s+)*CMD\s+/, ''))!;
  const cmd = execForm(ops('CMD').at(-1)!.args)!;
  /** What every process in the image gets from the environment, apart from the image's ENV. */
  const base = (): Env => Object.fromEntries(['PATH', 'HOME', 'TMPDIR'].filter((k) => process.env[k]).map((k) => [k, process.env[k]!]));

  function run(command: string[], env: Env, cwd = process.cwd()) {
    const child = spawn(command[0] === 'node' ? process.execPath : command[0]!, command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    return { child, exited, output: () => out };
  }

  const healthExit = (port: number) => run(healthcheck, { ...base(), ...imageEnv, PORT: String(port) }).exited;

  it('fails the health check when nothing answers, or answers with an error', async () => {
    const down = await freePort();
    const sick = createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((resolve) => sick.listen(0, '127.0.0.1', resolve));
    try {
      const [nothing, error] = await Promise.all([healthExit(down), healthExit((sick.address() as AddressInfo).port)]);
      expect(nothing).toBe(1);
      expect(error).toBe(1);
    } finally {
      sick.close();
    }
  });

  it('starts from the image files with runtime dependencies only, passes the health check, writes only to DATA_DIR and stops cleanly on SIGTERM', async () => {
    const root = await mkdtemp(join(tmpdir(), 'naast-image-'));
    const app = join(root, 'app');
    for (const [inImage, file] of await imageFiles()) {
      await mkdir(dirname(join(app, inImage)), { recursive: true });
      await cp(file, join(app, inImage));
    }
    // What `npm ci --omit=dev` installs: every package the lock file does not mark dev-only.
    const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!/^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) || entry.dev) continue;
      await mkdir(dirname(join(app, path)), { recursive: true });
      await symlink(join(process.cwd(), path), join(app, path), 'dir');
    }
    const before = (await readdir(app, { recursive: true })).sort();
    const port = await freePort();
    // Loopback rather than the image's 0.0.0.0, a temporary DATA_DIR rather than /var/lib/naast.
    const env = { ...base(), ...imageEnv, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: join(root, 'state'), LOG_LEVEL: 'silent' };
    const naast = run(cmd, env, app);
    let running = true;
    void naast.exited.then(() => (running = false));
    try {
      await new Promise<void>((resolve, reject) => {
        naast.child.stdout.on('data', () => naast.output().includes('Naast draait op') && resolve());
        void naast.exited.then((code) => reject(new Error(`Naast exited (${code}) before it started:\n${naast.output()}`)));
      });
      expect(await healthExit(port)).toBe(0);
      naast.child.kill('SIGTERM');
      expect(await naast.exited).toBe(0);
      expect((await readdir(app, { recursive: true })).sort()).toEqual(before);
      expect(await readdir(join(root, 'state'))).toContain('inbox.key');
    } finally {
      if (running) process.kill(-naast.child.pid!, 'SIGKILL');
    }
  }, 60_000);
});
