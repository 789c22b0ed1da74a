import type { LifeDomain } from '../nlu/types.js';
import type { Organisation, Pool } from './pool-schema.js';

/** What the resident needs: their life domains (primary first), the kind of help, their language. */
export interface MatchRequest {
  domains: readonly LifeDomain[];
  kind: 'support' | 'complaint';
  lang: string;
  targetGroups?: readonly string[];
}

type Candidate = { org: Organisation; index: number; key: number[] };

/**
 * Organisations that fit the request, best first; independent ones always before the others.
 * Order: domain fit (primary domain, then how many domains), language, target group, then how
 * focused the organisation is on these domains, then the order in the pool file.
 */
export function rankOrganisations(pool: Pool, request: MatchRequest): Organisation[] {
  const domains = [...new Set(request.domains)];
  const candidates = pool.organisations.filter(
    (org) => org.active && (request.kind === 'support' || org.complaintDesk),
  );

  const fitting = candidates.filter((org) => domains.some((d) => org.domains.includes(d)));
  // A complaint desk helps with complaints on any domain, so it is never left out for its domains.
  if (request.kind === 'complaint' || fitting.length > 0) {
    const shortlist = request.kind === 'complaint' ? candidates : fitting;
    return sortByKey(shortlist, (org) => {
      const covered = domains.filter((d) => org.domains.includes(d)).length;
      return [
        org.independent ? 1 : 0,
        domains[0] !== undefined && org.domains.includes(domains[0]) ? 1 : 0,
        covered,
        languageFit(org, request.lang),
        targetFit(org, request.targetGroups),
        covered / org.domains.length,
      ];
    });
  }

  // Nothing fits (or no domain is known): offer the generalists, broadest first.
  return sortByKey(candidates, (org) => [
    org.independent ? 1 : 0,
    org.domains.length,
    languageFit(org, request.lang),
    targetFit(org, request.targetGroups),
  ]);
}

/** The best independent organisation, for a resident with no preference; never a non-independent one. */
export function bestMatch(pool: Pool, request: MatchRequest): Organisation | undefined {
  const ranked = rankOrganisations(pool, request).find((org) => org.independent);
  if (ranked || request.kind === 'complaint') return ranked;
  // Only non-independent organisations fit the domains: fall back to the broadest independent one.
  return rankOrganisations(pool, { ...request, domains: [] }).find((org) => org.independent);
}

function languageFit(org: Organisation, lang: string): number {
  return org.languages.includes(lang) ? 1 : 0;
}

/** 2 for each group the organisation names, 1 when it serves everyone, 0 otherwise. */
function targetFit(org: Organisation, groups: readonly string[] | undefined): number {
  let score = 0;
  for (const group of groups ?? []) {
    if (org.targetGroups.some((g) => g === group)) score += 2;
    else if (org.targetGroups.includes('everyone')) score += 1;
  }
  return score;
}

/** Sorts by the key, highest first, then by position in the pool file, so ties are stable. */
function sortByKey(orgs: Organisation[], keyOf: (org: Organisation) => number[]): Organisation[] {
  const candidates: Candidate[] = orgs.map((org, index) => ({ org, index, key: keyOf(org) }));
  candidates.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const diff = (b.key[i] ?? 0) - (a.key[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return a.index - b.index;
  });
  return candidates.map((c) => c.org);
}
