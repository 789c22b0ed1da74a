/** Short case references for residents, and the secret tokens of supporters' case pages. */
import { createHash, randomBytes as cryptoRandomBytes } from 'node:crypto';

/** Characters a reference uses: digits and capitals without look-alikes (no 0/O, 1/I/L). */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** How many characters follow the prefix. */
export const REFERENCE_LENGTH = 4;

/** The shape of every reference: two capitals, a hyphen, four characters of the alphabet. */
export const REFERENCE_PATTERN = new RegExp(`^[A-Z]{2}-[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

// Largest multiple of the alphabet's size that fits in a byte: bytes at or above it are
// thrown away, so every character is equally likely (no modulo bias).
const LIMIT = 256 - (256 % REFERENCE_ALPHABET.length);

/** A new random reference such as `HA-7K3Q`; `prefix` must be two capital letters. */
export function newReference(prefix: string, randomBytes: (n: number) => Buffer = cryptoRandomBytes): string {
  if (!/^[A-Z]{2}$/.test(prefix)) throw new RangeError(`reference prefix must be two capital letters, got ${JSON.stringify(prefix)}`);
  let out = '';
  for (let guard = 0; out.length < REFERENCE_LENGTH; guard++) {
    if (guard > 1000) throw new Error('reference: the random source keeps giving unusable bytes');
    for (const byte of randomBytes(REFERENCE_LENGTH * 2)) {
      if (byte >= LIMIT) continue;
      out += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length];
      if (out.length === REFERENCE_LENGTH) break;
    }
  }
  return `${prefix}-${out}`;
}

/** Upper-cases and trims what a resident typed, so `ha-7k3q ` finds `HA-7K3Q`. */
export function normaliseReference(input: string): string {
  return input.trim().toUpperCase();
}

/** A new case-page token (256 random bits, base64url) and the sha256 hex hash that is stored instead. */
export function newCaseToken(): { token: string; hash: string } {
  const token = cryptoRandomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** The stored form of a case token: sha256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a string looks like a case token, checked before any lookup (base64url, 43 characters for 32 bytes). */
export function isCaseTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{22,128}$/.test(token);
}
