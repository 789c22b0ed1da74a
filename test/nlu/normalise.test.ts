import { describe, expect, it } from 'vitest';
import { fold, normalise, tokens } from '../../src/nlu/normalise.js';

const CASES: [string, string][] = [
  ['Hallo', 'hallo'],
  ['  veel   spaties\t\nen regels ', 'veel spaties en regels'],
  ['suïcidaal', 'suicidaal'],
  ['Cliëntondersteuning', 'clientondersteuning'],
  ['café crème', 'cafe creme'],
  ["can't pay", 'cant pay'],
  ["m'n huur", 'mn huur'],
  ['re-integratie, UWV!', 're integratie uwv'],
  ['schulden???', 'schulden'],
  ['yardım borç', 'yardim borc'],
  ['pieniędzy łóżko', 'pieniedzy lozko'],
  ['İSTANBUL', 'istanbul'],
  ['hoi 👋', 'hoi'],
  ['<b>vet</b>', 'b vet b'],
  ['', ''],
  ['!!!', ''],
];

describe('normalise', () => {
  it.each(CASES)('%j → %j', (input, output) => expect(normalise(input)).toBe(output));

  it('keeps punctuation in fold', () => {
    expect(fold('Ik kan niet meer.')).toBe('ik kan niet meer.');
  });

  it('splits into tokens', () => {
    expect(tokens('Ik heb, schulden!')).toEqual(['ik', 'heb', 'schulden']);
    expect(tokens('  ')).toEqual([]);
  });
});
