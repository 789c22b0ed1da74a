/**
 * Small-number suppression for figures that people see.
 *
 * Decision: a count from 1 to 4 is shown as "<5" on the monitoring page and in its CSV export
 * (meant for publication, e.g. the yearly report to the council), because in a town the size of
 * Haarlem "2 complaints about youth care from WhatsApp in March" can point at a person. A median
 * time to acceptance is left out when it rests on fewer than 5 acceptances, for the same reason.
 * The contract CLI (`npm run report`) prints exact integers instead: it is the machine contract,
 * run on the server by someone who can read the database anyway, and its output is input for
 * other programs, not a publication. Whoever publishes from it must suppress as above.
 *
 * Limit: this is primary suppression only. Where a page shows a breakdown next to its exact total
 * (months, channels, organisations, languages all add up to the summary), a single "<5" in a column
 * can be worked out by subtraction. That page is for the municipality's own staff behind admin
 * access; the export for publication has no totals, and its domain rows do not add up to anything
 * (an intake counts once per domain), so it does not leak that way. Publishing a breakdown with
 * totals needs secondary suppression first.
 */

/** Counts from 1 up to this are hidden. */
export const SUPPRESS_BELOW = 5;

/** A count as a person may see it: "<5" for 1–4, otherwise the number in Dutch notation. */
export function shownCount(n: number): string {
  return isSuppressed(n) ? `<${SUPPRESS_BELOW}` : n.toLocaleString('nl-NL');
}

/** Whether a count is hidden. */
export function isSuppressed(n: number): boolean {
  return n > 0 && n < SUPPRESS_BELOW;
}

/** The median hours rounded to one decimal, or undefined when it may not be shown (no or too few acceptances). */
export function shownMedianHours(median: number | null, accepted: number): number | undefined {
  if (median === null || accepted < SUPPRESS_BELOW) return undefined;
  return Math.round(median * 10) / 10;
}
