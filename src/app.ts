import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { createRuntime, type CaseNotice, type Runtime, type Sender } from './core/runtime.js';
import type { ChannelId } from './core/messages.js';
import type { HandoffStatus } from './handoff/handoff.js';
import { createFollowUpRunner } from './handoff/follow-ups.js';
import { createMonitoringRouter } from './monitoring/monitoring-routes.js';
import { createAccounts, type Accounts, type User } from './admin/accounts.js';
import { registerPoolRoutes, restorePublishedPool } from './admin/pool-admin.js';
import { createAdminRouter } from './admin/admin-routes.js';
import { registerTreeRoutes, restorePublished, type TreeAdmin } from './admin/tree-admin.js';
import { watchDialogs } from './core/dialogs-watch.js';
import { registerCaseRoutes } from './admin/case-admin.js';
import { createOrgInboxRouter, loadOrCreateInboxKey } from './handoff/org-inbox.js';
import type { Pool } from './pool/pool-schema.js';
import { createRelay, relayAddress, type Relay } from './handoff/relay.js';
import { loadTrees } from './core/tree-loader.js';
import type { Config } from './config.js';
import { createHandoffService, type HandoffService } from './handoff/handoff-service.js';
import { createMailTransport } from './handoff/mail-transport.js';
import { createOutbox, type Outbox } from './handoff/outbox.js';
import { createCaseRouter } from './handoff/case-routes.js';
import { createDevInboxRouter } from './handoff/dev-inbox-routes.js';
import { createLogger, type Logger } from './log.js';
import { detectCrisis } from './nlu/crisis.js';
import { loadDefaultClassifier } from './nlu/default-classifier.js';
import { loadPool } from './pool/load-pool.js';
import { openStore } from './store/open-store.js';
import { connectPostgres, postgresStoreOn, type PostgresConnection } from './store/postgres-store.js';
import { loadTenants } from './tenants/tenants.js';
import { unlessHeldElsewhere } from './util/shared-queue.js';
import { purgeIdleConversations } from './store/retention.js';
import { createErasure } from './privacy/erasure.js';
import { purgeEndedCases } from './privacy/case-retention.js';
import { registerConsentRoutes } from './admin/consent-admin.js';
import type { Store } from './store/store.js';
import type { Channel } from '../channels/channel.js';
import { createChannels } from '../channels/index.js';
import { leased } from '../channels/lease.js';
import { createWebchatRouter } from '../channels/webchat/webchat-routes.js';
import { createPrivacyRouter } from '../channels/webchat/privacy-page.js';
import { createDrain, HTTP_LIMITS, listen, type HttpLimits } from './http-server.js';
import type { SiteVars } from './core/state.js';

/** A case is written, then its mail, within milliseconds; one without its mail after this long was cut off. */
const UNANNOUNCED_GRACE_MS = 60_000;

/** The tree new conversations start on. */
export const START_TREE = 'intake';

/** Everything but the network: what the web server and the terminal chat share. */
export interface Core {
  config: Config;
  log: Logger;
  store: Store;
  runtime: Runtime;
  /** `{privacyUrl}` and `{retentionDays}` for the trees' texts. */
  site: SiteVars;
  /** Channels that can speak first register here when they start, for notices about cases. */
  senders: Map<ChannelId, Sender>;
  /** Answers between supporter and resident by e-mail; only when Naast receives mail. */
  relay: Relay | undefined;
  pool: Pool;
  /** The NLU the runtime uses; the editor's preview runs on the same one. */
  classifier: import('./nlu/types.js').Classifier;
  accounts: Accounts;
  handoffs: HandoffService;
  outbox: Outbox;
  stop(): Promise<void>;
}

