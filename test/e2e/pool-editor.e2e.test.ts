import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningNaast } from '../../src/app.js';
import { ADMIN, collectErrors, expectAccessible, focused, keyboardLogin, skipWithoutChromium, startAdminBrowser, tabTo, untilFocused } from './admin-page.js';
import type { Browser } from './browser.js';

// An administrator who uses only the keyboard changes an organisation's phone number (first a wrong
// one, which is refused next to the field), publishes, deactivates another and rolls back.

describe.skipIf(skipWithoutChromium)('the pool editor in Chromium', () => {
  let naast: RunningNaast;
  let browser: Browser;
  let stop = async () => {};

  beforeAll(async () => {
    ({ naast, browser, stop } = await startAdminBrowser('pool'));
  });
  afterAll(() => stop());

  it('lets a keyboard-only administrator fix a phone number, publish, deactivate an organisation and roll back', async () => {
    const page = browser.page;
    // Also CSP refusals (an inline style, say).
    const errors = collectErrors(page, [], { csp: true });
    const livePool = () => page.evaluate(async () => (await fetch('/admin/api/pool')).json()) as Promise<{ version: number; pool: { organisations: { id: string; phone?: string; active: boolean }[] } }>;
    const status = page.locator('#status');

    await page.goto(`${naast.url}/admin/`);
    await keyboardLogin(page, ADMIN);

    await tabTo(page, '#menu a[data-view="pool"]', { backwards: true });
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Organisaties in de pool' });
    await heading.waitFor();
    await untilFocused(page, '#view h1');
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
    await expectAccessible(page, 'the pool editor with a refused phone number');

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
    await tabTo(page, '#org-3 > summary', { backwards: true });
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
    await tabTo(page, '#org-0 > summary', { backwards: true });
    await page.keyboard.press('Enter');
    await page.locator('#org-0-name').waitFor();
    await expectAccessible(page, 'the pool editor with a form open and changes shown');

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
    await tabTo(page, page.getByRole('button', { name: 'Organisatie toevoegen' }), { backwards: true });
    await page.keyboard.press('Enter');
    const code = page.locator(`#org-${count}-id`);
    await code.waitFor();
    expect(await focused(code)).toBe(true);
    await page.keyboard.type('Schuld Hulp');
    await tabTo(page, page.getByRole('button', { name: 'Concept opslaan' }));
    await page.keyboard.press('Enter');
    // The live check may already show the code's error while typing: wait for the save's answer first.
    await status.getByText('Nieuwe organisatie – naam: Vul een naam in.').waitFor();
    await page.locator(`#org-${count}-id-error`).getByText('kleine letters').waitFor();
    expect(await page.locator(`#org-${count}-name`).getAttribute('aria-invalid')).toBe('true');
    expect((await livePool()).pool.organisations).toHaveLength(count);

    expect(errors).toEqual([]);
  }, 60_000);
});
