import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMonitoringRouter } from '../../src/monitoring/monitoring-routes.js';
import { seededDataDir } from '../monitoring/seed.js';
import { checkAccessibleAtTwoWidths, chromiumAvailable, chromiumPath, describeViolations, launchBrowser, type Browser } from './browser.js';

// The municipality's monitoring page in real headless Chromium, over a seeded lowdb store.

const available = chromiumAvailable();
const inCi = Boolean(process.env.CI);
if (!available) {
  console.warn(`\n[monitoring e2e] No Chromium at ${chromiumPath} (set CHROMIUM_PATH).` + (inCi ? ' CI must run this test, so it fails.\n' : ' Skipping.\n'));
}

const PASSWORD = 'correct horse battery';
const SCREENSHOT = '/tmp/naast-monitoring.png';

describe.skipIf(!available && !inCi)('the monitoring page in a browser', () => {
  let seeded: Awaited<ReturnType<typeof seededDataDir>> | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let url = '';
  const cspErrors: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${chromiumPath}; CI needs it for the monitoring test`);
    seeded = await seededDataDir();
    const app = express();
    app.use(createMonitoringRouter({ store: seeded.store, adminPassword: PASSWORD }));
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/monitoring?from=2025-01-01&to=2025-12-31`;
    browser = await launchBrowser();
    browser.page.on('console', (m) => {
      if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text()) && !/axe/i.test(m.text())) cspErrors.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await seeded?.cleanup();
  });

  it('shows the same numbers in the chart as in the table beside it', async () => {
    const page = browser!.page;
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const drawn = await page.$$eval('svg.chart text.value', (texts) =>
      texts.map((t) => ({ domain: t.getAttribute('data-domain'), series: t.getAttribute('data-series'), value: t.textContent })),
    );
    const tabled = await page.$$eval('#domains tbody tr', (rows) =>
      rows.flatMap((row) => {
        const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
        const domain = row.getAttribute('data-row');
        return [
          { domain, series: 'intakes', value: cells[0] ?? null },
          { domain, series: 'handoffs', value: cells[1] ?? null },
        ];
      }),
    );
    expect(drawn).toHaveLength(18);
    expect(drawn).toEqual(tabled);
    expect(drawn.filter((d) => d.domain === 'income')).toEqual([
      { domain: 'income', series: 'intakes', value: '8' },
      { domain: 'income', series: 'handoffs', value: '7' },
    ]);
    expect(drawn.find((d) => d.domain === 'care' && d.series === 'intakes')?.value).toBe('<5');
    // The chart has a name of its own, and the page styles applied under its strict CSP.
    expect(await page.getByRole('img', { name: /Hulpvragen en doorverwijzingen per levensgebied/ }).count()).toBe(1);
    expect(await page.$eval('th', (th) => getComputedStyle(th).borderTopStyle)).toBe('solid');
    expect(cspErrors).toEqual([]);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('passes axe-core with no violations, also at 320 px wide without sideways scrolling', async () => {
    const page = browser!.page;
    const { wide, narrow, overflow } = await checkAccessibleAtTwoWidths(page);
    expect(wide, `axe violations at 1024 px:\n${describeViolations(wide)}`).toEqual([]);
    expect(narrow, `axe violations at 320 px:\n${describeViolations(narrow)}`).toEqual([]);
    expect(overflow, 'horizontal overflow at 320 px, in px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1024, height: 768 });
  }, 60_000);

  it('changes the period through the form, without JavaScript', async () => {
    const page = browser!.page;
    await page.fill('#from', '2025-03-01');
    await page.fill('#to', '2025-03-31');
    await Promise.all([page.waitForURL(/from=2025-03-01&to=2025-03-31/), page.click('button[type=submit]')]);
    expect(await page.textContent('#domains tr[data-row="income"] td')).toBe('<5');
    expect(await page.$$eval('#months tbody tr', (rows) => rows.length)).toBe(1);
  });

  it('asks a browser behind a proxy for the password, and opens with it', async () => {
    const page = browser!.page;
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '203.0.113.7' });
    // Headless Chromium cannot show the password prompt that a 401 with WWW-Authenticate asks for.
    await expect(page.goto(url)).rejects.toThrow(/ERR_INVALID_AUTH_CREDENTIALS/);
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '203.0.113.7', Authorization: `Basic ${Buffer.from(`gemeente:${PASSWORD}`).toString('base64')}` });
    const allowed = await page.goto(url);
    expect(allowed?.status()).toBe(200);
    expect(await page.textContent('h1')).toBe('Monitoring cliëntondersteuning');
    await page.setExtraHTTPHeaders({});
  });
});
