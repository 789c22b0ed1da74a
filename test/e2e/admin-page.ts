/** What the end-to-end tests of the admin pages share: a running Naast with a browser, keyboard steps and checks. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { checkAccessibleAtTwoWidths, chromiumAvailable, chromiumPath, describeViolations, launchBrowser, type Browser } from './browser.js';

/** The administrator Naast is started with. */
export const ADMIN = { email: 'beheer@haarlem.example', password: 'een lang wachtwoord 42' };

/** Whether to skip a browser test: only without Chromium, and never in CI (there it fails instead). */
export const skipWithoutChromium = !chromiumAvailable() && !process.env.CI;

/** A Naast with `ADMIN` as its administrator and a headless Chromium beside it; `stop` ends both. */
export interface AdminBrowser {
  naast: RunningNaast;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * Starts Naast on a free port with `ADMIN` and a fresh data folder `naast-<prefix>-e2e-…` (or the
 * `DATA_DIR` in `env`, which is left in place), then Chromium; `env` adds to or overrides the settings.
 */
export async function startAdminBrowser(prefix: string, env: Record<string, string> = {}): Promise<AdminBrowser> {
  if (!chromiumAvailable()) throw new Error(`Chromium is missing at ${chromiumPath}`);
  const madeDir = env.DATA_DIR ? undefined : await mkdtemp(join(tmpdir(), `naast-${prefix}-e2e-`));
  const naast = await startNaast(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: madeDir ?? '', LOG_LEVEL: 'silent', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...env }),
  );
  const removeDir = async () => {
    if (madeDir) await rm(madeDir, { recursive: true, force: true });
  };
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await naast.stop();
    await removeDir();
    throw error;
  }
  return {
    naast,
    browser,
    async stop() {
      try {
        await browser.close();
      } finally {
        await naast.stop();
        await removeDir();
      }
    },
  };
}

/** Whether `target` has focus; with `text`, only when its text is that, or starts with it and a space. */
async function hasFocus(page: Page, target: string | Locator, text: string | undefined): Promise<boolean> {
  const said =
    typeof target === 'string' && text !== undefined
      ? // The selector may match several elements: the focused one must be among them.
        await page.evaluate((s) => (document.activeElement?.matches(s) ? (document.activeElement.textContent ?? '') : null), target)
      : await (typeof target === 'string' ? page.locator(target) : target).evaluate((el) => (el === document.activeElement ? (el.textContent ?? '') : null));
  if (said === null) return false;
  const trimmed = said.trim();
  return text === undefined || trimmed === text || trimmed.startsWith(`${text} `);
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has focus, as a keyboard user reaches it;
 * fails, naming the target, when it does not after `max` presses (60 unless given). With `text`, a selector may match
 * several elements: the first the keyboard reaches whose text is `text`, or starts with it and a space.
 */
export async function tabTo(page: Page, target: string | Locator, opts: { text?: string; backwards?: boolean; max?: number } = {}): Promise<void> {
  const { text, backwards = false, max = 60 } = opts;
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const locator = typeof target === 'string' ? page.locator(target) : target;
  await (text === undefined ? locator : locator.filter({ hasText: text }).first()).waitFor();
  for (let presses = 0; ; presses++) {
    if (await hasFocus(page, target, text)) return;
    if (presses === max) break;
    await page.keyboard.press(key);
  }
  const name = text === undefined ? String(target) : `${String(target)} with the text "${text}"`;
  throw new Error(`the keyboard did not reach ${name} in ${max} presses of ${key}`);
}

/** Whether the element has focus now. */
export const focused = (locator: Locator): Promise<boolean> => locator.evaluate((el) => el === document.activeElement);

/** Waits until the element `selector` matches has focus (as the admin shell gives a view's heading). */
export async function untilFocused(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Logs in on the /admin page with the keyboard only. */
export async function keyboardLogin(page: Page, who: { email: string; password: string }): Promise<void> {
  await tabTo(page, '#email');
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
}

/**
 * Expects no axe violations at 1024 px and at 320 px and no sideways scrolling at 320 px, then sizes
 * the page back to 1024 px; `narrowScreenshot` is a path for a full-page screenshot at 320 px first.
 */
export async function expectAccessible(page: Page, where: string, opts: { narrowScreenshot?: string } = {}): Promise<void> {
  const result = await checkAccessibleAtTwoWidths(page);
  expect(result.wide, `${where} at 1024 px:\n${describeViolations(result.wide)}`).toEqual([]);
  expect(result.narrow, `${where} at 320 px:\n${describeViolations(result.narrow)}`).toEqual([]);
  expect(result.overflow, `${where} scrolls sideways at 320 px, in px`).toBeLessThanOrEqual(0);
  if (opts.narrowScreenshot) await page.screenshot({ path: opts.narrowScreenshot, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 768 });
}

/**
 * Collects the page's uncaught errors into `errors` (and returns it); with `csp`, also what its
 * Content-Security-Policy refused, except runAxe's inline script tag, which is refused by design.
 */
export function collectErrors(page: Page, errors: string[] = [], opts: { csp?: boolean } = {}): string[] {
  page.on('pageerror', (e) => errors.push(e.message));
  if (opts.csp) {
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text()) && !/Executing inline script/.test(m.text())) errors.push(m.text());
    });
  }
  return errors;
}
