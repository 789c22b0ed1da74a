/**
 * The admin API (`/admin/api/…`, DESIGN.md's contract): login with a session cookie (and an app code
 * when the account has two-step verification), the account itself, users, and the dialog trees.
 * Cross-site requests cannot change anything: changes must be JSON (no form can send it), the cookie
 * is SameSite=Strict, and a foreign Origin or `Sec-Fetch-Site: cross-site` is refused.
 */
import { randomBytes } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { SESSION_MS, type Accounts, type Role, type User } from './accounts.js';
import { COOKIE, cookieOf } from './session-cookie.js';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const Login = z.strictObject({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024), code: z.string().max(16).optional() });
const PasswordChange = z.strictObject({ current: z.string().min(1).max(1024), next: z.string().max(10_000) });
const TotpCode = z.strictObject({ code: z.string().max(16) });
const TotpOff = z.strictObject({ password: z.string().min(1).max(1024), code: z.string().max(16) });

/** Failed logins allowed per account and per address within the window, then 429 until it passes. */
const MAX_FAILURES = 5;
/** Colleagues behind one municipal NAT share an address: it gets more room than one account. */
const MAX_FAILURES_PER_ADDRESS = 20;
const WINDOW_MS = 15 * 60_000;
/** What a user with a one-time password may still do: see who they are, leave, choose their own. */
const BEFORE_OWN_PASSWORD = new Set(['/me', '/logout', '/password']);

const TEXT = {
  throttled: 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw. / Too many failed attempts; try again in 15 minutes.',
  wrongLogin: 'E-mailadres of wachtwoord klopt niet. / Wrong e-mail address or password.',
  enterCode: 'Vul de code uit uw app in. / Enter the code from your app.',
  wrongCode: 'De code klopt niet. Vul de nieuwste code uit uw app in. / The code is not right; enter the newest code from your app.',
  loginFirst: 'Log eerst in. / Please log in first.',
  changeFirst: 'Kies eerst een eigen wachtwoord. / Choose your own password first.',
  crossSite: 'Dit verzoek komt van een andere website. / This request comes from another website.',
  role: 'Dit mag uw rol niet. / Your role may not do this.',
  tooShort: 'Kies een wachtwoord van minstens 12 tekens. / Choose a password of at least 12 characters.',
  tooLong: 'Kies een wachtwoord van hoogstens 1024 tekens. / Choose a password of at most 1024 characters.',
  same: 'Kies een ander wachtwoord dan het huidige. / Choose a password other than the current one.',
  wrongCurrent: 'Uw huidige wachtwoord klopt niet. / Your current password is not right.',
  totpOn: 'Tweestapsverificatie staat al aan. Zet die eerst uit. / Two-step verification is already on; turn it off first.',
  totpOff: 'Tweestapsverificatie staat niet aan. / Two-step verification is not on.',
  wrongPasswordOrCode: 'Het wachtwoord of de code klopt niet. / The password or the code is not right.',
  noUser: 'Deze gebruiker bestaat niet. / This user does not exist.',
  notYourself: 'U kunt uzelf niet verwijderen. / You cannot remove yourself.',
};

export interface AdminRouterOptions {
  accounts: Accounts;
  log: Logger;
  /** Secure cookies when Naast is reached over https. */
  secure: boolean;
  /** PUBLIC_URL's origin: a proxy may rewrite the Host header, so the origin people use also counts as ours. */
  publicOrigin?: string;
  now?: () => number;
  /** Appends to the audit log (who, what, when). */
  audit?: (user: User, action: string, detail: Record<string, unknown>) => Promise<void>;
  /** More routes behind the login (the trees API), given the signed-in user. */
  extend?: (router: Router, allow: (...roles: Role[]) => express.RequestHandler) => void;
}

/** What the page may know about the signed-in user; never the hash or the TOTP secret. */
function profile(user: User) {
  return {
    email: user.email,
    role: user.role,
    ...(user.organisation ? { organisation: user.organisation } : {}),
    totp: Boolean(user.totpSecret),
    mustChangePassword: Boolean(user.mustChangePassword),
  };
}

/** A foreign page's request: a browser names its origin, and modern ones say it is cross-site. */
function crossSite(req: Request, publicOrigin: string | undefined): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.get('origin');
  return origin !== undefined && origin !== `${req.protocol}://${req.get('host')}` && origin !== publicOrigin;
}

/** A one-time password to pass on in person; 16 characters of base64url. */
const oneTimePassword = () => randomBytes(12).toString('base64url');

