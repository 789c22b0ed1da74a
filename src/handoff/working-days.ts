/**
 * Dutch working days in Europe/Amsterdam, so follow-ups on a handoff count the days an
 * organisation is actually open.
 *
 * A working day is Monday to Friday, except these national public holidays:
 * - Nieuwjaarsdag (1 January), Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag,
 *   Eerste and Tweede Kerstdag (25 and 26 December). Eerste Paasdag and Eerste Pinksterdag are
 *   Sundays and listed only so {@link holidayName} can name them.
 * - Koningsdag is 27 April, or 26 April when the 27th is a Sunday (2025: Saturday 26 April).
 * - Bevrijdingsdag (5 May) only in lustrum years (2025, 2030, …). Government offices and many
 *   collective agreements give the day off only then; in other years most organisations are open.
 * - Goede Vrijdag is left out on purpose: it is not a general day off in the Netherlands (only
 *   some employers close), so the organisations in the pool are taken to be open.
 *
 * Dates are Amsterdam calendar dates as `YYYY-MM-DD`; instants are `Date`s. All day arithmetic
 * is done on calendar dates and turned into instants last, so daylight-saving changes (last
 * Sunday of March and October) never shift a day or an hour.
 */

const ZONE = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

const wallFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Amsterdam wall clock at `t` (ms), as a UTC timestamp with the same fields, whole seconds. */
function wallClock(t: number): number {
  const p: Record<string, number> = {};
  for (const part of wallFormat.formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}

/** Amsterdam's offset from UTC at instant `t`, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(t: number): number {
  return wallClock(t) - Math.floor(t / 1000) * 1000;
}

function validInstant(at: Date, where: string): number {
  const t = at.getTime();
  if (Number.isNaN(t)) throw new RangeError(`${where}: invalid Date`);
  return t;
}

/** Parses `YYYY-MM-DD` to midnight UTC of that date; throws on anything else. */
function parseYmd(date: string, where: string): number {
  const m = YMD.exec(date);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`${where}: "${date}" is not a YYYY-MM-DD date`);
  }
  return t;
}

const ymdOf = (utcMidnight: number): string => new Date(utcMidnight).toISOString().slice(0, 10);

/** The calendar date in Amsterdam at `at`, as YYYY-MM-DD. */
export function amsterdamDate(at: Date): string {
  return ymdOf(wallClock(validInstant(at, 'amsterdamDate')));
}

/** The calendar date `days` after (or before, when negative) `date`, as YYYY-MM-DD. */
export function addCalendarDays(date: string, days: number): string {
  return ymdOf(parseYmd(date, 'addCalendarDays') + days * DAY_MS);
}

/**
 * The instant at Amsterdam wall-clock time `msOfDay` (ms since midnight) on `date`. A time that
 * does not exist (the hour skipped in March) moves forward by that hour; a time that occurs twice
 * (the hour repeated in October) is its first occurrence. Neither can happen on a working day.
 */
function zonedInstant(date: string, msOfDay: number, where: string): Date {
  const wall = parseYmd(date, where) + msOfDay;
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const valid = [before, after].map((o) => wall - o).filter((t) => offsetAt(t) === wall - t);
  return new Date(valid.length ? Math.min(...valid) : wall - before);
}

/** The instant of Amsterdam time `time` (`HH:MM`) on `date` (YYYY-MM-DD), e.g. 09:00 on a reminder day. */
export function amsterdamTime(date: string, time: string): Date {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new RangeError(`amsterdamTime: "${time}" is not a HH:MM time`);
  return zonedInstant(date, (Number(m[1]) * 60 + Number(m[2])) * 60_000, 'amsterdamTime');
}

/** Easter Sunday of `year` (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymdOf(Date.UTC(year, month - 1, day));
}

const holidayCache = new Map<number, Map<string, string>>();

function holidaysOf(year: number): Map<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const pad = (n: number) => String(n).padStart(2, '0');
  const on = (month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? on(4, 26) : on(4, 27);
  const list: [string, string][] = [
    [on(1, 1), 'Nieuwjaarsdag'],
    [easter, 'Eerste Paasdag'],
    [addCalendarDays(easter, 1), 'Tweede Paasdag'],
    [kingsDay, 'Koningsdag'],
    ...(year % 5 === 0 ? [[on(5, 5), 'Bevrijdingsdag'] as [string, string]] : []),
    [addCalendarDays(easter, 39), 'Hemelvaartsdag'],
    [addCalendarDays(easter, 49), 'Eerste Pinksterdag'],
    [addCalendarDays(easter, 50), 'Tweede Pinksterdag'],
    [on(12, 25), 'Eerste Kerstdag'],
    [on(12, 26), 'Tweede Kerstdag'],
  ];
  const map = new Map(list);
  holidayCache.set(year, map);
  return map;
}

/** The Dutch name of the public holiday on `date` (YYYY-MM-DD) that closes organisations, or undefined. */
export function holidayName(date: string): string | undefined {
  parseYmd(date, 'holidayName');
  return holidaysOf(Number(date.slice(0, 4))).get(date);
}

/** Whether `date` (YYYY-MM-DD, an Amsterdam date) is a Dutch working day: Monday–Friday and no public holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(parseYmd(date, 'isWorkingDay')).getUTCDay();
  return weekday !== 0 && weekday !== 6 && holidayName(date) === undefined;
}

function checkCount(n: number, where: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${where}: ${n} is not a whole number of days ≥ 0`);
}

/** The `n`-th working day after `date` (`date` itself not counted); `date` when `n` is 0. */
function workingDaysAfter(date: string, n: number): string {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * `n` working days after `at`: the same Amsterdam wall-clock time on the `n`-th working day after
 * `at`'s Amsterdam date. The day of `at` itself never counts, whether or not it is a working day,
 * and office hours play no part. So "within 2 working days" of Friday 17:00 ends Tuesday 17:00,
 * of Saturday 10:00 ends Tuesday 10:00, and of Koningsdag (Monday 27 April 2026) 11:00 ends
 * Wednesday 29 April 11:00. The answer is the same clock time across a daylight-saving change.
 */
export function addWorkingDays(at: Date, n: number): Date {
  const t = validInstant(at, 'addWorkingDays');
  checkCount(n, 'addWorkingDays');
  if (n === 0) return new Date(t);
  const wall = wallClock(t) + (((t % 1000) + 1000) % 1000);
  const midnight = Math.floor(wall / DAY_MS) * DAY_MS;
  return zonedInstant(workingDaysAfter(ymdOf(midnight), n), wall - midnight, 'addWorkingDays');
}

/** The `n`-th working day before `date` (YYYY-MM-DD; `date` itself not counted), e.g. when to remind before a deadline. */
export function workingDaysBefore(date: string, n: number): string {
  parseYmd(date, 'workingDaysBefore');
  checkCount(n, 'workingDaysBefore');
  let day = date;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, -1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
