/**
 * The admin API (`/admin/api/…`, DESIGN.md's contract): login with a session cookie, then the dialog
 * trees. JSON only: a cross-site form cannot send `application/json`, and the cookie is SameSite=Strict.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { Accounts, Role, User } from './accounts.js';

const COOKIE = 'naast_admin';
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
  opts.extend?.(api, allow);

  api.use((_req, res) => {
    res.status(404).json({ error: 'Niet gevonden / Not found' });
  });
  router.use('/admin/api', api);
  return router;
}