export function createAdminRouter(opts: AdminRouterOptions): Router {
  const { accounts, log } = opts;
  const now = opts.now ?? (() => Date.now());
  const audit = opts.audit ?? ((user, action, detail) => accounts.audit(user, action, detail));
  const failures = new Map<string, number[]>();
  const recent = (key: string) => (failures.get(key) ?? []).filter((t) => now() - t < WINDOW_MS);
  const fail = (key: string) => failures.set(key, [...recent(key), now()]);
  const throttled = (...keys: string[]) => keys.some((key) => recent(key).length >= (key.startsWith('ip:') ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES));
  const giveCookie = (res: Response, cookie: string) =>
    res.cookie(COOKIE, cookie, { httpOnly: true, sameSite: 'strict', secure: opts.secure, path: '/admin', maxAge: SESSION_MS });

  const router = express.Router();
  const api = express.Router();
  api.use(express.json({ limit: '512kb' }));
  api.use((req, res, next) => {
    res.set('Cache-Control', 'no-store');
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    // Defence in depth besides SameSite=Strict: a page elsewhere may not even try.
    if (crossSite(req, opts.publicOrigin)) {
      res.status(403).json({ error: TEXT.crossSite });
      return;
    }
    // Only JSON may change anything: forms from other sites cannot send it without a CORS preflight.
    // A DELETE may come without a body: no form can send one, and cross-site it needs a preflight too.
    const json = req.is('application/json');
    if (!json && !(req.method === 'DELETE' && json === null)) {
      res.status(415).json({ error: 'send JSON (Content-Type: application/json)' });
      return;
    }
    next();
  });

  api.post('/login', async (req, res) => {
    const parsed = Login.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'send {"email", "password"} and, with two-step verification, "code"' });
      return;
    }
    const email = parsed.data.email.trim().toLowerCase();
    const keys = [`email:${email}`, `ip:${req.ip ?? 'unknown'}`];
    if (throttled(...keys)) {
      res.status(429).json({ error: TEXT.throttled });
      return;
    }
    const user = await accounts.authenticate(email, parsed.data.password);
    if (!user) {
      keys.forEach(fail);
      log.warn({ admin: 'login failed' }, 'admin login failed');
      res.status(401).json({ error: TEXT.wrongLogin });
      return;
    }
    if (user.totpSecret) {
      // Apps show "123 456"; people type what they see.
      const code = (parsed.data.code ?? '').replace(/\s/g, '');
      if (!code) {
        // The first step of a normal login, not a failure.
        res.status(401).json({ error: TEXT.enterCode, totpRequired: true });
        return;
      }
      if (!(await accounts.checkTotp(user, code))) {
        keys.forEach(fail);
        log.warn({ admin: 'totp failed' }, 'admin login failed');
        res.status(401).json({ error: TEXT.wrongCode, totpRequired: true });
        return;
      }
    }
    giveCookie(res, await accounts.startSession(user, cookieOf(req)));
    await audit(user, 'logged in', {});
    log.info({ admin: user.id, role: user.role }, 'admin logged in');
    res.json(profile(user));
  });

  // Everything below needs a session; a one-time password must be replaced before anything else.
  api.use(async (req: Request, res: Response, next: NextFunction) => {
    const user = await accounts.sessionUser(cookieOf(req));
    if (!user) {
      res.status(401).json({ error: TEXT.loginFirst });
      return;
    }
    res.locals.user = user;
    if (user.mustChangePassword && !BEFORE_OWN_PASSWORD.has(req.path.toLowerCase().replace(/\/+$/, ''))) {
      res.status(403).json({ error: TEXT.changeFirst, mustChangePassword: true });
      return;
    }
    next();
  });

  api.post('/logout', async (req, res) => {
    await accounts.endSession(cookieOf(req));
    res.clearCookie(COOKIE, { path: '/admin' });
    res.json({ ok: true });
  });

  api.get('/me', (_req, res) => {
    res.json(profile(res.locals.user as User));
  });

  // A new password ends every other session (someone who took one is out) and rotates this one.
  api.post('/password', async (req, res) => {
    const user = res.locals.user as User;
    const parsed = PasswordChange.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'send {"current", "next"}' });
      return;
    }
    const { current, next: chosen } = parsed.data;
    const length = [...chosen].length;
    if (length < 12 || length > 1024) {
      res.status(400).json({ error: length < 12 ? TEXT.tooShort : TEXT.tooLong });
      return;
    }
    if (chosen.normalize('NFKC') === current.normalize('NFKC')) {
      res.status(400).json({ error: TEXT.same });
      return;
    }
    // Guessing the current password through a taken session counts like guessing at the login.
    const key = `email:${user.email}`;
    if (throttled(key)) {
      res.status(429).json({ error: TEXT.throttled });
      return;
    }
    if (!(await accounts.authenticate(user.email, current))) {
      fail(key);
      res.status(401).json({ error: TEXT.wrongCurrent });
      return;
    }
    const changed = await accounts.setPassword(user, chosen, false);
    await accounts.endSessions(user);
    giveCookie(res, await accounts.startSession(changed));
    await audit(user, 'password changed', {});
    res.json({ ok: true });
  });

  api.post('/totp/setup', async (_req, res) => {
    const user = res.locals.user as User;
    // Replacing a working second factor needs the old one: turn it off first (password and code).
    if (user.totpSecret) {
      res.status(409).json({ error: TEXT.totpOn });
      return;
    }
    const { secret, uri } = await accounts.setupTotp(user);
    res.json({ secret, uri, qr: await QRCode.toDataURL(uri) });
  });

  api.post('/totp/enable', async (req, res) => {
    const user = res.locals.user as User;
    const parsed = TotpCode.safeParse(req.body);
    if (!parsed.success || !(await accounts.enableTotp(user, parsed.data.code.replace(/\s/g, '')))) {
      res.status(400).json({ error: TEXT.wrongCode });
      return;
    }
    await audit(user, 'totp enabled', {});
    res.json({ ok: true });
  });

  api.post('/totp/disable', async (req, res) => {
    const user = res.locals.user as User;
    const parsed = TotpOff.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'send {"password", "code"}' });
      return;
    }
    if (!user.totpSecret) {
      res.status(400).json({ error: TEXT.totpOff });
      return;
    }
    const key = `email:${user.email}`;
    if (throttled(key)) {
      res.status(429).json({ error: TEXT.throttled });
      return;
    }
    const passwordOk = Boolean(await accounts.authenticate(user.email, parsed.data.password));
    if (!passwordOk || !(await accounts.checkTotp(user, parsed.data.code.replace(/\s/g, '')))) {
      fail(key);
      res.status(401).json({ error: TEXT.wrongPasswordOrCode });
      return;
    }
    await accounts.disableTotp(user);
    await audit(user, 'totp disabled', {});
    res.json({ ok: true });
  });

  const allow =
    (...roles: Role[]): express.RequestHandler =>
    (_req, res, next) => {
      const user = res.locals.user as User;
      if (roles.includes(user.role)) return next();
      res.status(403).json({ error: TEXT.role });
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
    const password = oneTimePassword();
    try {
      const user = await accounts.createUser({ ...parsed.data, password, mustChangePassword: true });
      await audit(res.locals.user as User, 'user created', { email: user.email, role: user.role });
      res.status(201).json({ email: user.email, role: user.role, password });
    } catch {
      res.status(409).json({ error: 'a user with this e-mail address exists' });
    }
  });

  api.get('/users', allow('administrator'), async (_req, res) => {
    res.json((await accounts.list()).map((u) => ({ ...profile(u), createdAt: u.createdAt })));
  });

  // For a forgotten password or a lost phone: a new one-time password, and the app code is off, so
  // the user can get in again (an administrator could remove and invite them just as well).
  api.post('/users/:email/reset', allow('administrator'), async (req, res) => {
    const target = await accounts.find(String(req.params.email));
    if (!target) {
      res.status(404).json({ error: TEXT.noUser });
      return;
    }
    const password = oneTimePassword();
    await accounts.setPassword(target, password, true);
    if (target.totpSecret || target.totpPending) await accounts.disableTotp(target);
    await accounts.endSessions(target);
    await audit(res.locals.user as User, 'password reset', { email: target.email });
    res.json({ email: target.email, password });
  });

  api.delete('/users/:email', allow('administrator'), async (req, res) => {
    const me = res.locals.user as User;
    const target = await accounts.find(String(req.params.email));
    if (!target) {
      res.status(404).json({ error: TEXT.noUser });
      return;
    }
    // There is always an administrator left: the one who removes.
    if (target.id === me.id) {
      res.status(400).json({ error: TEXT.notYourself });
      return;
    }
    await accounts.remove(target);
    await audit(me, 'user removed', { email: target.email, role: target.role });
    res.json({ ok: true });
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
  // The admin page: static files, so the strict Content-Security-Policy (script-src 'self') holds.
  router.use('/admin', express.static(PUBLIC_DIR, { index: 'index.html', maxAge: '1h' }));
  return router;
}
