/** `GET /admin/monitoring` (the page) and `GET /admin/monitoring.csv` (its export), for administrators and viewers. */
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Accounts } from '../admin/accounts.js';
import { pageGuard } from '../admin/session-cookie.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { renderMonitoringPage, renderPeriodErrorPage, MONITORING_CSP } from './monitoring-page.js';
import { amsterdamDay, parsePeriod, PeriodError } from './period.js';
import { computeReport } from './report.js';
import { publicationCsv } from './report-csv.js';

/** Options of {@link createMonitoringRouter}. */
export interface MonitoringRouterOptions {
  store: Pick<Store, 'list'>;
  /** The admin sessions: only a signed-in administrator or viewer sees the figures. */
  accounts: Pick<Accounts, 'sessionUser'>;
  log?: Pick<Logger, 'error'>;
  now?: () => Date;
}

const HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': MONITORING_CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'X-Robots-Tag': 'noindex, nofollow',
};

/** What was wrong with the period, in plain Dutch. */
const DUTCH: Record<PeriodError['reason'], string> = {
  'not-a-date': 'Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2025-01-31.',
  reversed: 'De einddatum ligt vóór de begindatum.',
  'too-long': 'Kies een periode van hoogstens 10 kalenderjaren.',
};

function asked(req: Request): { from?: string; to?: string } {
  const one = (v: unknown) => (typeof v === 'string' ? v.slice(0, 40) : Array.isArray(v) ? '?' : undefined);
  const from = one(req.query.from);
  const to = one(req.query.to);
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** The monitoring routes; mount at the root of the app. */
export function createMonitoringRouter(options: MonitoringRouterOptions): Router {
  const { store, accounts, log } = options;
  const now = options.now ?? (() => new Date());
  const router = Router();

  const headers = (_req: Request, res: Response, next: NextFunction) => {
    res.set(HEADERS);
    next();
  };
  // No session: to the login page and back; another role: 403.
  const guard = [headers, pageGuard(accounts, 'administrator', 'viewer')];

  router.get('/admin/monitoring', ...guard, async (req, res) => {
    const question = asked(req);
    const thisYear = amsterdamDay(now()).slice(0, 4);
    let period;
    try {
      period = parsePeriod(question, now());
    } catch (err) {
      if (!(err instanceof PeriodError)) throw err;
      res.status(400).type('html').send(renderPeriodErrorPage(question, DUTCH[err.reason], thisYear));
      return;
    }
    res.type('html').send(renderMonitoringPage(await computeReport(store, period), thisYear));
  });

  router.get('/admin/monitoring.csv', ...guard, async (req, res) => {
    let period;
    try {
      period = parsePeriod(asked(req), now());
    } catch (err) {
      if (!(err instanceof PeriodError)) throw err;
      res.status(400).type('text/plain').send(`${err.message}\n`);
      return;
    }
    const csv = publicationCsv(await computeReport(store, period));
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="naast-monitoring-${period.from}-${period.to}.csv"`)
      .send(csv);
  });

  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    log?.error({ err: err instanceof Error ? err.message : String(err) }, 'monitoring page failed');
    res.status(500).type('text/plain').send('Er ging iets mis. Probeer het later opnieuw.\n');
  });

  return router;
}
