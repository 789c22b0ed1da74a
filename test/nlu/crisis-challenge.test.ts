import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/nlu/crisis.js';
import { CHALLENGE_CRISIS, CHALLENGE_NOT_CRISIS } from './crisis-challenge.js';

describe('crisis challenge set', () => {
  it.each(CHALLENGE_CRISIS)('flags: %s', (text) => expect(detectCrisis(text)).toBe(true));
  it.each(CHALLENGE_NOT_CRISIS)('does not flag: %s', (text) => expect(detectCrisis(text)).toBe(false));

  it('holds distinct sentences on both sides', () => {
    const all = [...CHALLENGE_CRISIS, ...CHALLENGE_NOT_CRISIS];
    expect(new Set(all).size).toBe(all.length);
  });
});
