/**
 * The admin API (`/admin/api/…`, DESIGN.md's contract): login with a session cookie, then the dialog
 * trees. JSON only: a cross-site form cannot send `application/json`, and the cookie is SameSite=Strict.
 */
import { randomBytes } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { Accounts, Role, User } from './accounts.js';

const COOKIE = 'naast_admin';
const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const Login = z.strictObject({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });

/** Failed logins allowed per account and per address within the window, then 429 until it passes. */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

export interface AdminRouterOptions {
  accounts: Accounts;
  log: Logger;
  /** Secure cookies when Naast is reached over https. */
  secure: boolean;
  now?: () => number;
  /** Appends to the audit log (who, what, when). */
  audit?: (user: User, action: string, detail: Record<string, unknown>) => Promise<void>;
  /** More routes behind the login (the trees API), given the signed-in user. */
  extend?: (router: Router, allow: (...roles: Role[]) => express.RequestHandler) => void;
}

function cookieOf(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

export function createAdminRouter(opts: AdminRouterOptions): Router {
  const { accounts, log } = opts;
  const now = opts.now ?? (() => Date.now());
  const failures = new Map<string, number[]>();
  const recent = (key: string) => (failures.get(key) ?? []).filter((t) => now() - t < WINDOW_MS);
  const fail = (key: string) => failures.set(key, [...recent(key), now()]);

  const router = express.Router();
  const api = express.Router();
  api.use(express.json({ limit: '512kb' }));
  api.use((req, res, next) => {
    res.set('Cache-Control', 'no-store');
    // Only JSON may change anything: forms from other sites cannot send it without a CORS preflight.
    if (req.method !== 'GET' && req.method !== 'HEAD' && !req.is('application/json')) {
      res.status(415).json({ error: 'send JSON (Content-Type: application/json)' });
      return;
    }
    next();
  });

  api.post('/login', async (req, res) => {
    const parsed = Login.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'send {"email", "password"}' });
      return;
    }
    const email = parsed.data.email.trim().toLowerCase();
    const address = req.ip ?? 'unknown';
    if (recent(`email:${email}`).length >= MAX_FAILURES || recent(`ip:${address}`).length >= MAX_FAILURES) {
      res.status(429).json({ error: 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw. / Too many failed attempts; try again in 15 minutes.' });
      return;
    }
    const user = await accounts.authenticate(email, parsed.data.password);
    if (!user) {
      fail(`email:${email}`);
      fail(`ip:${address}`);
      log.warn({ admin: 'login failed' }, 'admin login failed');
      res.status(401).json({ error: 'E-mailadres of wachtwoord klopt niet. / Wrong e-mail address or password.' });
      return;
    }
    const cookie = await accounts.startSession(user, cookieOf(req));
    res.cookie(COOKIE, cookie, { httpOnly: true, sameSite: 'strict', secure: opts.secure, path: '/admin', maxAge: 8 * 3_600_000 });
    log.info({ admin: user.id, role: user.role }, 'admin logged in');
    res.json({ email: user.email, role: user.role });
  });

  // Everything below needs a session.
  api.use(async (req: Request, res: Response, next: NextFunction) => {
    const user = await accounts.sessionUser(cookieOf(req));
    if (!user) {
      res.status(401).json({ error: 'Log eerst in. / Please log in first.' });
      return;
    }
    res.locals.user = user;
    next();
  });

  api.post('/logout', async (req, res) => {
    await accounts.endSession(cookieOf(req));
    res.clearCookie(COOKIE, { path: '/admin' });
    res.json({ ok: true });
  });

  api.get('/me', (_req, res) => {
    const user = res.locals.user as User;
    res.json({ email: user.email, role: user.role });
  });

  const allow =
    (...roles: Role[]): express.RequestHandler =>
    (_req, res, next) => {
      const user = res.locals.user as User;
      if (roles.includes(user.role)) return next();
      res.status(403).json({ error: 'Dit mag uw rol niet. / Your role may not do this.' });
    };
  const NewUser = z.strictObject({
    email: z.email(),
    role: z.enum(['administrator', 'editor', 'supporter', 'viewer']),
    organisation: z.string().min(1).optional(),
  });
  // Administrators invite others: the new account gets a one-time password to pass on in person.
  api.post('/users', allow('administrator'), async (req, res) => {
    const parsed = NewUser.safeParse(req.body);
    if (!parsed.success || (parsed.data.role === 'supporter') !== Boolean(parsed.data.organisation)) {
      res.status(400).json({ error: 'send {"email", "role"}, and "organisation" for (and only for) a supporter' });
      return;
    }
    const password = randomBytes(12).toString('base64url');
    try {
      const user = await accounts.createUser({ ...parsed.data, password });
      await opts.audit?.(res.locals.user as User, 'user created', { email: user.email, role: user.role });
      res.status(201).json({ email: user.email, role: user.role, password });
    } catch {
      res.status(409).json({ error: 'a user with this e-mail address exists' });
    }
  });

  api.get('/users', allow('administrator'), async (_req, res) => {
    res.json((await accounts.list()).map((u) => ({ email: u.email, role: u.role, ...(u.organisation ? { organisation: u.organisation } : {}), createdAt: u.createdAt })));
  });

  api.get('/audit', allow('administrator'), async (req, res) => {
    const entries = (await accounts.auditLog()).sort((a, b) => a.at.localeCompare(b.at));
    if (req.query.format === 'csv') {
      const cell = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
      const rows = entries.map((e) => [e.at, e.user, e.action, e.tree ?? '', JSON.stringify(e.detail ?? {})].map(cell).join(','));
      res.type('text/csv').attachment('naast-audit.csv').send(['at,user,action,tree,detail', ...rows].join('\r\n') + '\r\n');
      return;
    }
    res.json(entries);
  });

  opts.extend?.(api, allow);

  api.use((_req, res) => {
    res.status(404).json({ error: 'Niet gevonden / Not found' });
  });
  router.use('/admin/api', api);
  // The editor page: static files, so the strict Content-Security-Policy (script-src 'self') holds.
  router.use('/admin', express.static(PUBLIC_DIR, { index: 'index.html', maxAge: '1h' }));
  return router;
}
