/**
 * Several municipalities in one installation (TENANTS_FILE). Each has its own host name(s), pool,
 * dialog trees, branding, administrators, channels and reports; its data is its own: on PostgreSQL
 * a store bound to its tenant id, on lowdb a folder of its own under DATA_DIR/tenants/<id>.
 *
 *   tenants:
 *     - id: haarlem
 *       hosts: [haarlem.naast.example]
 *       branding: { name: Haarlem, colours: { brand: "#1c4a87", brandDark: "#123563" }, logo: tenants/haarlem/logo.svg }
 *       settings:                      # environment variables for this municipality only
 *         PUBLIC_URL: https://haarlem.naast.example
 *         POOL_FILE: tenants/haarlem/pool.yaml
 *         ADMIN_EMAIL: beheer@haarlem.example
 *         ADMIN_PASSWORD: …
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { BrandingSchema, brandingProblems } from './branding.js';

/** Settings of the whole process: the same for every municipality, never set per tenant. */
const PROCESS_SETTINGS = ['PORT', 'HOST', 'DATA_DIR', 'DATABASE_URL', 'PG_POOL_MAX', 'LOG_LEVEL', 'TRUST_PROXY'] as const;
/** Defaults a municipality takes from the environment unless its own settings say otherwise. */
const SHARED_DEFAULTS = ['SMTP_URL', 'MAIL_FROM', 'DIALOGS_DIR', 'SESSION_TTL_HOURS', 'RETENTION_DAYS', 'CASE_RETENTION_DAYS', 'REMIND_AFTER_WORKING_DAYS', 'OFFER_NEXT_AFTER_WORKING_DAYS', 'COMPLAINT_REMIND_WORKING_DAYS', 'WHATSAPP_CHROMIUM'];
/** What only a municipality's own settings give: its address, pool, people and channels are never inherited. */
const REQUIRED = ['PUBLIC_URL', 'POOL_FILE'] as const;

const TenantSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'must be 1–32 of a-z, 0-9 and -, starting with a letter or digit'),
  hosts: z
    .array(z.string().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'must be a host name in lower case, without port'))
    .min(1),
  branding: BrandingSchema,
  settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)),
});

const TenantsFileSchema = z.strictObject({ tenants: z.array(TenantSchema).min(1) });

/** One municipality, ready to start. */
export interface Tenant {
  id: string;
  hosts: string[];
  config: Config;
}

/** Reads and checks TENANTS_FILE; a mistake stops the start with the file, the municipality and the setting named. */
export async function loadTenants(base: Config, env: Record<string, string | undefined> = process.env): Promise<Tenant[]> {
  const file = base.tenantsFile!;
  const fail = (message: string): never => {
    throw new ConfigError('TENANTS_FILE', `${file}: ${message}`);
  };
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => fail(`cannot read it (${err.code ?? err.message})`));
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    fail(`not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const parsed = TenantsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [, index, ...rest] = issue.path;
    const who = typeof index === 'number' ? ((data as { tenants: { id?: unknown }[] }).tenants[index]?.id ?? `tenants[${index}]`) : 'tenants';
    fail(`${String(who)}: ${rest.join('.') || 'entry'}: ${issue.message}`);
  }
  const tenants: Tenant[] = [];
  const hostOwner = new Map<string, string>();
  for (const t of parsed.data!.tenants) {
    if (tenants.some((o) => o.id === t.id)) fail(`${t.id}: the id is used twice`);
    for (const host of t.hosts) {
      if (hostOwner.has(host)) fail(`${t.id}: host ${host} is already ${hostOwner.get(host)}'s`);
      hostOwner.set(host, t.id);
    }
    for (const key of Object.keys(t.settings)) {
      if ((PROCESS_SETTINGS as readonly string[]).includes(key)) fail(`${t.id}: settings.${key} is the same for every municipality; set it in the environment`);
      if (key === 'TENANTS_FILE' || key === 'MUNICIPALITY') fail(`${t.id}: settings.${key} has no meaning here (the name is branding.name)`);
    }
    for (const key of REQUIRED) if (!t.settings[key]) fail(`${t.id}: settings.${key} is required (each municipality has its own)`);
    for (const problem of brandingProblems(t.branding)) fail(`${t.id}: branding.${problem}`);
    const inherited = {
      ...Object.fromEntries(SHARED_DEFAULTS.filter((k) => env[k] !== undefined).map((k) => [k, env[k]])),
      TRUST_PROXY: String(base.trustProxy),
      LOG_LEVEL: base.logLevel,
    };
    let config: Config;
    try {
      config = loadConfig({ ...inherited, ...t.settings, DATA_DIR: join(base.dataDir, 'tenants', t.id) });
    } catch (err) {
      if (err instanceof ConfigError) fail(`${t.id}: settings.${err.message}`);
      throw err;
    }
    tenants.push({ id: t.id, hosts: t.hosts, config: { ...config!, branding: t.branding } });
  }
  return tenants;
}