/** Loads trees and pool (refusing broken ones), opens the store and starts the outbox. */
export async function createCore(config: Config, log: Logger = createLogger(config.logLevel), given?: Store): Promise<Core> {
  const trees = await loadTrees(config.dialogsDir);
  if (!trees.has(START_TREE)) throw new Error(`${config.dialogsDir}: no '${START_TREE}' tree found`);
  const pool = await loadPool(config.poolFile);
  // A municipality of a multi-tenant installation gets its store from the installation.
  const store = given ?? (await openStore(config, log));
  await restorePublishedPool(store, pool, log);
  const transport = createMailTransport({ smtpUrl: config.smtpUrl, outboxDir: join(config.dataDir, 'outbox'), from: config.mailFrom });

  // The outbox tells the service when a mail went out; the service exists only after the outbox.
  let handoffs: HandoffService | undefined;
  const outbox = createOutbox({ store, transport, log, onDelivered: (item) => handoffs!.delivered(item) });
  // The resident hears about their case in their own channel; the runtime exists only after the service.
  let runtime: Runtime | undefined;
  // Supporters' replies can only reach Naast when it receives mail (the e-mail channel).
  const relay = config.email ? createRelay({ store, outbox, notify: (notice) => runtime!.notify(notice), mailFrom: config.mailFrom, log }) : undefined;
  const tell: Partial<Record<HandoffStatus, CaseNotice['text']>> = { accepted: 'case_accepted', declined: 'case_declined', closed: 'case_closed' };
  handoffs = createHandoffService({
    store,
    outbox,
    publicUrl: config.publicUrl,
    referencePrefix: pool.referencePrefix,
    log,
    ...(relay ? { replyTo: (token: string) => relayAddress(config.mailFrom, token) } : {}),
    onChange: async (handoff) => {
      const text = tell[handoff.status];
      if (!text || !runtime) return;
      // "Anna van Cliëntenbelang" when the supporter gave their first name on accepting.
      const supporter = handoff.status === 'accepted' ? handoff.history.at(-1)?.note : undefined;
      const organisation = supporter ? `${supporter} van ${handoff.organisation.name}` : handoff.organisation.name;
      const told = await runtime.notify({ conversation: handoff.conversation, text, vars: { reference: handoff.reference, organisation } });
      log.info({ handoff: handoff.reference, status: handoff.status, told }, 'resident told about their case');
    },
  });
  // Several instances on one store: another may be creating a case right now (src/handoff/handoff-service.ts).
  const unannounced = store.exclusive ? { olderThanMs: UNANNOUNCED_GRACE_MS } : {};
  await handoffs.dropUnannounced(unannounced);
  await outbox.start();
  // One erasure for the resident's command and an administrator's request; retention redacts with it too.
  const erasure = createErasure({ store, outbox, handoffs, outboxDir: join(config.dataDir, 'outbox'), log });

  const classifier = await loadDefaultClassifier();
  // What the greeting says about privacy comes from the settings, so it is never out of step with them.
  const site: SiteVars = { privacyUrl: `${config.publicUrl}/privacy`, retentionDays: String(config.retentionDays) };
  const senders = new Map<ChannelId, Sender>();
  runtime = createRuntime({
    store,
    trees,
    startTree: START_TREE,
    pool,
    site,
    classifier,
    isCrisis: detectCrisis,
    handoffs,
    log,
    sessionTtlMs: config.sessionTtlMs,
    senders,
    ...(relay ? { relay } : {}),
    erase: (conversation, by) => erasure.eraseConversation(conversation, by),
  });
  // What administrators published survives a restart; the first administrator comes from the settings.
  await restorePublished(store, [...trees.keys()], (loaded) => runtime!.useTree(loaded), log);
  // Another instance on the same database published a tree or the pool: take it live here too.
  store.signals?.subscribe('published', (what) => {
    const reload = what === 'pool' ? restorePublishedPool(store, pool, log) : restorePublished(store, [...trees.keys()], (loaded) => runtime!.useTree(loaded), log);
    reload.catch((err: Error) => log.error({ err: { type: err.name, message: err.message } }, 'could not take a publication of another instance live'));
  });
  const accounts = createAccounts(store);
  if (await accounts.ensureFirstAdministrator(config.adminEmail, config.adminPassword)) log.info({ admin: 'created' }, 'first administrator created from ADMIN_EMAIL');

  // Retention: idle conversations (RETENTION_DAYS) and ended cases (CASE_RETENTION_DAYS), at start and then every 6 hours.
  // Any one instance does a pass; one running elsewhere right now makes this one skip it.
  const purge = () => unlessHeldElsewhere(store, 'pass:retention', purgeNow);
  const purgeNow = async () => {
    const at = new Date();
    const deleted = await purgeIdleConversations(store, at, config.retentionDays, erasure.deleteConversationMailFiles).catch((err: Error) => {
      log.error({ err: { type: err.name, message: err.message } }, 'retention purge failed');
      return 0;
    });
    if (deleted) log.info({ deleted }, 'idle conversations deleted');
    const ended = await purgeEndedCases({ store, erasure }, at, config.caseRetentionDays).catch((err: Error) => {
      log.error({ err: { type: err.name, message: err.message } }, 'case retention purge failed');
      return { references: [], conversations: 0 };
    });
    if (ended.references.length) log.info({ cases: ended.references.length, conversations: ended.conversations }, 'ended cases past retention redacted');
  };
  await purge();
  const purgeTimer = setInterval(() => void purge(), 6 * 3_600_000);
  purgeTimer.unref();

  // Reminders and escalations on waiting cases (working days; see src/handoff/reminders.ts).
  const followUps = createFollowUpRunner({ store, outbox, notify: (notice) => runtime!.notify(notice), pool, log, settings: config.followUp });
  const followUp = () =>
    unlessHeldElsewhere(store, 'pass:follow-ups', async () => {
      // A killed instance is not restarted to clean up after itself: any instance does it here.
      if (store.exclusive) await handoffs.dropUnannounced(unannounced);
      return followUps.runDue();
    }).catch((err: Error) => {
      log.error({ err: { type: err.name, message: err.message } }, 'follow-ups failed');
      return {};
    });
  await followUp();
  const followUpTimer = setInterval(() => void followUp(), 15 * 60_000);
  followUpTimer.unref();

  return {
    config,
    log,
    store,
    runtime,
    senders,
    relay,
    pool,
    site,
    classifier,
    accounts,
    handoffs,
    outbox,
    async stop() {
      clearInterval(purgeTimer);
      clearInterval(followUpTimer);
      await runtime.idle();
      await outbox.stop();
      await transport.close();
      await store.close();
    },
  };
}

