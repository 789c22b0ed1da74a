import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { checkAccessibleAtTwoWidths, chromiumAvailable, chromiumPath, describeViolations, launchBrowser, type Browser } from './browser.js';

// Issue #8's "done when", with the keyboard only: an administrator logs in at /admin, changes the
// greeting, sees a B1 hint, previews the draft, publishes it, sees a new web chat greet with the new
// text while an older conversation goes on unchanged, and rolls it back; all of it in the audit log.

const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };
const OLD_GREETING = 'Ik ben de chat van de cliëntondersteuning in Haarlem.';
const LONG_GREETING = 'Hoi! Ik ben Naast en ik help je graag met je vraag over zorg, wonen, werk of geld in de gemeente {municipality}.';
const SHORT_GREETING = 'Hoi! Ik ben Naast uit {municipality}. Ik help je graag. Typ stop om te stoppen.';
const NEW_GREETING = 'Hoi! Ik ben Naast uit Haarlem.';

/** Presses Tab (or Shift+Tab) until the focused element matches (its text is `text`, or starts with it and a space), as a keyboard user would. */
async function tabTo(page: Page, selector: string, text = '', key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press(key);
    const there = await page.evaluate(
      ([s, t]) => {
        const active = document.activeElement;
        const said = (active?.textContent ?? '').trim();
        return !!active && active.matches(s!) && (!t || said === t || said.startsWith(`${t} `));
      },
      [selector, text],
    );
    if (there) return;
  }
  throw new Error(`the keyboard never reached ${selector} ${text}`);
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await checkAccessibleAtTwoWidths(page);
  expect(result.wide, `${where} at 1024 px: ${describeViolations(result.wide)}`).toEqual([]);
  expect(result.narrow, `${where} at 320 px: ${describeViolations(result.narrow)}`).toEqual([]);
  expect(result.overflow, `${where} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 768 });
}

describe.skipIf(!chromiumAvailable() && !process.env.CI)('the dialog editor in Chromium', () => {
  let naast: RunningNaast;
  let browser: Browser;

  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error(`Chromium is missing at ${chromiumPath}`);
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-admin-e2e-'));
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await naast?.stop();
  });

  it('changes the greeting with the keyboard only: hint, preview, publish for new chats only, roll back, audit log', async () => {
    const errors: string[] = [];
    const watch = (p: Page) => p.on('pageerror', (e) => errors.push(e.message));
    // A resident who started chatting before the change.
    const running = await browser.context.newPage();
    watch(running);
    await running.goto(naast.url);
    await running.getByText(OLD_GREETING).waitFor();

    const page = browser.page;
    watch(page);
    await page.bringToFront();
    await page.goto(`${naast.url}/admin`);
    await expectAccessible(page, 'the login page');
    await tabTo(page, '#email');
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gesprek aanpassen' }).waitFor();
    const status = page.getByRole('status');
    await page.getByText('Nu live: versie 1.').waitFor();

    // Open the greeting and make its first sentence far too long.
    await tabTo(page, '#node-greeting > summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-greeting-text-nl');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(LONG_GREETING);
    const hint = page.locator('#f-greeting-text-nl-hint');
    await hint.getByText(/Lange zin \(\d+ woorden\)/).waitFor();
    // The hint is read with the field.
    expect(await page.locator('#f-greeting-text-nl').getAttribute('aria-describedby')).toContain('f-greeting-text-nl-hint');
    await expectAccessible(page, 'the editor with the greeting open and a hint');

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(SHORT_GREETING);
    await expect.poll(() => hint.textContent(), { timeout: 5000 }).not.toMatch(/Lange zin/);

    // The preview talks with the unsaved draft, on the real dialog code.
    await tabTo(page, 'button', 'Begin het voorbeeld');
    await page.keyboard.press('Enter');
    const log = page.locator('.te-log');
    await log.getByText(NEW_GREETING).waitFor();
    await tabTo(page, '#te-preview-text');
    await page.keyboard.type('Ik heb schulden en de deurwaarder komt steeds langs.');
    await page.keyboard.press('Enter');
    await log.getByRole('button', { name: 'Voor mij', exact: true }).waitFor();
    await tabTo(page, '.te-choices button', 'Voor mij', 'Shift+Tab');
    await page.keyboard.press('Space');
    await log.getByText('Hoe snel heb je hulp nodig?').waitFor();
    await expectAccessible(page, 'the editor with the preview');

    await page.getByRole('button', { name: 'Concept opslaan' }).focus();
    await page.keyboard.press('Enter');
    await status.getByText('Het concept is opgeslagen en klopt').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Publiceren');
    await page.keyboard.press('Enter');
    await status.getByText('Gepubliceerd als versie 2').waitFor();

    // The resident who started before goes on with the old version: starting over greets them as before.
    await running.bringToFront();
    await tabTo(running, '#text');
    await running.keyboard.type('opnieuw');
    await running.keyboard.press('Enter');
    await running.getByText('We beginnen opnieuw.').waitFor();
    await expect.poll(() => running.getByText(OLD_GREETING).count()).toBe(2);
    expect(await running.getByText(NEW_GREETING).count()).toBe(0);
    // A new resident gets the new greeting.
    const fresh = await browser.context.newPage();
    watch(fresh);
    await fresh.goto(naast.url);
    await fresh.getByText(NEW_GREETING).waitFor();
    await fresh.close();

    // Back to version 1, with a confirmation in the page.
    await page.bringToFront();
    await tabTo(page, 'button', 'Zet deze versie terug');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, zet versie 1 terug');
    await page.keyboard.press('Enter');
    await status.getByText('Versie 1 is weer live voor nieuwe gesprekken.').waitFor();
    await page.getByText('Nu live: versie 1.').waitFor();
    const later = await browser.context.newPage();
    watch(later);
    await later.goto(naast.url);
    await later.getByText(OLD_GREETING).waitFor();
    expect(await later.getByText(NEW_GREETING).count()).toBe(0);
    await later.close();
    await running.close();

    const audit = (await page.evaluate(async () => (await fetch('/admin/api/audit')).json())) as { user: string; action: string; detail?: { changes?: string[]; from?: number; to?: number } }[];
    const actions = audit.filter((e) => e.user === ADMIN.email).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['logged in', 'draft saved', 'published', 'rolled back']));
    const published = audit.find((e) => e.action === 'published')!;
    expect(published.detail).toMatchObject({ from: 1, to: 2 });
    expect(published.detail?.changes).toContainEqual(expect.stringContaining('greeting › text.nl'));
    expect(audit.find((e) => e.action === 'rolled back')!.detail).toMatchObject({ from: 2, to: 1 });
    expect(errors).toEqual([]);
  }, 60_000);
});
