import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOMAINS, type LifeDomain } from '../../src/nlu/types.js';
import { loadPool } from '../../src/pool/load-pool.js';
import { bestMatch, rankOrganisations, type MatchRequest } from '../../src/pool/match.js';
import { PoolSchema, type Pool } from '../../src/pool/pool-schema.js';

const pool = await loadPool(fileURLToPath(new URL('../../data/pool.yaml', import.meta.url)));

const support = (domains: LifeDomain[], extra: Partial<MatchRequest> = {}): MatchRequest => ({
  domains,
  kind: 'support',
  lang: 'nl',
  ...extra,
});
const ids = (p: Pool, request: MatchRequest): string[] => rankOrganisations(p, request).map((o) => o.id);

/** A small pool whose organisations differ only where a test says so. */
function tinyPool(orgs: { id: string; domains: LifeDomain[]; independent?: boolean; active?: boolean; languages?: string[] }[]): Pool {
  const text = { nl: 'x', en: 'x' };
  return PoolSchema.parse({
    municipality: 'Test',
    referencePrefix: 'TE',
    frontDesk: { name: text, phone: '14 023', hours: text },
    labels: {
      ways: { phone: text, home_visit: text, email: text, whatsapp: text, walk_in: text },
      languages: { nl: text, en: text },
    },
    organisations: orgs.map((o) => ({
      description: text,
      languages: ['nl'],
      targetGroups: ['everyone'],
      ways: ['phone'],
      email: `${o.id}@example.org`,
      responseTime: text,
      independent: true,
      independence: text,
      complaintDesk: false,
      active: true,
      name: o.id,
      ...o,
    })),
  });
}

describe('rankOrganisations on the Haarlem pool', () => {
  it.each([
    ['an income question', support(['income']), 'sociaal_raadslieden'],
    ['a money and housing question', support(['income', 'housing']), 'sociaal_raadslieden'],
    ['a youth question', support(['youth']), 'cjg'],
    ['a youth question with school', support(['youth', 'education']), 'cjg'],
    ['a care question from an older resident', support(['care'], { targetGroups: ['older'] }), 'ouderenbond'],
    ['a care question from a carer', support(['care'], { targetGroups: ['carers'] }), 'steunpunt_mantelzorg'],
    ['an income question in Turkish', support(['income'], { lang: 'tr' }), 'wijkcontactvrouwen'],
    ['a wellbeing question in Arabic', support(['wellbeing'], { lang: 'ar' }), 'wijkcontactvrouwen'],
  ])('puts the right organisation first for %s', (_name, request, first) => {
    expect(ids(pool, request)[0]).toBe(first);
  });

  it('puts the organisations for people with a disability first for a resident with one', () => {
    const ranked = ids(pool, support(['social_support'], { targetGroups: ['disability'] }));
    expect(ranked.slice(0, 2).sort()).toEqual(['clientenbelang', 'mee_de_wering']);
  });

  it('offers only Cliëntenbelang for a complaint, whatever the domain', () => {
    for (const domain of DOMAINS) {
      expect(ids(pool, { domains: [domain], kind: 'complaint', lang: 'nl' })).toEqual(['clientenbelang']);
    }
    expect(ids(pool, { domains: [], kind: 'complaint', lang: 'en' })).toEqual(['clientenbelang']);
  });

  it('leaves out organisations that cover none of the domains', () => {
    const ranked = ids(pool, support(['youth']));
    expect(ranked).toContain('cjg');
    expect(ranked).not.toContain('steunpunt_mantelzorg');
    expect(ranked).not.toContain('sociaal_raadslieden');
  });

  it('lets the primary domain count more than a second one', () => {
    // Both cover one of the two domains; the CJG covers the primary one.
    const ranked = ids(pool, support(['prevention', 'work']));
    expect(ranked.indexOf('cjg')).toBeLessThan(ranked.indexOf('sociaal_raadslieden'));
    const reversed = ids(pool, support(['work', 'prevention']));
    expect(reversed.indexOf('sociaal_raadslieden')).toBeLessThan(reversed.indexOf('cjg'));
  });

  it('offers the broadest organisations when no domain is known', () => {
    const ranked = rankOrganisations(pool, support([]));
    expect(ranked).toHaveLength(pool.organisations.length);
    const independentBreadth = ranked.filter((o) => o.independent).map((o) => o.domains.length);
    expect(independentBreadth).toEqual([...independentBreadth].sort((a, b) => b - a));
  });

  it('never puts the social district team first or before an independent organisation', () => {
    const requests: MatchRequest[] = [support([])];
    for (const a of DOMAINS) {
      for (const b of DOMAINS) requests.push(support(a === b ? [a] : [a, b]));
    }
    for (const request of requests) {
      for (const lang of ['nl', 'en', 'tr']) {
        const ranked = rankOrganisations(pool, { ...request, lang });
        expect(ranked[0]?.id).not.toBe('sociaal_wijkteam');
        const firstDependent = ranked.findIndex((o) => !o.independent);
        if (firstDependent >= 0) expect(ranked.slice(firstDependent).every((o) => !o.independent)).toBe(true);
      }
    }
  });

  it('gives the same order every time', () => {
    const request = support(['care', 'housing'], { lang: 'en' });
    expect(ids(pool, request)).toEqual(ids(pool, request));
  });
});

