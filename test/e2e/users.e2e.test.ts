import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningNaast } from '../../src/app.js';
import { ADMIN, collectErrors, expectAccessible, focused, keyboardLogin, skipWithoutChromium, startAdminBrowser, tabTo, untilFocused } from './admin-page.js';
import type { Browser } from './browser.js';

// An administrator who uses only the keyboard invites an editor, gives them a new password, removes
// them, and sees each step in the audit log.

const EDITOR = 'redacteur@haarlem.example';

describe.skipIf(skipWithoutChromium)('the users page in Chromium', () => {
  let naast: RunningNaast;
  let browser: Browser;
  let stop = async () => {};

  beforeAll(async () => {
    ({ naast, browser, stop } = await startAdminBrowser('users'));
  });
  afterAll(() => stop());

  const loginStatus = async (email: string, password: string) =>
    (await fetch(`${naast.url}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })).status;

  it('lets a keyboard-only administrator invite an editor, reset their password and remove them, all in the audit log', async () => {
    const page = browser.page;
    // Also CSP refusals (an inline style, say).
    const errors = collectErrors(page, [], { csp: true });
    const status = page.locator('#status');
    const audit = page.locator('section[aria-labelledby="audit-title"] table');
    const users = page.locator('section[aria-labelledby="users-title"] table');

    await page.goto(`${naast.url}/admin/`);
    await keyboardLogin(page, ADMIN);
    await tabTo(page, '#menu a[data-view="users"]', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await untilFocused(page, '#view h1');

    // Invite an editor: the role list starts at "redacteur".
    await tabTo(page, '#invite-email');
    await page.keyboard.type(EDITOR);
    await page.keyboard.press('Tab');
    expect(await page.locator('#invite-role').evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe('redacteur');
    await tabTo(page, page.getByRole('button', { name: 'Uitnodigen' }));
    await page.keyboard.press('Enter');

    const secret = page.getByLabel('Eenmalig wachtwoord');
    await secret.waitFor();
    expect(await focused(secret)).toBe(true);
    expect(await secret.getAttribute('readonly')).not.toBeNull();
    const first = await secret.inputValue();
    expect(first.length).toBeGreaterThanOrEqual(16);
    await page.getByText('Geef dit wachtwoord persoonlijk door. Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.').waitFor();
    await users.getByRole('row', { name: new RegExp(`${EDITOR}.*redacteur`) }).waitFor();
    await audit.getByRole('row').filter({ hasText: 'user created' }).filter({ hasText: EDITOR }).waitFor();
    expect(await loginStatus(EDITOR, first)).toBe(200);

    await expectAccessible(page, 'the users page with a one-time password');

    // Nobody can remove themselves.
    expect(await page.getByRole('button', { name: `Verwijderen ${ADMIN.email}` }).count()).toBe(0);

    // A new password, after the confirm step: the old one stops working.
    await tabTo(page, page.getByRole('button', { name: `Nieuw wachtwoord voor ${EDITOR}` }));
    await page.keyboard.press('Enter');
    const yesReset = page.getByRole('button', { name: 'Ja, maak een nieuw wachtwoord' });
    await yesReset.waitFor();
    expect(await focused(yesReset)).toBe(true);
    await page.keyboard.press('Enter');
    await status.getByText(`Er is een nieuw eenmalig wachtwoord voor ${EDITOR}`).waitFor();
    const second = await page.getByLabel('Eenmalig wachtwoord').inputValue();
    expect(second).not.toBe(first);
    expect(await loginStatus(EDITOR, first)).toBe(401);
    expect(await loginStatus(EDITOR, second)).toBe(200);
    await audit.getByRole('row').filter({ hasText: 'password reset' }).waitFor();

    // Removal, after the confirm step (checked for accessibility while it shows); "Annuleren" first.
    const remove = page.getByRole('button', { name: `Verwijderen ${EDITOR}` });
    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Ja, verwijder ${EDITOR}` }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(remove)).toBe(true);
    await page.keyboard.press('Enter');
    const yesRemove = page.getByRole('button', { name: `Ja, verwijder ${EDITOR}` });
    await yesRemove.waitFor();
    await expectAccessible(page, 'the users page asking to confirm a removal');
    expect(await focused(yesRemove)).toBe(true);
    await page.keyboard.press('Enter');
    await status.getByText(`${EDITOR} is verwijderd.`).waitFor();
    expect(await users.getByText(EDITOR).count()).toBe(0);
    await audit.getByRole('row').filter({ hasText: 'user removed' }).waitFor();
    expect(await loginStatus(EDITOR, second)).toBe(401);

    // A supporter belongs to an organisation: its list shows once the role is chosen.
    const organisation = page.locator('#invite-organisation');
    expect(await organisation.isVisible()).toBe(false);
    await tabTo(page, '#invite-email', { backwards: true });
    await page.keyboard.type('ondersteuner@mee.example');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#invite-role').inputValue()).toBe('supporter');
    await page.keyboard.press('Tab');
    expect(await focused(organisation)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await organisation.inputValue()).toBe('mee_de_wering');
    await tabTo(page, page.getByRole('button', { name: 'Uitnodigen' }));
    await page.keyboard.press('Enter');
    await users.getByRole('row', { name: /ondersteuner@mee\.example.*ondersteuner.*MEE & De Wering/ }).waitFor();

    expect(errors).toEqual([]);
  }, 60_000);
});
