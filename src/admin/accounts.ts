/**
 * Administrators' accounts and sessions. Passwords are hashed with scrypt (node:crypto); a session
 * id is 256 random bits, given once as an httpOnly cookie and stored only as its sha256. An account
 * may add a second factor: a TOTP app code (RFC 6238; SHA1, 6 digits, 30 s, what every app reads).
 */
import { createHash, randomBytes, randomUUID, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import type { Store } from '../store/store.js';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;

/** What each role may do: administrators everything, editors trees and pool, supporters their cases, viewers monitoring. */
export type Role = 'administrator' | 'editor' | 'supporter' | 'viewer';

export interface User {
  id: string;
  email: string;
  role: Role;
  /** `scrypt$N$r$p$salt$hash`, base64 parts. */
  passwordHash: string;
  /** Supporters only: the organisation whose cases they see. */
  organisation?: string;
  createdAt: string;
  /** Set for a one-time password (an invitation, a reset): the user must choose their own first. */
  mustChangePassword?: boolean;
  /** Base32 TOTP secret once the second factor is on. */
  totpSecret?: string;
  /** Base32 secret shown by setup, waiting for a first right code. */
  totpPending?: string;
  /** The last time step whose code was accepted: a code works once (no replay). */
  totpLastStep?: number;
}

interface Session {
  /** sha256 of the cookie's value. */
  id: string;
  user: string;
  createdAt: string;
  expiresAt: string;
}

const PARAMS = { N: 16384, r: 8, p: 1 };
/** A working day; then log in again. */
export const SESSION_MS = 8 * 3_600_000;

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFKC'), salt, 32, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** Someone to compare against when the e-mail is unknown, so a wrong address takes as long as a wrong password. */
const DECOY = hashPassword(randomBytes(16).toString('hex'));

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The one TOTP setting Naast uses; the label tells the app whose code it shows. */
const totpOf = (email: string, secret: string) => new TOTP({ issuer: 'Naast', label: email, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** The time step a code belongs to, or undefined when it is not one of the previous, current or next. */
function totpStep(email: string, secret: string, code: string, at: number): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const totp = totpOf(email, secret);
  const delta = totp.validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? undefined : totp.counter({ timestamp: at }) + delta;
}

export interface Accounts {
  /** Creates the first administrator from ADMIN_EMAIL/ADMIN_PASSWORD when there is no user yet. */
  ensureFirstAdministrator(email: string | undefined, password: string | undefined): Promise<boolean>;
  createUser(input: { email: string; password: string; role: Role; organisation?: string; mustChangePassword?: boolean }): Promise<User>;
  /** The user with this e-mail address, if any. */
  find(email: string): Promise<User | undefined>;
  /** The user for an e-mail and password, or undefined; takes as long either way. */
  authenticate(email: string, password: string): Promise<User | undefined>;
  /** Gives a user a new password; `oneTime` makes them choose their own at the next login. */
  setPassword(user: User, password: string, oneTime: boolean): Promise<User>;
  /** Removes a user and ends their sessions. */
  remove(user: User): Promise<void>;
  /** A new session (the old one, if any, ends: rotation on login); returns the cookie's value. */
  startSession(user: User, previous?: string): Promise<string>;
  /** The user of a live session, or undefined. */
  sessionUser(cookie: string | undefined): Promise<User | undefined>;
  endSession(cookie: string | undefined): Promise<void>;
  /** Ends every session of a user (a new password, a reset, a removal). */
  endSessions(user: Pick<User, 'id'>): Promise<void>;
  /** A new TOTP secret, kept pending until {@link Accounts.enableTotp} sees a right code from it. */
  setupTotp(user: User): Promise<{ secret: string; uri: string }>;
  /** Turns the second factor on when `code` fits the pending secret. */
  enableTotp(user: User, code: string): Promise<boolean>;
  /** Whether `code` is a right, not yet used code of the user's second factor; a right one is used up. */
  checkTotp(user: User, code: string): Promise<boolean>;
  disableTotp(user: User): Promise<void>;
  list(): Promise<User[]>;
  /** Appends one entry to the audit log: who, what, when, and what changed. */
  audit(user: Pick<User, 'email'>, action: string, detail?: { tree?: string } & Record<string, unknown>): Promise<void>;
  auditLog(): Promise<AuditEntry[]>;
}

/** One line of the append-only audit log. */
export interface AuditEntry {
  id: string;
  at: string;
  user: string;
  action: string;
  tree?: string;
  detail?: Record<string, unknown>;
}

export function createAccounts(store: Store, now: () => Date = () => new Date()): Accounts {
  const byEmail = async (email: string) => (await store.list<User>('users', { field: 'email', value: email.trim().toLowerCase() }))[0];
  /** The stored record, so a change never writes back a stale copy from the start of a request. */
  const fresh = async (user: Pick<User, 'id'>) => {
    const stored = await store.get<User>('users', user.id);
    if (!stored) throw new Error('the user no longer exists');
    return stored;
  };
  // Checked and set without an await in between, so two requests with one code cannot both pass.
  const lastSteps = new Map<string, number>();

  const accounts: Accounts = {
    async ensureFirstAdministrator(email, password) {
      if (!email || !password || (await store.list<User>('users')).length > 0) return false;
      await accounts.createUser({ email, password, role: 'administrator' });
      return true;
    },
    async createUser({ email, password, role, organisation, mustChangePassword }) {
      const normalised = email.trim().toLowerCase();
      if (await byEmail(normalised)) throw new Error(`a user with this e-mail address exists`);
      const user: User = {
        id: randomUUID(),
        email: normalised,
        role,
        passwordHash: await hashPassword(password),
        ...(organisation ? { organisation } : {}),
        createdAt: now().toISOString(),
        ...(mustChangePassword ? { mustChangePassword: true } : {}),
      };
      await store.put('users', user);
      return user;
    },
    find: (email) => byEmail(email),
    async authenticate(email, password) {
      const user = await byEmail(email);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await DECOY));
      return user && ok ? user : undefined;
    },
    async setPassword(user, password, oneTime) {
      const { mustChangePassword: _, ...rest } = await fresh(user);
      const changed: User = { ...rest, passwordHash: await hashPassword(password), ...(oneTime ? { mustChangePassword: true } : {}) };
      await store.put('users', changed);
      return changed;
    },
    async remove(user) {
      await accounts.endSessions(user);
      await store.delete('users', user.id);
      lastSteps.delete(user.id);
    },
    async startSession(user, previous) {
      if (previous) await store.delete('sessions', sha256(previous));
      const cookie = randomBytes(32).toString('base64url');
      const at = now();
      await store.put<Session>('sessions', { id: sha256(cookie), user: user.id, createdAt: at.toISOString(), expiresAt: new Date(at.getTime() + SESSION_MS).toISOString() });
      return cookie;
    },
    async sessionUser(cookie) {
      if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return undefined;
      const session = await store.get<Session>('sessions', sha256(cookie));
      if (!session || Date.parse(session.expiresAt) <= now().getTime()) return undefined;
      return store.get<User>('users', session.user);
    },
    async endSession(cookie) {
      if (cookie) await store.delete('sessions', sha256(cookie));
    },
    async endSessions(user) {
      for (const session of await store.list<Session>('sessions', { field: 'user', value: user.id })) await store.delete('sessions', session.id);
    },
    async setupTotp(user) {
      const secret = new Secret({ size: 20 }).base32;
      await store.put<User>('users', { ...(await fresh(user)), totpPending: secret });
      return { secret, uri: totpOf(user.email, secret).toString() };
    },
    async enableTotp(user, code) {
      const stored = await fresh(user);
      if (!stored.totpPending) return false;
      const step = totpStep(stored.email, stored.totpPending, code, now().getTime());
      if (step === undefined) return false;
      const { totpPending, ...rest } = stored;
      lastSteps.set(user.id, step);
      await store.put<User>('users', { ...rest, totpSecret: totpPending, totpLastStep: step });
      return true;
    },
    async checkTotp(user, code) {
      const stored = await fresh(user);
      if (!stored.totpSecret) return false;
      const step = totpStep(stored.email, stored.totpSecret, code, now().getTime());
      if (step === undefined || step <= Math.max(lastSteps.get(user.id) ?? -1, stored.totpLastStep ?? -1)) return false;
      lastSteps.set(user.id, step);
      await store.put<User>('users', { ...stored, totpLastStep: step });
      return true;
    },
    async disableTotp(user) {
      const { totpSecret: _s, totpPending: _p, totpLastStep: _l, ...rest } = await fresh(user);
      lastSteps.delete(user.id);
      await store.put<User>('users', rest);
    },
    list: () => store.list<User>('users'),
    async audit(user, action, detail = {}) {
      const { tree, ...rest } = detail;
      await store.put<AuditEntry>('audit', { id: randomUUID(), at: now().toISOString(), user: user.email, action, ...(tree ? { tree } : {}), ...(Object.keys(rest).length ? { detail: rest } : {}) });
    },
    auditLog: () => store.list<AuditEntry>('audit'),
  };
  return accounts;
}
