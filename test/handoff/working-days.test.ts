import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  amsterdamDate,
  amsterdamTime,
  easterSunday,
  holidayName,
  isWorkingDay,
  workingDaysBefore,
} from '../../src/handoff/working-days.js';

// Instants are written in UTC; the comment gives the Amsterdam time (CET = UTC+1, CEST = UTC+2).

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-13', true, 'a Friday'],
    ['2026-03-14', false, 'a Saturday'],
    ['2026-03-15', false, 'a Sunday'],
    ['2026-01-01', false, 'Nieuwjaarsdag'],
    ['2026-01-02', true, 'the Friday after New Year'],
    ['2026-04-03', true, 'Goede Vrijdag (not a general day off)'],
    ['2026-04-06', false, 'Tweede Paasdag 2026'],
    ['2027-03-29', false, 'Tweede Paasdag 2027'],
    ['2026-04-27', false, 'Koningsdag 2026 (a Monday)'],
    ['2027-04-27', false, 'Koningsdag 2027 (a Tuesday)'],
    ['2025-04-26', false, 'Koningsdag 2025, a Saturday because the 27th is a Sunday'],
    ['2025-04-25', true, 'the Friday before Koningsdag 2025'],
    ['2025-04-28', true, 'the Monday after Koningsdag 2025'],
    ['2025-05-05', false, 'Bevrijdingsdag in a lustrum year'],
    ['2026-05-05', true, 'Bevrijdingsdag outside a lustrum year'],
    ['2030-05-06', true, 'the day after Bevrijdingsdag 2030 (the 5th is a Sunday)'],
    ['2026-05-14', false, 'Hemelvaartsdag 2026'],
    ['2026-05-15', true, 'the Friday after Hemelvaartsdag 2026'],
    ['2027-05-06', false, 'Hemelvaartsdag 2027'],
    ['2026-05-25', false, 'Tweede Pinksterdag 2026'],
    ['2027-05-17', false, 'Tweede Pinksterdag 2027'],
    ['2025-12-25', false, 'Eerste Kerstdag 2025 (a Thursday)'],
    ['2025-12-26', false, 'Tweede Kerstdag 2025 (a Friday)'],
    ['2025-12-24', true, 'Christmas Eve'],
    ['2025-12-31', true, "New Year's Eve"],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('names the holiday that closes the day', () => {
    expect(holidayName('2025-04-26')).toBe('Koningsdag');
    expect(holidayName('2027-05-17')).toBe('Tweede Pinksterdag');
    expect(holidayName('2026-04-03')).toBeUndefined();
  });

  it.each(['2026-02-30', '2026-2-3', '03-04-2026', ''])('refuses %j', (date) => {
    expect(() => isWorkingDay(date)).toThrow(/YYYY-MM-DD/);
  });
});

describe('amsterdamDate', () => {
  it.each([
    ['2026-03-28T22:59:59Z', '2026-03-28'], // 23:59:59 CET
    ['2026-03-28T23:00:00Z', '2026-03-29'], // 00:00 CET, the night the clocks go forward
    ['2026-03-29T21:59:59Z', '2026-03-29'], // 23:59:59 CEST
    ['2026-06-30T22:30:00Z', '2026-07-01'], // 00:30 CEST
    ['2026-10-24T22:30:00Z', '2026-10-25'], // 00:30 CEST, the night the clocks go back
    ['2026-10-25T22:59:00Z', '2026-10-25'], // 23:59 CET
    ['2026-12-31T23:00:00Z', '2027-01-01'], // midnight CET
  ])('%s is %s in Amsterdam', (iso, date) => {
    expect(amsterdamDate(new Date(iso))).toBe(date);
  });
});

