import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REFERENCE_ALPHABET, REFERENCE_PATTERN, hashToken, newCaseToken, newReference } from '../../src/handoff/reference.js';

describe('newReference', () => {
  it('draws two capitals, a hyphen and four characters without look-alikes, evenly', () => {
    const counts = new Map<string, number>();
    const draws = 20_000;
    const malformed: string[] = [];
    for (let i = 0; i < draws; i++) {
      const ref = newReference('HA');
      if (!REFERENCE_PATTERN.test(ref) || !ref.startsWith('HA-')) malformed.push(ref);
      for (const c of ref.slice(3)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(malformed).toEqual([]);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01ILO]/);
    expect([...counts.keys()].sort().join('')).toBe([...REFERENCE_ALPHABET].sort().join(''));
    const expected = (draws * 4) / REFERENCE_ALPHABET.length;
    for (const n of counts.values()) expect(Math.abs(n - expected)).toBeLessThan(expected * 0.15);
  });

  it('throws away bytes that would bias the draw', () => {
    const bytes = Buffer.from([255, 248, 0, 1, 30, 247]);
    // 248..255 are skipped; 0 → '2', 1 → '3', 30 → 'Z', 247 (= 7 × 31 + 30) → 'Z'.
    expect(newReference('KL', () => bytes)).toBe('KL-23ZZ');
  });

  it('asks for more randomness when a draw is all unusable bytes', () => {
    const batches = [Buffer.alloc(8, 250), Buffer.from([2, 3, 4, 5, 6, 7, 8, 9])];
    expect(newReference('HA', () => batches.shift() ?? Buffer.alloc(8, 0))).toBe('HA-4567');
  });

  it('refuses a prefix that is not two capital letters', () => {
    expect(() => newReference('ha')).toThrow(RangeError);
    expect(() => newReference('HAA')).toThrow(RangeError);
  });
});

describe('case tokens', () => {
  it('are base64url with at least 128 random bits, stored only as their sha256', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { token, hash } = newCaseToken();
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
      expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(hashToken(token)).toBe(hash);
      seen.add(token);
    }
    expect(seen.size).toBe(1000);
  });
});
