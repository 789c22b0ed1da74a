import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningNaast } from '../../src/app.js';
import { ADMIN, collectErrors, expectAccessible, keyboardLogin, skipWithoutChromium, startAdminBrowser, tabTo } from './admin-page.js';
import type { Browser } from './browser.js';

// Issue #8's "done when", with the keyboard only: an administrator logs in at /admin, changes the
// greeting, sees a B1 hint, previews the draft, publishes it, sees a new web chat greet with the new
// text while an older conversation goes on unchanged, and rolls it back; all of it in the audit log.

const OLD_GREETING = 'Ik ben de chat van de cliëntondersteuning in Haarlem.';
const LONG_GREETING = 'Hoi! Ik ben Naast en ik help je graag met je vraag over zorg, wonen, werk of geld in de gemeente {municipality}.';
// The English text has {retentionDays} and {privacyUrl}: the linter refuses a Dutch text without them.
const SHORT_GREETING = 'Hoi! Ik ben Naast uit {municipality}. Ik help je graag. We wissen alles na {retentionDays} dagen. Meer: {privacyUrl}';
const NEW_GREETING = 'Hoi! Ik ben Naast uit Haarlem.';

describe.skipIf(skipWithoutChromium)('the dialog editor in Chromium', () => {
  let naast: RunningNaast;
  let browser: Browser;
  let stop = async () => {};

  beforeAll(async () => {
    ({ naast, browser, stop } = await startAdminBrowser('admin'));
  });
  afterAll(() => stop());

  it('changes the greeting with the keyboard only: hint, preview, publish for new chats only, roll back, audit log', async () => {
    const errors: string[] = [];
    const watch = (p: Page) => collectErrors(p, errors);
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
    await keyboardLogin(page, ADMIN);
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
    await tabTo(page, 'button', { text: 'Begin het voorbeeld' });
    await page.keyboard.press('Enter');
    const log = page.locator('.te-log');
    await log.getByText(NEW_GREETING).waitFor();
    await tabTo(page, '#te-preview-text');
    await page.keyboard.type('Ik heb schulden en de deurwaarder komt steeds langs.');
    await page.keyboard.press('Enter');
    await log.getByRole('button', { name: 'Voor mij', exact: true }).waitFor();
    await tabTo(page, '.te-choices button', { text: 'Voor mij', backwards: true });
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
    await tabTo(page, 'button', { text: 'Zet deze versie terug' });
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
