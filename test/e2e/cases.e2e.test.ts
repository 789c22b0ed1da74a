import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningNaast } from '../../src/app.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { invite, login } from '../support/admin-login.js';
import { chat, REFERENCE } from '../support/chat.js';
import { ADMIN, collectErrors, expectAccessible, focused, keyboardLogin, skipWithoutChromium, startAdminBrowser, tabTo, untilFocused } from './admin-page.js';
import type { Browser } from './browser.js';

// A supporter who uses only the keyboard logs in at /admin, opens their organisation's case and accepts it.

const SUPPORTER = { email: 'anna@clientenbelang.example', password: 'anna haar eigen wachtwoord' };
const WORDS = 'Ik heb schulden en de deurwaarder komt steeds langs.';

describe.skipIf(skipWithoutChromium)('a supporter\'s cases in Chromium', () => {
  let naast: RunningNaast;
  let browser: Browser;
  let stop = async () => {};
  let reference = '';

  beforeAll(async () => {
    ({ naast, browser, stop } = await startAdminBrowser('cases'));
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
  }, 60_000);
  afterAll(() => stop());

  it('logs in, opens Zaken, views the case and accepts it with a first name, keyboard only', async () => {
    const page = browser.page;
    const errors = collectErrors(page);
    await page.goto(`${naast.url}/admin/`);
    await keyboardLogin(page, SUPPORTER);

    // A supporter starts on their cases; the menu item leads there too.
    await untilFocused(page, '#view h1');
    expect(await page.textContent('#view h1')).toBe('Zaken van Cliëntenbelang');
    await tabTo(page, '#menu-items a[href="#cases"]', { backwards: true });
    await page.keyboard.press('Enter');
    const view = `button.view[data-reference="${reference}"]`;
    await tabTo(page, view);
    expect(await page.locator(view).textContent()).toBe(`Bekijk ${reference}`);
    await page.keyboard.press('Enter');
    await untilFocused(page, '#case-title');
    expect(await page.textContent('#case-title')).toBe(`Zaak ${reference}`);
    expect(await page.locator('.case-detail blockquote.words').first().textContent()).toBe(WORDS);

    await expectAccessible(page, 'the open case', { narrowScreenshot: '/tmp/naast-cases-320.png' });

    await tabTo(page, '#case-name');
    expect(await focused(page.getByLabel('Uw voornaam (de inwoner ziet deze)'))).toBe(true);
    await page.keyboard.type('Anna');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`Zaak ${reference} is aangenomen.`).waitFor();
    await untilFocused(page, '#case-title');
    expect(await page.locator('.case-detail').getByText('Status: aangenomen').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Afsluiten' }).count()).toBe(1);
    expect(await page.locator(`tr[data-reference="${reference}"]`).textContent()).toContain('aangenomen');

    const stored = await naast.core.store.get<Handoff>('handoffs', reference);
    expect(stored?.status).toBe('accepted');
    expect(stored?.history.at(-1)?.note).toBe('Anna');

    await page.screenshot({ path: '/tmp/naast-cases.png', fullPage: true });
    await expectAccessible(page, 'the accepted case');
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows an administrator every organisation\'s cases, filtered by organisation with the keyboard', async () => {
    const page = browser.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    await tabTo(page, '#logout', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByText('U bent uitgelogd.').waitFor();
    await keyboardLogin(page, ADMIN);
    const menu = page.locator('#menu-items a[href="#cases"]');
    await menu.waitFor();
    await tabTo(page, '#menu-items a[href="#cases"]', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Alle zaken' }).waitFor();
    await page.locator(`tr[data-reference="${reference}"]`).waitFor();

    await tabTo(page, '#cases-organisation');
    await page.keyboard.press('End');
    // The last organisation in the pool has no cases here.
    await page.getByText('Er zijn nog geen zaken.').waitFor();
    await page.keyboard.press('Home');
    await page.locator(`tr[data-reference="${reference}"]`).waitFor();
    await expectAccessible(page, 'all cases');

    // The resident called the municipality: the administrator erases their data, after confirming in the page.
    await tabTo(page, `button.view[data-reference="${reference}"]`);
    await page.keyboard.press('Enter');
    await untilFocused(page, '#case-title');
    await tabTo(page, page.getByRole('button', { name: 'Wis de gegevens' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Vink eerst aan dat de inwoner hierom vroeg.').waitFor();
    await untilFocused(page, '#case-erase-sure');
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Wis de gegevens' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`Zaak ${reference} is gewist.`).waitFor();
    expect((await naast.core.store.get<Handoff>('handoffs', reference))?.erasedAt).toBeDefined();
    // The case shows again without the words and without the button (the page reloads it after the action).
    await page.getByRole('button', { name: 'Wis de gegevens' }).waitFor({ state: 'detached' });
    await untilFocused(page, '#case-title');
    await expectAccessible(page, 'an erased case');
  }, 60_000);
});
