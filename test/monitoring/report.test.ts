import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordIntake } from '../../src/monitoring/events.js';
import { DOMAIN_LABELS } from '../../src/monitoring/labels.js';
import { parsePeriod, PeriodError } from '../../src/monitoring/period.js';
import { computeReport, median, type Figures, type Report } from '../../src/monitoring/report.js';
import { contractCsv, publicationCsv } from '../../src/monitoring/report-csv.js';
import { DOMAINS } from '../../src/nlu/types.js';
import type { Store } from '../../src/store/store.js';
import { seededDataDir } from './seed.js';

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };
const zero: Figures = { intakes: 0, handoffs: 0, complaints: 0, accepted: 0, declined: 0, medianHoursToAcceptance: null };
const f = (intakes: number, handoffs: number, complaints: number, accepted: number, declined: number, median: number | null): Figures => ({
  intakes,
  handoffs,
  complaints,
  accepted,
  declined,
  medianHoursToAcceptance: median,
});

const CONTRACT_2025 = `domain,intakes,handoffs,complaints,accepted
social_support,0,0,0,0
prevention,0,0,0,0
care,3,2,1,0
youth,1,0,0,0
education,0,0,0,0
wellbeing,0,0,0,0
housing,3,1,1,1
work,0,0,0,0
income,8,7,1,6
`;

let seeded: Awaited<ReturnType<typeof seededDataDir>>;
let report: Report;

beforeAll(async () => {
  seeded = await seededDataDir();
  report = await computeReport(seeded.store, YEAR_2025);
});
afterAll(() => seeded?.cleanup());

