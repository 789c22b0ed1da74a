import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { checkAccessibleAtTwoWidths, chromiumAvailable, chromiumPath, describeViolations, launchBrowser, type Browser } from './browser.js';

// An administrator who uses only the keyboard changes an organisation's phone number (first a wrong
// one, which is refused next to the field), publishes, deactivates another and rolls back.

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user reaches it. */
async function tabTo(page: Page, target: string | Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const locator = typeof target === 'string' ? page.locator(target) : target;
  await locator.waitFor();
  for (let i = 0; i < 150; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${String(target)} cannot be reached with ${key}`);
}

const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

async function expectAccessible(page: Page): Promise<void> {
  const result = await checkAccessibleAtTwoWidths(page);
  expect(result.wide, describeViolations(result.wide)).toEqual([]);
  expect(result.narrow, describeViolations(result.narrow)).toEqual([]);
  expect(result.overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 768 });
}

describe.skipIf(!chromiumAvailable() && !process.env.CI)('the pool editor in Chromium', () => {
  let naast: RunningNaast;
  let browser: Browser;

  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error(`Chromium is missing at ${chromiumPath}`);
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-pool-e2e-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await naast?.stop();
  });

  it('lets a keyboard-only administrator fix a phone number, publish, deactivate an organisation and roll back', async () => {
    const page = browser.page;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // CSP refusals (an inline style, say); runAxe's own inline script tag is refused too, by design.
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text()) && !/Executing inline script/.test(m.text())) errors.push(m.text());
    });
    const livePool = () => page.evaluate(async () => (await fetch('/admin/api/pool')).json()) as Promise<{ version: number; pool: { organisations: { id: string; phone?: string; active: boolean }[] } }>;
    const status = page.locator('#status');

    await page.goto(`${naast.url}/admin/`);
    await tabTo(page, '#email');
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');

    await tabTo(page, '#menu a[data-view="pool"]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Organisaties in de pool' });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('#view h1'));
    await page.getByText('Versie 1 is live').waitFor();

    // Open MEE & De Wering and give it a wrong phone number.
    const summary = page.locator('#org-1 > summary');
    expect(await summary.textContent()).toContain('MEE & De Wering');
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    const phone = page.locator('#org-1-phone');
    await tabTo(page, phone);
    await page.keyboard.type('023-abc-12');
    await tabTo(page, page.getByRole('button', { name: 'Concept opslaan' }));
    await page.keyboard.press('Enter');

    const phoneError = page.locator('#org-1-phone-error');
    await phoneError.waitFor();
    expect(await phoneError.textContent()).toContain('telefoonnummer klopt niet');
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect((await phone.getAttribute('aria-describedby'))?.split(' ')).toContain('org-1-phone-error');
    expect(await focused(phone)).toBe(true);
    await status.getByText('MEE & De Wering – telefoonnummer').waitFor();
    await expectAccessible(page);

    // Fix it, save, publish.
    await phone.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('023 531 00 00');
    await tabTo(page, page.getByRole('button', { name: 'Concept opslaan' }));
    await page.keyboard.press('Enter');
    await status.getByText('Het concept is opgeslagen en klopt').waitFor();
    expect(await phoneError.isHidden()).toBe(true);
    expect(await phone.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await status.getByText('Gepubliceerd als versie 2').waitFor();
    let live = await livePool();
    expect(live.version).toBe(2);
    expect(live.pool.organisations[1]).toMatchObject({ id: 'mee_de_wering', phone: '023 531 00 00' });

    // Deactivate the fourth organisation and publish.
    const fourth = live.pool.organisations[3]!.id;
    await tabTo(page, '#org-3 > summary', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, '#org-3-active');
    await page.keyboard.press('Space');
    expect(await page.locator('#org-3 > summary').textContent()).toContain('niet actief');
    await tabTo(page, page.getByRole('button', { name: 'Publiceren' }));
    await page.keyboard.press('Enter');
    await status.getByText('Gepubliceerd als versie 3').waitFor();
    live = await livePool();
    expect(live.pool.organisations.find((o) => o.id === fourth)?.active).toBe(false);
    expect(live.pool.organisations.filter((o) => !o.active)).toHaveLength(1);

    // The versions list says what changed.
    await tabTo(page, page.getByRole('button', { name: 'Bekijk wijzigingen van versie 3' }));
    await page.keyboard.press('Enter');
    await page.locator('#pool-version-3-changes').getByText(`${fourth} › active: true → false`).waitFor();

    // With a form open and the changes shown, the page is still accessible.
    await tabTo(page, '#org-0 > summary', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('#org-0-name').waitFor();
    await expectAccessible(page);

    // Back to version 2, after a confirm step in the page.
    await tabTo(page, page.getByRole('button', { name: 'Zet deze versie terug (versie 2)' }));
    await page.keyboard.press('Enter');
    const yes = page.getByRole('button', { name: 'Ja, zet versie 2 terug' });
    await yes.waitFor();
    expect(await focused(yes)).toBe(true);
    await page.keyboard.press('Enter');
    await status.getByText('Versie 2 is weer live.').waitFor();
    live = await livePool();
    expect(live.version).toBe(2);
    expect(live.pool.organisations.every((o) => o.active)).toBe(true);

    // A new organisation opens empty with a code field; saving it empty names what is missing.
    const count = live.pool.organisations.length;
    await tabTo(page, page.getByRole('button', { name: 'Organisatie toevoegen' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    const code = page.locator(`#org-${count}-id`);
    await code.waitFor();
    expect(await focused(code)).toBe(true);
    await page.keyboard.type('Schuld Hulp');
    await tabTo(page, page.getByRole('button', { name: 'Concept opslaan' }));
    await page.keyboard.press('Enter');
    await page.locator(`#org-${count}-id-error`).getByText('kleine letters').waitFor();
    expect(await page.locator(`#org-${count}-name`).getAttribute('aria-invalid')).toBe('true');
    await status.getByText('Nieuwe organisatie – naam: Vul een naam in.').waitFor();
    expect((await livePool()).pool.organisations).toHaveLength(count);

    expect(errors).toEqual([]);
  }, 60_000);
});
