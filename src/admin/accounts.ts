/**
 * Administrators' accounts and sessions. Passwords are hashed with scrypt (node:crypto); a session
 * id is 256 random bits, given once as an httpOnly cookie and stored only as its sha256.
 */
import { createHash, randomBytes, randomUUID, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
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
const SESSION_MS = 8 * 3_600_000;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFKC'), salt, 32, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** Someone to compare against when the e-mail is unknown, so a wrong address takes as long as a wrong password. */
const DECOY = hashPassword(randomBytes(16).toString('hex'));

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface Accounts {
  /** Creates the first administrator from ADMIN_EMAIL/ADMIN_PASSWORD when there is no user yet. */
  ensureFirstAdministrator(email: string | undefined, password: string | undefined): Promise<boolean>;
  createUser(input: { email: string; password: string; role: Role; organisation?: string }): Promise<User>;
  /** The user for an e-mail and password, or undefined; takes as long either way. */
  authenticate(email: string, password: string): Promise<User | undefined>;
  /** A new session (the old one, if any, ends: rotation on login); returns the cookie's value. */
  startSession(user: User, previous?: string): Promise<string>;
  /** The user of a live session, or undefined. */
  sessionUser(cookie: string | undefined): Promise<User | undefined>;
  endSession(cookie: string | undefined): Promise<void>;
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
  const accounts: Accounts = {
    async ensureFirstAdministrator(email, password) {
      if (!email || !password || (await store.list<User>('users')).length > 0) return false;
      await accounts.createUser({ email, password, role: 'administrator' });
      return true;
    },
    async createUser({ email, password, role, organisation }) {
      const normalised = email.trim().toLowerCase();
      if (await byEmail(normalised)) throw new Error(`a user with this e-mail address exists`);
      const user: User = { id: randomUUID(), email: normalised, role, passwordHash: await hashPassword(password), ...(organisation ? { organisation } : {}), createdAt: now().toISOString() };
      await store.put('users', user);
      return user;
    },
    async authenticate(email, password) {
      const user = await byEmail(email);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await DECOY));
      return user && ok ? user : undefined;
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
    list: () => store.list<User>('users'),
    async audit(user, action, detail = {}) {
      const { tree, ...rest } = detail;
      await store.put<AuditEntry>('audit', { id: randomUUID(), at: now().toISOString(), user: user.email, action, ...(tree ? { tree } : {}), ...(Object.keys(rest).length ? { detail: rest } : {}) });
    },
    auditLog: () => store.list<AuditEntry>('audit'),
  };
  return accounts;
}
