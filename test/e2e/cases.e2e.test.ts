import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { invite, login } from '../support/admin-login.js';
import { chat, REFERENCE } from '../support/chat.js';
import { checkAccessibleAtTwoWidths, chromiumAvailable, chromiumPath, describeViolations, launchBrowser, type Browser } from './browser.js';

// A supporter who uses only the keyboard logs in at /admin, opens their organisation's case and accepts it.

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
const SUPPORTER = { email: 'anna@clientenbelang.example', password: 'anna haar eigen wachtwoord' };
const WORDS = 'Ik heb schulden en de deurwaarder komt steeds langs.';

/** Presses Tab (or Shift+Tab) until the element is focused, as a keyboard user reaches it; fails when it never is. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${selector} cannot be reached with ${key}`);
}

const focused = (page: Page, selector: string) => page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector);

describe.skipIf(!chromiumAvailable() && !process.env.CI)('a supporter\'s cases in Chromium', () => {
  let naast: RunningNaast;
  let browser: Browser;
  let reference = '';

  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error(`Chromium is missing at ${chromiumPath}`);
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-cases-e2e-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    // A resident chooses Cliëntenbelang in the chat.
    let { session } = await chat(naast.url, undefined, '');
    for (const text of [WORDS, '3', '3', 'Nog niets', 'nee', 'ja', 'Cliëntenbelang', 'ja', 'Liever niet', '06 12345678']) {
      const body = await chat(naast.url, session, text);
      session = body.session;
      reference = body.replies.map((r) => r.text).join('\n').match(REFERENCE)?.[0] ?? reference;
    }
    if (!reference) throw new Error('the intake made no case');
    const admin = await login(naast.url, ADMIN.email, ADMIN.password);
    await invite(naast.url, admin, { email: SUPPORTER.email, role: 'supporter', organisation: 'clientenbelang' }, SUPPORTER.password);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await naast?.stop();
  });

  it('logs in, opens Zaken, views the case and accepts it with a first name, keyboard only', async () => {
    const page = browser.page;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${naast.url}/admin/`);
    await page.locator('#email').waitFor();
    await tabTo(page, '#email');
    await page.keyboard.type(SUPPORTER.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SUPPORTER.password);
    await page.keyboard.press('Enter');

    // A supporter starts on their cases; the menu item leads there too.
    await focused(page, '#view h1');
    expect(await page.textContent('#view h1')).toBe('Zaken van Cliëntenbelang');
    await tabTo(page, '#menu-items a[href="#cases"]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    const view = `button.view[data-reference="${reference}"]`;
    await tabTo(page, view);
    expect(await page.locator(view).textContent()).toBe(`Bekijk ${reference}`);
    await page.keyboard.press('Enter');
    await focused(page, '#case-title');
    expect(await page.textContent('#case-title')).toBe(`Zaak ${reference}`);
    expect(await page.locator('.case-detail blockquote.words').first().textContent()).toBe(WORDS);

    const open = await checkAccessibleAtTwoWidths(page);
    expect(open.wide, `axe at 1024 px:\n${describeViolations(open.wide)}`).toEqual([]);
    expect(open.narrow, `axe at 320 px:\n${describeViolations(open.narrow)}`).toEqual([]);
    expect(open.overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/naast-cases-320.png', fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });

    await tabTo(page, '#case-name');
    expect(await page.getByLabel('Uw voornaam (de inwoner ziet deze)').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Anna');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`Zaak ${reference} is aangenomen.`).waitFor();
    await focused(page, '#case-title');
    expect(await page.locator('.case-detail').getByText('Status: aangenomen').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Afsluiten' }).count()).toBe(1);
    expect(await page.locator(`tr[data-reference="${reference}"]`).textContent()).toContain('aangenomen');

    const stored = await naast.core.store.get<Handoff>('handoffs', reference);
    expect(stored?.status).toBe('accepted');
    expect(stored?.history.at(-1)?.note).toBe('Anna');

    await page.screenshot({ path: '/tmp/naast-cases.png', fullPage: true });
    const accepted = await checkAccessibleAtTwoWidths(page);
    expect(accepted.wide, `axe at 1024 px:\n${describeViolations(accepted.wide)}`).toEqual([]);
    expect(accepted.narrow, `axe at 320 px:\n${describeViolations(accepted.narrow)}`).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows an administrator every organisation\'s cases, filtered by organisation with the keyboard', async () => {
    const page = browser.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    await tabTo(page, '#logout', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('U bent uitgelogd.').waitFor();
    await tabTo(page, '#email');
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');
    const menu = page.locator('#menu-items a[href="#cases"]');
    await menu.waitFor();
    await tabTo(page, '#menu-items a[href="#cases"]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Alle zaken' }).waitFor();
    await page.locator(`tr[data-reference="${reference}"]`).waitFor();

    await tabTo(page, '#cases-organisation');
    await page.keyboard.press('End');
    // The last organisation in the pool has no cases here.
    await page.getByText('Er zijn nog geen zaken.').waitFor();
    await page.keyboard.press('Home');
    await page.locator(`tr[data-reference="${reference}"]`).waitFor();
    const all = await checkAccessibleAtTwoWidths(page);
    expect(all.wide, `axe at 1024 px:\n${describeViolations(all.wide)}`).toEqual([]);
    expect(all.narrow, `axe at 320 px:\n${describeViolations(all.narrow)}`).toEqual([]);
  }, 40_000);
});
