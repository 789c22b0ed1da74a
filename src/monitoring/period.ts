/** Reporting periods: Amsterdam calendar days and months, and the `from`/`to` a person asks for. */

/** A period that cannot be reported on; `field` names the argument that is wrong, `reason` why. */
export class PeriodError extends Error {
  override readonly name = 'PeriodError';
  constructor(
    readonly field: 'from' | 'to',
    readonly reason: 'not-a-date' | 'reversed' | 'too-long',
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** Both ends inclusive, as Amsterdam dates `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

/** Longest period we report on, so a typo like 0001 cannot ask for 24,000 months. */
const MAX_YEARS = 10;

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Amsterdam of a moment, `YYYY-MM-DD`. */
export function amsterdamDay(at: Date): string {
  const parts = Object.fromEntries(amsterdamDate.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The calendar month in Amsterdam of a moment, `YYYY-MM`. */
export function amsterdamMonth(at: Date): string {
  return amsterdamDay(at).slice(0, 7);
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The period asked for. Without either end: the current calendar year (Amsterdam). With one end,
 * the other falls in the same year (`from` 2025-03-01 alone means up to 2025-12-31).
 */
export function parsePeriod(asked: { from?: string | undefined; to?: string | undefined }, now: Date = new Date()): Period {
  const from = asked.from?.trim() || undefined;
  const to = asked.to?.trim() || undefined;
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !isDate(value)) throw new PeriodError(field, 'not-a-date', `not a date as YYYY-MM-DD: ${JSON.stringify(value.slice(0, 40))}`);
  }
  const year = (from ?? to ?? amsterdamDay(now)).slice(0, 4);
  const period = { from: from ?? `${(to ?? year).slice(0, 4)}-01-01`, to: to ?? `${year}-12-31` };
  if (period.from > period.to) throw new PeriodError('to', 'reversed', `${period.to} is before ${period.from}`);
  if (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) >= MAX_YEARS) {
    throw new PeriodError('to', 'too-long', `a period can span at most ${MAX_YEARS} calendar years`);
  }
  return period;
}

/** Every month `YYYY-MM` that a period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let y = Number(period.from.slice(0, 4));
  let m = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}