describe('rankOrganisations rules', () => {
  it('keeps the order of the pool file when organisations fit equally', () => {
    const p = tinyPool([
      { id: 'b', domains: ['care'] },
      { id: 'a', domains: ['care'] },
      { id: 'c', domains: ['care'] },
    ]);
    expect(ids(p, support(['care']))).toEqual(['b', 'a', 'c']);
  });

  it('leaves out inactive organisations', () => {
    const p = tinyPool([
      { id: 'gone', domains: ['care'], active: false },
      { id: 'here', domains: ['care'] },
    ]);
    expect(ids(p, support(['care']))).toEqual(['here']);
  });

  it('puts a non-independent organisation after an independent one that fits worse', () => {
    const p = tinyPool([
      { id: 'team', domains: ['care', 'housing'], independent: false },
      { id: 'free', domains: ['housing'] },
    ]);
    expect(ids(p, support(['care', 'housing']))).toEqual(['free', 'team']);
  });

  it('prefers an organisation that speaks the resident\'s language', () => {
    const p = tinyPool([
      { id: 'dutch', domains: ['care'] },
      { id: 'english', domains: ['care'], languages: ['nl', 'en'] },
    ]);
    expect(ids(p, support(['care'], { lang: 'en' }))).toEqual(['english', 'dutch']);
    expect(ids(p, support(['care'], { lang: 'nl' }))).toEqual(['dutch', 'english']);
  });
});

describe('bestMatch', () => {
  it('picks the best independent organisation for "no preference"', () => {
    expect(bestMatch(pool, support(['income']))?.id).toBe('sociaal_raadslieden');
    expect(bestMatch(pool, support(['youth']))?.id).toBe('cjg');
    expect(bestMatch(pool, { domains: ['care'], kind: 'complaint', lang: 'nl' })?.id).toBe('clientenbelang');
  });

  it('never picks the social district team', () => {
    for (const domain of DOMAINS) {
      for (const lang of ['nl', 'en']) {
        const best = bestMatch(pool, support([domain], { lang }));
        expect(best?.independent).toBe(true);
        expect(best?.id).not.toBe('sociaal_wijkteam');
      }
    }
  });

  it('falls back to the broadest independent organisation when only a non-independent one fits', () => {
    const p = tinyPool([
      { id: 'narrow', domains: ['care'] },
      { id: 'broad', domains: ['care', 'housing', 'income'] },
      { id: 'team', domains: ['work'], independent: false },
    ]);
    expect(ids(p, support(['work']))).toEqual(['team']);
    expect(bestMatch(p, support(['work']))?.id).toBe('broad');
  });

  it('finds nothing for a complaint when the pool has no complaint desk', () => {
    const p = tinyPool([{ id: 'a', domains: ['care'] }]);
    expect(bestMatch(p, { domains: ['care'], kind: 'complaint', lang: 'nl' })).toBeUndefined();
  });
});
