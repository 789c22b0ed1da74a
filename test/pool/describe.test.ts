import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/messages.js';
import { describeOrganisation } from '../../src/pool/describe.js';
import { loadPool } from '../../src/pool/load-pool.js';

const pool = await loadPool(fileURLToPath(new URL('../../data/pool.yaml', import.meta.url)));
const org = (id: string) => {
  const found = pool.organisations.find((o) => o.id === id);
  if (!found) throw new Error(`no organisation ${id} in the pool`);
  return found;
};

describe('describeOrganisation', () => {
  it('tells name, languages, ways, response time and independence in Dutch', () => {
    const text = describeOrganisation(org('wijkcontactvrouwen'), pool, 'nl');
    expect(text).toContain('Wijkcontactvrouwen (Haarlem Effect)');
    expect(text).toContain('Talen: Nederlands, Turks, Arabisch.');
    expect(text).toContain('bezoek bij je thuis');
    expect(text).toContain('Antwoord: binnen 2 werkdagen.');
    expect(text).toContain(org('wijkcontactvrouwen').independence.nl);
  });

  it('speaks English when the resident does', () => {
    const text = describeOrganisation(org('clientenbelang'), pool, 'en');
    expect(text).toContain('Languages: Dutch.');
    expect(text).toContain('Reply: within 2 working days.');
    expect(text).not.toContain('werkdagen');
  });

  it('warns that the social district team is not independent', () => {
    expect(describeOrganisation(org('sociaal_wijkteam'), pool, 'nl')).toContain('Ze is dus niet onafhankelijk.');
    expect(describeOrganisation(org('sociaal_wijkteam'), pool, 'en')).toContain('So it is not independent.');
    expect(describeOrganisation(org('clientenbelang'), pool, 'nl')).not.toContain('niet onafhankelijk');
  });

  it('stays short plain text for every organisation', () => {
    for (const o of pool.organisations) {
      for (const lang of LANGS) {
        const text = describeOrganisation(o, pool, lang);
        expect(text.split('\n').length).toBeLessThanOrEqual(o.independent ? 5 : 6);
        expect(text).not.toMatch(/[*_#`]|\]\(/);
      }
    }
  });
});