describe('amsterdamTime', () => {
  it.each([
    ['2026-03-16', '09:00', '2026-03-16T08:00:00.000Z'],
    ['2026-04-24', '09:00', '2026-04-24T07:00:00.000Z'],
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'], // does not exist: 03:30 CEST
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'], // happens twice: the first time (CEST)
  ])('%s %s in Amsterdam is %s', (date, time, iso) => {
    expect(amsterdamTime(date, time).toISOString()).toBe(iso);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['a Friday 17:00 ends on Tuesday 17:00, over the March DST weekend', '2026-03-27T16:00:00Z', 2, '2026-03-31T15:00:00.000Z'],
    ['a Friday 17:00 ends on Tuesday 17:00, over the October DST weekend', '2026-10-23T15:00:00Z', 2, '2026-10-27T16:00:00.000Z'],
    ['a Saturday counts from Monday, same time of day', '2026-03-14T09:00:00Z', 2, '2026-03-17T09:00:00.000Z'],
    ['a Sunday evening counts from Monday', '2026-03-15T20:00:00Z', 1, '2026-03-16T20:00:00.000Z'],
    ['a Tuesday morning ends on Thursday morning', '2026-03-10T08:30:00Z', 2, '2026-03-12T08:30:00.000Z'],
    ['Goede Vrijdag counts, Tweede Paasdag does not', '2026-04-02T08:00:00Z', 2, '2026-04-07T08:00:00.000Z'],
    ['Koningsdag itself does not count', '2026-04-27T09:00:00Z', 2, '2026-04-29T09:00:00.000Z'],
    ['the Saturday before Koningsdag skips to Tuesday', '2026-04-25T08:00:00Z', 1, '2026-04-28T08:00:00.000Z'],
    ['Bevrijdingsdag 2025 is skipped', '2025-05-02T10:00:00Z', 1, '2025-05-06T10:00:00.000Z'],
    ['Bevrijdingsdag 2026 counts', '2026-05-04T10:00:00Z', 1, '2026-05-05T10:00:00.000Z'],
    ['Hemelvaartsdag 2026 is skipped', '2026-05-13T10:00:00Z', 1, '2026-05-15T10:00:00.000Z'],
    ['Tweede Pinksterdag 2026 is skipped', '2026-05-22T15:00:00Z', 2, '2026-05-27T15:00:00.000Z'],
    ['Tweede Paasdag 2027, on the DST weekend, is skipped', '2027-03-26T16:00:00Z', 1, '2027-03-30T15:00:00.000Z'],
    ['Hemelvaartsdag 2027 is skipped', '2027-05-05T10:00:00Z', 1, '2027-05-07T10:00:00.000Z'],
    ['Tweede Pinksterdag 2027 is skipped', '2027-05-14T10:00:00Z', 1, '2027-05-18T10:00:00.000Z'],
    ['Christmas and the weekend after it are skipped', '2026-12-24T16:00:00Z', 1, '2026-12-28T16:00:00.000Z'],
    ['Nieuwjaarsdag is skipped, across the year end', '2025-12-31T08:00:00Z', 1, '2026-01-02T08:00:00.000Z'],
    ['five working days over Koningsdag 2025 (a Saturday) is a plain week', '2025-04-22T12:00:00Z', 5, '2025-04-29T12:00:00.000Z'],
    ['zero days is the same instant', '2026-03-14T09:00:00.123Z', 0, '2026-03-14T09:00:00.123Z'],
    ['milliseconds are kept', '2026-03-13T09:00:00.250Z', 1, '2026-03-16T09:00:00.250Z'],
  ])('%s', (_, from, n, expected) => {
    expect(addWorkingDays(new Date(from), n).toISOString()).toBe(expected);
  });

  it('lands n working days on, at the same Amsterdam clock time, every 7 hours over three years', () => {
    const format = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', timeStyle: 'medium' });
    const clock = (d: Date) => format.format(d);
    const wrong: string[] = [];
    for (let t = Date.parse('2025-01-01T00:17:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += 7 * 3_600_000) {
      const from = new Date(t);
      for (const n of [1, 2, 5]) {
        const to = addWorkingDays(from, n);
        let counted = 0;
        for (let day = amsterdamDate(from); day !== amsterdamDate(to); ) {
          day = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          if (isWorkingDay(day)) counted++;
        }
        const ok = isWorkingDay(amsterdamDate(to)) && counted === n && clock(to) === clock(from);
        if (!ok) wrong.push(`${from.toISOString()} + ${n} → ${to.toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s days', (n) => {
    expect(() => addWorkingDays(new Date('2026-03-13T09:00:00Z'), n)).toThrow(RangeError);
  });
});

describe('workingDaysBefore', () => {
  it.each([
    ['a Thursday deadline: three working days before is the Monday', '2026-03-19', 3, '2026-03-16'],
    ['over Koningsdag 2026', '2026-04-30', 3, '2026-04-24'],
    ['over Tweede Pinksterdag 2026', '2026-05-28', 3, '2026-05-22'],
    ['a deadline on Eerste Kerstdag', '2026-12-25', 3, '2026-12-22'],
    ['a deadline on a Saturday', '2026-03-21', 3, '2026-03-18'],
    ['over Nieuwjaarsdag and the weekend', '2027-01-05', 2, '2026-12-31'],
    ['zero days is the date itself', '2026-03-19', 0, '2026-03-19'],
  ])('%s', (_, date, n, expected) => {
    expect(workingDaysBefore(date, n)).toBe(expected);
  });
});
