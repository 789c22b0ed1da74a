import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningNaast } from '../../src/app.js';
import { seededDataDir } from '../monitoring/seed.js';
import { invite, login } from '../support/admin-login.js';
import { ADMIN, collectErrors, expectAccessible, keyboardLogin, startAdminBrowser, tabTo } from './admin-page.js';
import { chromiumAvailable, chromiumPath, type Browser } from './browser.js';

// The municipality's monitoring page in real headless Chromium, over a seeded lowdb store, reached
// the way staff reach it: logged in at /admin, through the menu.

const available = chromiumAvailable();
const inCi = Boolean(process.env.CI);
if (!available) {
  console.warn(`\n[monitoring e2e] No Chromium at ${chromiumPath} (set CHROMIUM_PATH).` + (inCi ? ' CI must run this test, so it fails.\n' : ' Skipping.\n'));
}

const VIEWER = { email: 'kijker@haarlem.example', password: 'kijker wachtwoord 12' };
const SCREENSHOT = '/tmp/naast-monitoring.png';

/** Waits until the shell has shown its view (focus on the heading), or said that it could not load it. */
async function viewFocused(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.matches('#view h1') || /kon niet laden/.test(document.getElementById('status')?.textContent ?? ''));
}

describe.skipIf(!available && !inCi)('the monitoring page in a browser', () => {
  let seeded: Awaited<ReturnType<typeof seededDataDir>> | undefined;
  let naast: RunningNaast | undefined;
  let browser: Browser | undefined;
  let stop = async () => {};
  let url = '';
  const cspErrors: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${chromiumPath}; CI needs it for the monitoring test`);
    seeded = await seededDataDir();
    // The seeded files are Naast's data folder from here on.
    await seeded.store.close();
    ({ naast, browser, stop } = await startAdminBrowser('monitoring', { DATA_DIR: seeded.dataDir }));
    await invite(naast.url, await login(naast.url, ADMIN.email, ADMIN.password), { email: VIEWER.email, role: 'viewer' }, VIEWER.password);
    url = `${naast.url}/admin/monitoring?from=2025-01-01&to=2025-12-31`;
    collectErrors(browser.page, pageErrors);
    browser.page.on('console', (m) => {
      if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text()) && !/axe/i.test(m.text())) cspErrors.push(m.text());
    });
  });

  afterAll(async () => {
    await stop();
    await seeded?.cleanup();
  });

  it('opens for an administrator who logs in with the keyboard and follows "Monitoring" in the menu', async () => {
    const page = browser!.page;
    await page.goto(`${naast!.url}/admin/`);
    await keyboardLogin(page, ADMIN);
    const link = page.getByRole('link', { name: 'Monitoring', exact: true });
    await link.waitFor();
    await viewFocused(page);
    // The shell focuses the view's heading; the menu is above it.
    await tabTo(page, '#menu-items a[href="/admin/monitoring"]', { backwards: true });
    await Promise.all([page.waitForURL(/\/admin\/monitoring$/), page.keyboard.press('Enter')]);
    expect(await page.textContent('h1')).toBe('Monitoring cliëntondersteuning');
    expect(await page.getByRole('link', { name: 'Terug naar beheer' }).getAttribute('href')).toBe('/admin/');
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
    await expectAccessible(page, 'the monitoring page');
  }, 60_000);

  it('changes the period through the form, without JavaScript', async () => {
    const page = browser!.page;
    await page.fill('#from', '2025-03-01');
    await page.fill('#to', '2025-03-31');
    await Promise.all([page.waitForURL(/from=2025-03-01&to=2025-03-31/), page.click('button[type=submit]')]);
    expect(await page.textContent('#domains tr[data-row="income"] td')).toBe('<5');
    expect(await page.$$eval('#months tbody tr', (rows) => rows.length)).toBe(1);
  });

  it('lets a viewer in after logging in, back on the page they asked for, but not into the trees', async () => {
    const page = browser!.page;
    // Back to the admin page and out, with the keyboard.
    await tabTo(page, 'a[href="/admin/"]', { backwards: true });
    await Promise.all([page.waitForURL(/\/admin\/(#.*)?$/), page.keyboard.press('Enter')]);
    await viewFocused(page);
    await tabTo(page, '#logout', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByText('U bent uitgelogd.').waitFor();

    // Without a session the page sends the browser to the login, which sends it back after.
    await page.goto(`${naast!.url}/admin/monitoring`);
    expect(page.url()).toBe(`${naast!.url}/admin/?next=%2Fadmin%2Fmonitoring`);
    await Promise.all([page.waitForURL(/\/admin\/monitoring$/), keyboardLogin(page, VIEWER)]);
    expect(await page.textContent('h1')).toBe('Monitoring cliëntondersteuning');

    // The viewer's menu has monitoring, and no editing; the API agrees.
    await page.goto(`${naast!.url}/admin/`);
    await page.getByRole('link', { name: 'Monitoring', exact: true }).waitFor();
    expect(await page.locator('#menu-items a[href="#trees"]').count()).toBe(0);
    expect(await page.evaluate(async () => (await fetch('/admin/api/trees')).status)).toBe(403);
    expect(pageErrors).toEqual([]);
  }, 30_000);
});