/** A running Naast: the web chat, the chat API, case pages and health. */
export interface RunningNaast {
  url: string;
  /** The municipality's core; with TENANTS_FILE, the first municipality's. */
  core: Core;
  /** Names of the channels that are on, the web chat first. */
  channels: string[];
  /** The adapters besides the web chat, for proactive messages. */
  adapters: Channel[];
  /** With TENANTS_FILE: every municipality, by id. */
  tenants: Map<string, Site>;
  stop(): Promise<void>;
}

/** One municipality's web site: its core, its channels and the routes of both. */
export interface Site {
  core: Core;
  app: express.Express;
  hosts: string[];
  channels: string[];
  adapters: Channel[];
  dialogsWatch: { close(): void };
}

/**
 * Starts Naast on the configured port (0 picks a free one): one municipality, or with TENANTS_FILE
 * several, each answering on its own host names. `httpLimits`: tests only, shorter timeouts; `env`:
 * where municipalities take their shared defaults from (the environment).
 */
export async function startNaast(config: Config, options: { httpLimits?: Partial<HttpLimits>; env?: Record<string, string | undefined> } = {}): Promise<RunningNaast> {
  const limits: HttpLimits = { ...HTTP_LIMITS, ...options.httpLimits };
  // At shutdown new requests get a kind 503 while those in flight finish; the live stream is cut at the end.
  const drain = createDrain((req) => req.path === '/api/chat/events');
  const sites: [string, Site][] = [];
  const siteOf = (c: Config, core: Core, hosts: string[]) =>
    buildSite(c, core, drain, hosts).catch(async (err: unknown) => {
      await core.stop();
      throw err;
    });
  let connection: PostgresConnection | undefined;
  /**
   * The channels stop taking messages and finish theirs, then the web server closes (when it was
   * started), the outboxes settle the mail they are sending, and the stores close last.
   */
  const stopSites = async (stopServer?: () => Promise<void>) => {
    for (const [, site] of sites) {
      site.dialogsWatch.close();
      await Promise.allSettled(site.adapters.map((a) => a.stop()));
    }
    await stopServer?.();
    for (const [, site] of sites) await site.core.stop();
    await connection?.close();
  };
  try {
    if (config.tenantsFile) {
      const tenants = await loadTenants(config, options.env ?? process.env);
      const log = createLogger(config.logLevel);
      // One database connection for the installation; each municipality's store is bound to its own id.
      if (config.database) connection = await connectPostgres({ url: config.database.url, maxConnections: config.database.maxConnections, log });
      for (const tenant of tenants) {
        const core = await createCore(tenant.config, log.child({ tenant: tenant.id }), connection ? postgresStoreOn(connection, tenant.id) : undefined);
        sites.push([tenant.id, await siteOf(tenant.config, core, tenant.hosts)]);
      }
    } else {
      sites.push(['', await siteOf(config, await createCore(config), [])]);
    }
  } catch (err) {
    await stopSites();
    throw err;
  }
  const app = config.tenantsFile ? dispatchByHost(config, sites, drain) : sites[0]![1].app;

  const server = await listen(app, config.port, config.host, limits);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  const stopServer = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Called once no request is in flight (or the drain gave up): what is left are live streams
    // (the web chat's notices), which never end by themselves, and idle kept-alive connections.
    server.closeAllConnections();
    await closed;
  };
  try {
    for (const [, site] of sites) {
      for (const adapter of site.adapters) {
        await adapter.start((inbound) => site.core.runtime.handle(inbound));
        site.core.senders.set(adapter.id, (user, replies) => adapter.send(user, replies));
      }
    }
  } catch (err) {
    // A channel that cannot start (a wrong token) stops Naast with its reason, not half a service.
    await stopSites(stopServer);
    throw err;
  }
  const [first, firstSite] = sites[0]!;
  for (const [id, site] of sites) site.core.log.info({ url, channels: site.channels, ...(id ? { hosts: site.hosts } : {}) }, 'Naast is running');
  return {
    url,
    core: firstSite.core,
    channels: firstSite.channels,
    adapters: firstSite.adapters,
    tenants: new Map(config.tenantsFile ? sites : []),
    async stop() {
      // New requests get a kind 503 from now on; turns in flight finish and are answered first.
      drain.start();
      for (const [, site] of sites) site.dialogsWatch.close();
      if (!(await drain.idle(limits.drainMs))) firstSite.core.log.warn({ drainMs: limits.drainMs, tenant: first || undefined }, 'requests still in flight at shutdown are cut');
      await stopSites(stopServer);
    },
  };
}