describe('recording an intake', () => {
  it('keeps only counts: a random id, month and day in Amsterdam, channel, domains, complaint, language', async () => {
    const records: Record<string, unknown>[] = [];
    const store = { put: async (_c: string, v: Record<string, unknown>) => void records.push(v) } as unknown as Store;
    const event = await recordIntake(store, { at: new Date('2025-03-31T22:15:00Z'), channel: 'whatsapp', domains: ['income', 'care', 'income'], complaint: true, language: 'ar' });
    expect(records).toEqual([event]);
    expect(Object.keys(event).sort()).toEqual(['channel', 'complaint', 'day', 'domains', 'id', 'kind', 'language', 'month']);
    expect(event).toMatchObject({ kind: 'intake', month: '2025-04', day: '2025-04-01', channel: 'whatsapp', domains: ['care', 'income'], complaint: true, language: 'ar' });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the figures of a period', () => {
  it('counts intakes and handoffs per life domain, once for each of their domains', () => {
    const byDomain = Object.fromEntries(report.domains.map(({ domain, ...figures }) => [domain, figures]));
    expect(report.domains.map((d) => d.domain)).toEqual([...DOMAINS]);
    expect(byDomain).toEqual({
      social_support: zero,
      prevention: zero,
      care: f(3, 2, 1, 0, 1, null),
      youth: f(1, 0, 0, 0, 0, null),
      education: zero,
      wellbeing: zero,
      housing: f(3, 1, 1, 1, 0, 30),
      work: zero,
      // accepted after 2, 4, 6 (closed since), 8, 10 and 30 hours: the median is (6 + 8) / 2
      income: f(8, 7, 1, 6, 1, 7),
    });
  });

  it('counts each intake and handoff once in the totals, by the Amsterdam day it was made', () => {
    // 12 intakes and 9 handoffs: not those of 31 December 2024 (Amsterdam) nor of 1 January 2026.
    expect(report.totals).toEqual(f(12, 9, 2, 6, 2, 7));
  });

  it('lists every month of the period, empty ones too', () => {
    expect(report.months).toHaveLength(12);
    expect(report.months.slice(0, 4)).toEqual([
      { month: '2025-01', ...f(7, 6, 0, 5, 1, 6) },
      { month: '2025-02', ...f(3, 1, 1, 1, 0, 30) },
      { month: '2025-03', ...f(2, 2, 1, 0, 1, null) },
      { month: '2025-04', ...zero },
    ]);
  });

  it('counts by channel, the public channels also at zero', () => {
    expect(report.channels).toEqual([
      { channel: 'webchat', ...f(7, 6, 0, 5, 1, 6) },
      { channel: 'whatsapp', ...f(3, 2, 1, 1, 0, 30) },
      { channel: 'telegram', ...f(2, 1, 1, 0, 1, null) },
      { channel: 'email', ...zero },
      { channel: 'botframework', ...zero },
    ]);
  });

  it('counts handoffs by organisation, sorted by name', () => {
    expect(report.organisations).toEqual([
      { id: 'clientenbelang', name: 'Cliëntenbelang', handoffs: 2, complaints: 2, accepted: 1, declined: 1, medianHoursToAcceptance: 30 },
      { id: 'mee', name: 'MEE & De Wering', handoffs: 7, complaints: 0, accepted: 5, declined: 1, medianHoursToAcceptance: 6 },
    ]);
  });

  it('counts intakes by language', () => {
    expect(report.languages.filter((l) => l.intakes)).toEqual([
      { language: 'nl', intakes: 9 },
      { language: 'en', intakes: 2 },
      { language: 'tr', intakes: 1 },
    ]);
  });

  it('counts a handoff in the period of its creation, not of its acceptance', async () => {
    const lastOf2024 = await computeReport(seeded.store, { from: '2024-12-31', to: '2024-12-31' });
    expect(lastOf2024.totals).toEqual(f(0, 1, 0, 1, 0, 12));
    const newYear2026 = await computeReport(seeded.store, { from: '2026-01-01', to: '2026-01-01' });
    expect(newYear2026.totals).toEqual(f(1, 1, 0, 0, 0, null));
  });

  it('takes the median of the middle two for an even count', () => {
    expect([median([]), median([5]), median([9, 1, 5]), median([30, 2, 8, 4])]).toEqual([null, 5, 5, 6]);
  });
});

describe('the CSV outputs', () => {
  it('prints the contract CSV with exact integers, nine domains in order', () => {
    expect(contractCsv(report)).toBe(CONTRACT_2025);
  });

  it('shows 1 to 4 as "<5" in the CSV for publication, and no median on fewer than 5 acceptances', () => {
    expect(publicationCsv(report)).toBe(`domain,levensgebied,intakes,handoffs,complaints,accepted,declined,median_hours_to_acceptance
social_support,maatschappelijke ondersteuning,0,0,0,0,0,
prevention,preventieve zorg,0,0,0,0,0,
care,zorg,<5,<5,<5,0,<5,
youth,jeugdhulp,<5,0,0,0,0,
education,onderwijs,0,0,0,0,0,
wellbeing,welzijn,0,0,0,0,0,
housing,wonen,<5,<5,<5,<5,0,
work,werk,0,0,0,0,0,
income,inkomen,8,7,<5,6,<5,7
`);
  });
});

describe('the period asked for', () => {
  const now = new Date('2026-12-31T23:30:00Z'); // already 2027 in Amsterdam

  it('defaults to the current year in Amsterdam, and fills a missing end within the year of the other', () => {
    expect(parsePeriod({}, now)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(parsePeriod({ from: '2025-03-01' }, now)).toEqual({ from: '2025-03-01', to: '2025-12-31' });
    expect(parsePeriod({ to: '2024-06-30' }, now)).toEqual({ from: '2024-01-01', to: '2024-06-30' });
  });

  it.each([
    [{ from: '2025-02-30' }, 'not-a-date'],
    [{ from: '2025-1-1' }, 'not-a-date'],
    [{ to: 'yesterday' }, 'not-a-date'],
    [{ from: '2025-05-01', to: '2025-04-30' }, 'reversed'],
    [{ from: '0001-01-01', to: '2025-01-01' }, 'too-long'],
  ])('refuses %j', (asked, reason) => {
    expect(() => parsePeriod(asked, now)).toThrow(PeriodError);
    expect(() => parsePeriod(asked, now)).toThrow(expect.objectContaining({ reason }));
  });
});

describe('the domain labels', () => {
  it('are the plain Dutch labels residents see in dialogs/intake.yaml', async () => {
    const tree = parse(await readFile('dialogs/intake.yaml', 'utf8')) as { domains: Record<string, { nl: string }> };
    expect(Object.fromEntries(DOMAINS.map((d) => [d, DOMAIN_LABELS[d].plain]))).toEqual(Object.fromEntries(DOMAINS.map((d) => [d, tree.domains[d]?.nl])));
  });
});

describe('npm run report', () => {
  const run = promisify(execFile);
  const cli = (args: string[], dataDir = seeded.dataDir) =>
    run('node_modules/.bin/tsx', ['src/monitoring/report-cli.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info' } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
    );

  it('prints exactly the contract CSV for the period, and nothing else', async () => {
    expect(await cli(['--from', '2025-01-01', '--to', '2025-12-31'])).toEqual({ code: 0, stdout: CONTRACT_2025, stderr: '' });
  }, 30_000);

  it('defaults to the current year and takes --from=… alone', async () => {
    const thisYear = await cli([]);
    expect(thisYear.code).toBe(0);
    expect(thisYear.stdout).toBe(contractCsv(await computeReport(seeded.store, parsePeriod({}))));
    const march = await cli(['--from=2025-03-01']);
    expect(march.stdout).toBe(contractCsv(await computeReport(seeded.store, { from: '2025-03-01', to: '2025-12-31' })));
    expect(march.stdout.split('\n')[3]).toBe('care,0,2,1,0');
  }, 30_000);

  it.each([
    [['--from', '2025-02-30']],
    [['--from', '2025-05-01', '--to', '2025-04-01']],
    [['--from']],
    [['--since', '2025-01-01']],
    [['2025']],
  ])('exits 2 with one line on standard error for %j', async (args) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^report: [^\n]+\n$/);
  }, 30_000);

  it("reports one municipality's own store with --tenant, and refuses an id that is none", async () => {
    const root = await mkdtemp(join(tmpdir(), 'naast-report-tenants-'));
    try {
      // A municipality's lowdb folder as a multi-tenant installation keeps it: DATA_DIR/tenants/<id>/db.
      await cp(join(seeded.dataDir, 'db'), join(root, 'tenants', 'zandvoort', 'db'), { recursive: true });
      expect(await cli(['--from', '2025-01-01', '--to', '2025-12-31', '--tenant', 'zandvoort'], root)).toEqual({ code: 0, stdout: CONTRACT_2025, stderr: '' });
      const other = await cli(['--from', '2025-01-01', '--to', '2025-12-31', '--tenant', 'haarlem'], root);
      expect(other.stdout).not.toBe(CONTRACT_2025);
      expect(other.stdout).toMatch(/^domain,intakes/);
      const bad = await cli(['--tenant', '../zandvoort'], root);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^report: --tenant: not a municipality id/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('prints zeros without creating a database where DATA_DIR holds none', async () => {
    const missing = join(tmpdir(), `naast-no-data-${process.pid}`);
    const result = await cli(['--from', '2025-01-01', '--to', '2025-01-31'], missing);
    expect(result).toEqual({ code: 0, stdout: `domain,intakes,handoffs,complaints,accepted\n${DOMAINS.map((d) => `${d},0,0,0,0\n`).join('')}`, stderr: '' });
    expect(existsSync(missing)).toBe(false);
  }, 30_000);
});
