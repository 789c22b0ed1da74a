/** The report as CSV: the exact machine contract, and the suppressed export for publication. */
import { DOMAIN_LABELS } from './labels.js';
import type { Report } from './report.js';
import { shownCount, shownMedianHours } from './suppression.js';

/** The header `npm run report` promises (DESIGN.md, contracts). */
export const CONTRACT_HEADER = 'domain,intakes,handoffs,complaints,accepted';

/** The contract CSV: one row per domain in DOMAINS order, exact integers (see suppression.ts for why). */
export function contractCsv(report: Report): string {
  const rows = report.domains.map((d) => [d.domain, d.intakes, d.handoffs, d.complaints, d.accepted].join(','));
  return `${[CONTRACT_HEADER, ...rows].join('\n')}\n`;
}

function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The page's download, fit to publish: counts from 1 to 4 as "<5", the median left empty when it
 * rests on fewer than 5 acceptances. Numbers are plain (no thousands separator) so spreadsheets read them.
 */
export function publicationCsv(report: Report): string {
  const header = 'domain,levensgebied,intakes,handoffs,complaints,accepted,declined,median_hours_to_acceptance';
  const count = (n: number) => shownCount(n).replaceAll('.', '');
  const rows = report.domains.map((d) =>
    [
      d.domain,
      field(DOMAIN_LABELS[d.domain].official),
      count(d.intakes),
      count(d.handoffs),
      count(d.complaints),
      count(d.accepted),
      count(d.declined),
      String(shownMedianHours(d.medianHoursToAcceptance, d.accepted) ?? ''),
    ].join(','),
  );
  return `${[header, ...rows].join('\n')}\n`;
}