/**
 * Several municipalities on one port: each request goes to the municipality whose host name it was
 * sent to (behind a proxy, X-Forwarded-Host from a trusted proxy). An unknown host gets a 404 that
 * names no municipality.
 */
function dispatchByHost(config: Config, sites: [string, Site][], drain: ReturnType<typeof createDrain>): express.Express {
  const byHost = new Map<string, Site>();
  for (const [, site] of sites) for (const h of site.hosts) byHost.set(h, site);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(drain.middleware);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', tenants: sites.length });
  });
  app.use((req, res, next) => {
    const site = byHost.get(req.hostname?.toLowerCase() ?? '');
    if (!site) {
      res.status(404).json({ error: 'Onbekend adres / Unknown host' });
      return;
    }
    site.app(req, res, next);
  });
  return app;
}

/** One municipality's routes: web chat, chat API, case pages, channels' webhooks, administration, monitoring. */
async function buildSite(config: Config, core: Core, drain: ReturnType<typeof createDrain>, hosts: string[]): Promise<Site> {
  // Telegram long polling and WhatsApp run in one instance of those sharing a database (channels/lease.ts).
  const adapters = createChannels(config, { store: core.store, log: core.log, accounts: core.accounts, ...(core.relay ? { relay: core.relay } : {}) }).map((a) =>
    (a.id === 'telegram' && !config.telegram?.webhook) || a.id === 'whatsapp' ? leased(a, core.store, core.log) : a,
  );
  const channels = ['webchat', ...adapters.map((a) => a.id)];
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // No third-party anything; no user text is ever rendered as HTML. Pages with needs of their own
  // (monitoring, secret links) set their own policy on the response. HSTS only over https: on
  // http://localhost it would make the browser refuse the plain-http development server.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: config.publicUrl.startsWith('https:') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
    }),
  );
  app.use(drain.middleware);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', channels });
  });
  app.use(
    createPrivacyRouter({
      pool: core.pool,
      retentionDays: config.retentionDays,
      caseRetentionDays: config.caseRetentionDays,
    }),
  );
  app.use(createWebchatRouter({ runtime: core.runtime, branding: config.branding }));
  app.use(createCaseRouter({ handoffs: core.handoffs, log: core.log }));
  for (const adapter of adapters) if (adapter.router) app.use(adapter.router);
  if (!config.smtpUrl) app.use(createDevInboxRouter({ outboxDir: join(config.dataDir, 'outbox') }));
  let treeAdmin: TreeAdmin | undefined;
  app.use(
    createAdminRouter({
      accounts: core.accounts,
      log: core.log,
      secure: config.publicUrl.startsWith('https:'),
      publicOrigin: new URL(config.publicUrl).origin,
      extend: (api, allow) => {
        const audit = (user: User, action: string, detail: Record<string, unknown>) => core.accounts.audit(user, action, detail);
        treeAdmin = registerTreeRoutes(api, allow, {
          store: core.store,
          ids: () => core.runtime.treeIds(),
          live: (id) => core.runtime.liveTree(id),
          use: (loaded) => core.runtime.useTree(loaded),
          audit,
          log: core.log,
          preview: { pool: core.pool, classifier: core.classifier, isCrisis: detectCrisis, site: core.site },
        });
        registerPoolRoutes(api, allow, { store: core.store, pool: core.pool, audit, log: core.log });
        registerCaseRoutes(api, allow, { handoffs: core.handoffs, store: core.store, pool: core.pool, audit, log: core.log, erase: (conversation) => core.runtime.erase(conversation, 'administrator') });
        registerConsentRoutes(api, allow, { store: core.store });
      },
    }),
  );
  // A dialog file edited on disk goes live like a publish, or not at all when it is broken.
  const dialogsWatch = watchDialogs(config.dialogsDir, treeAdmin!, core.log);
  app.use(createMonitoringRouter({ store: core.store, accounts: core.accounts, log: core.log }));
  const inboxKey = await loadOrCreateInboxKey(config.dataDir, core.store);
  app.use(createOrgInboxRouter({ store: core.store, pool: core.pool, key: inboxKey, ...(config.smtpUrl ? {} : { outboxDir: join(config.dataDir, 'outbox') }) }));
  app.use((_req, res) => {
    res.status(404).json({ error: 'Niet gevonden / Not found' });
  });
  const onError: ErrorRequestHandler = (err: { status?: number; type?: string; message?: string }, _req, res, next) => {
    // An answer already under way (a live stream) cannot become an error page: Express ends the connection.
    if (res.headersSent) return next(err);
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) core.log.error({ err: { type: err.type, message: err.message } }, 'request failed');
    const message = err.type === 'entity.parse.failed' ? 'body is not valid JSON' : err.type === 'entity.too.large' ? 'body is too large' : status === 500 ? 'internal error' : 'bad request';
    res.status(status).json({ error: message });
  };
  app.use(onError);

  return { core, app, hosts, channels, adapters, dialogsWatch };
}
