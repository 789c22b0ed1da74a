import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Branding } from './tenants/branding.js';

/** A configuration variable that is missing or wrong; start-up stops with its name. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const smtpUrl = z
  .string()
  .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
  .refine((s) => URL.canParse(s), 'is not a valid URL');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).default('data'),
  /** PostgreSQL instead of the lowdb files under DATA_DIR: postgres://user:pass@host:5432/db */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .refine((s) => URL.canParse(s), 'is not a valid URL')
    .optional(),
  /**
   * Which proxies may say who the visitor is (X-Forwarded-For), for rate limits and the login
   * throttle: express's forms — `loopback`, a number of hops, or addresses and subnets, comma-separated.
   * Never "everyone": visitors could then claim any address and escape every limit.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|((loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(\/\d{1,3})?)(\s*,\s*)?)+)$/, 'must be loopback, a number of proxies, or comma-separated addresses/subnets')
    .default('loopback'),
  /** The municipality residents see on the web chat (one municipality; see TENANTS_FILE for several). */
  MUNICIPALITY: z.string().trim().min(1).max(60).default('Haarlem'),
  /** Several municipalities in one installation: a YAML file, one entry per municipality (src/tenants/tenants.ts). */
  TENANTS_FILE: z.string().min(1).optional(),
  /** Connections one Naast process may hold to PostgreSQL. */
  PG_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  PUBLIC_URL: z
    .string()
    .refine((s) => URL.canParse(s) && /^https?:/.test(s), 'must be an http(s) URL')
    .optional(),
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: z.string().email('must be an e-mail address').default('naast@example.org'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DIALOGS_DIR: z.string().min(1).default('dialogs'),
  POOL_FILE: z.string().min(1).default('data/pool.yaml'),
  /** Hours of silence after which a conversation starts afresh. */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(24),
  /** Days after which a conversation that handed nothing off is deleted (the greeting says 30). */
  RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  /** Days after a case ended (closed, declined, left for another organisation) that its personal data is erased; counts stay. */
  CASE_RETENTION_DAYS: z.coerce.number().int().positive().default(365),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, 'must look like 123456:ABC-DEF… (from BotFather)').optional(),
  TELEGRAM_API_ROOT: z
    .string()
    .refine((s) => URL.canParse(s) && /^https?:/.test(s), 'must be an http(s) URL')
    .optional(),
  TELEGRAM_WEBHOOK_URL: z
    .string()
    .refine((s) => URL.canParse(s) && /^https:/.test(s), 'must be an https URL (Telegram only calls https webhooks)')
    .optional(),
  /** Telegram sends it back in a header with every webhook request; 1–256 of A–Z a–z 0–9 _ -. */
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z, a-z, 0-9, _ and -').optional(),
  BOTFRAMEWORK: z.enum(['0', '1', 'true', 'false']).optional(),
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  /** Single-tenant Azure bots; multi-tenant when unset. */
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  WHATSAPP: z.enum(['0', '1', 'true', 'false']).optional(),
  WHATSAPP_CHROMIUM: z.string().min(1).default('/usr/bin/chromium'),
  IMAP_URL: z
    .string()
    .regex(/^imaps?:\/\//, 'must start with imap:// or imaps://')
    .refine((s) => URL.canParse(s), 'is not a valid URL')
    .optional(),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  /** Working days a case may wait for acceptance before the organisation is reminded and the coordinator told. */
  REMIND_AFTER_WORKING_DAYS: z.coerce.number().int().min(1).default(2),
  /** Working days after which the resident is asked whether to choose another organisation. */
  OFFER_NEXT_AFTER_WORKING_DAYS: z.coerce.number().int().min(1).default(5),
  /** Working days before a complaint's deadline that the complaint desk is reminded. */
  COMPLAINT_REMIND_WORKING_DAYS: z.coerce.number().int().min(0).default(3),
  /** Until administrators log in (#8), pages like the WhatsApp pairing page need this password off loopback. */
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** With ADMIN_PASSWORD: the first administrator, created at start when there is none. */
  ADMIN_EMAIL: z.email('must be an e-mail address').optional(),
});

/** Naast's settings, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when set; else the lowdb store under `dataDir/db`. */
  database?: { url: string; maxConnections: number };
  publicUrl: string;
  /** The municipality's name, colours and logo on the web chat. */
  branding: Branding;
  /** Set when one installation serves several municipalities. */
  tenantsFile?: string;
  /** express's `trust proxy`: which proxies' X-Forwarded-For is believed. */
  trustProxy: string | number;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  dialogsDir: string;
  poolFile: string;
  sessionTtlMs: number;
  retentionDays: number;
  /** Days after a case ended before its personal data is erased (monitoring keeps the counts). */
  caseRetentionDays: number;
  telegram?: { token: string; apiRoot?: string; webhook?: { url: string; secret: string } };
  botframework?: { appId: string; appPassword: string; tenantId?: string };
  /** WhatsApp through whatsapp-web.js: the browser to drive and where the pairing is kept. */
  whatsapp?: { chromium: string; sessionDir: string };
  /** E-mail as a channel: read a mailbox over IMAP, or receive over SMTP directly. */
  email?: { imapUrl?: string; inboundSmtp?: { host: string; port: number } };
  adminPassword: string | undefined;
  adminEmail: string | undefined;
  /** When waiting cases are followed up (working days). */
  followUp: { remindAfterWorkingDays: number; offerNextAfterWorkingDays: number; complaintRemindWorkingDaysBefore: number; complaintRemindTime: string };
}

/** Validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), `${issue.message} (got ${JSON.stringify(cleaned[String(issue.path[0])] ?? '')})`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    ...(e.DATABASE_URL ? { database: { url: e.DATABASE_URL, maxConnections: e.PG_POOL_MAX } } : {}),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    branding: { name: e.MUNICIPALITY },
    ...(e.TENANTS_FILE ? { tenantsFile: resolve(e.TENANTS_FILE) } : {}),
    trustProxy: /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    dialogsDir: resolve(e.DIALOGS_DIR),
    poolFile: resolve(e.POOL_FILE),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    retentionDays: e.RETENTION_DAYS,
    caseRetentionDays: e.CASE_RETENTION_DAYS,
    telegram: e.TELEGRAM_BOT_TOKEN ? telegramConfig(e) : undefined,
    botframework: botframeworkConfig(e),
    whatsapp: e.WHATSAPP === '1' || e.WHATSAPP === 'true' ? { chromium: e.WHATSAPP_CHROMIUM, sessionDir: resolve(e.DATA_DIR, 'whatsapp') } : undefined,
    email:
      e.IMAP_URL || e.INBOUND_SMTP_PORT !== undefined
        ? {
            ...(e.IMAP_URL ? { imapUrl: e.IMAP_URL } : {}),
            ...(e.INBOUND_SMTP_PORT !== undefined ? { inboundSmtp: { host: e.INBOUND_SMTP_HOST, port: e.INBOUND_SMTP_PORT } } : {}),
          }
        : undefined,
    adminPassword: e.ADMIN_PASSWORD,
    adminEmail: e.ADMIN_EMAIL?.toLowerCase(),
    followUp: followUpConfig(e),
  };
}

function followUpConfig(e: Env): Config['followUp'] {
  if (e.OFFER_NEXT_AFTER_WORKING_DAYS <= e.REMIND_AFTER_WORKING_DAYS) {
    throw new ConfigError('OFFER_NEXT_AFTER_WORKING_DAYS', `must be more than REMIND_AFTER_WORKING_DAYS (${e.REMIND_AFTER_WORKING_DAYS})`);
  }
  return {
    remindAfterWorkingDays: e.REMIND_AFTER_WORKING_DAYS,
    offerNextAfterWorkingDays: e.OFFER_NEXT_AFTER_WORKING_DAYS,
    complaintRemindWorkingDaysBefore: e.COMPLAINT_REMIND_WORKING_DAYS,
    complaintRemindTime: '09:00',
  };
}

type Env = z.infer<typeof EnvSchema>;

function telegramConfig(e: Env): Config['telegram'] {
  const token = e.TELEGRAM_BOT_TOKEN!;
  if (e.TELEGRAM_WEBHOOK_SECRET && !e.TELEGRAM_WEBHOOK_URL) throw new ConfigError('TELEGRAM_WEBHOOK_SECRET', 'is only used with TELEGRAM_WEBHOOK_URL');
  // Without a secret of its own, one derived from the token stays the same across restarts.
  const secret = e.TELEGRAM_WEBHOOK_SECRET ?? createHash('sha256').update(`naast-webhook:${token}`).digest('hex');
  return {
    token,
    ...(e.TELEGRAM_API_ROOT ? { apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, '') } : {}),
    ...(e.TELEGRAM_WEBHOOK_URL ? { webhook: { url: e.TELEGRAM_WEBHOOK_URL, secret } } : {}),
  };
}

function botframeworkConfig(e: Env): Config['botframework'] {
  const on = e.BOTFRAMEWORK === '1' || e.BOTFRAMEWORK === 'true';
  if (!on && !e.MICROSOFT_APP_ID) return undefined;
  if (e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_PASSWORD) throw new ConfigError('MICROSOFT_APP_PASSWORD', 'is required with MICROSOFT_APP_ID');
  return { appId: e.MICROSOFT_APP_ID ?? '', appPassword: e.MICROSOFT_APP_PASSWORD ?? '', ...(e.MICROSOFT_APP_TENANT_ID ? { tenantId: e.MICROSOFT_APP_TENANT_ID } : {}) };
}
