import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Handoff } from '../../src/handoff/handoff.js';
import { inboxToken, loadOrCreateInboxKey } from '../../src/handoff/org-inbox.js';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp-server.js';
import { checkAccessibleAtTwoWidths, chromiumAvailable, chromiumPath, describeViolations, launchBrowser, runAxe, type Browser } from './browser.js';

// A resident who uses only the keyboard talks to the real Naast in headless Chromium, from the
// greeting to a handoff; a local SMTP server stands in for the organisation's mailbox.

const available = chromiumAvailable();
const inCi = Boolean(process.env.CI);
if (!available) {
  console.warn(
    `\n[webchat e2e] No Chromium at ${chromiumPath} (set CHROMIUM_PATH, or apt-get install chromium).` +
      (inCi ? ' CI must run this test, so it fails.\n' : ' Skipping the web chat end-to-end test.\n'),
  );
}

const QUESTION = 'Ik heb schulden en de deurwaarder komt steeds langs. Ik weet niet meer hoe ik mijn rekeningen moet betalen.';
const REFERENCE = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;
const PREFERRED = /\bja\b|geen voorkeur|mezelf|deze chat|chat/i;
const MAX_TURNS = 25;
const SCREENSHOT = '/tmp/naast-webchat.png';

/** What the resident sees, read from the page. */
interface View {
  messages: { who: 'bot' | 'me'; text: string }[];
  choices: string[];
  error: string;
  focus: 'textarea' | 'choice' | 'other';
  focusLabel: string;
}

function readView(page: Page): Promise<View> {
  return page.evaluate(() => {
    const messages = [...document.querySelectorAll<HTMLElement>('#messages > li')].map((li) => ({
      who: li.classList.contains('me') ? ('me' as const) : ('bot' as const),
      text: li.querySelector('.text')?.textContent ?? '',
    }));
    const choices = [...document.querySelectorAll<HTMLButtonElement>('#messages .choices button:not([disabled])')].map(
      (b) => b.textContent ?? '',
    );
    const active = document.activeElement;
    const focus = active?.id === 'text' ? 'textarea' : active?.closest('.choices') ? 'choice' : 'other';
    return {
      messages,
      choices,
      error: document.getElementById('error')?.textContent ?? '',
      focus: focus as View['focus'],
      focusLabel: active?.textContent ?? '',
    };
  });
}

function transcript(view: View): string {
  const lines = view.messages.map((m) => `${m.who === 'bot' ? 'Naast' : 'Jij'}: ${m.text}`);
  if (view.choices.length) lines.push(`  [${view.choices.join(' | ')}]`);
  if (view.error) lines.push(`  (error line: ${view.error})`);
  return lines.join('\n');
}

/** Does what a resident does for one turn, then waits for Naast's answer to be on screen. */
async function turn(page: Page, act: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/chat' && r.request().method() === 'POST',
    { timeout: 20_000 },
  );
  await act();
  const response = await answered;
  expect(response.status(), `POST /api/chat answered ${response.status()}: ${await response.text()}`).toBe(200);
  await page.waitForFunction(() => document.getElementById('log')?.getAttribute('aria-busy') !== 'true');
}

/** Moves focus with Tab only, until `isThere` holds; fails when it never does. */
async function tabTo(page: Page, isThere: (v: View) => boolean, backwards: boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const view = await readView(page);
    if (isThere(view)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

async function typeAndSend(page: Page, text: string): Promise<void> {
  await tabTo(page, (v) => v.focus === 'textarea', false, 'the message box');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** An answer to a question that asks for something only the resident can type, if it is one. */
function typedDetail(question: string): string | undefined {
  if (/telefoon|bereiken|bellen/i.test(question)) return '0612345678';
  if (/naam|heet|noemen/i.test(question)) return 'Anna';
  return undefined;
}

describe.skipIf(!available && !inCi)('web chat, end to end with a keyboard', () => {
  let dataDir = '';
  let smtp: FakeSmtp | undefined;
  let naast: RunningNaast | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const cspErrors: string[] = [];
  let reference = '';

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${chromiumPath}; CI needs it for the web chat test`);
    dataDir = await mkdtemp(join(tmpdir(), 'naast-e2e-'));
    smtp = await startFakeSmtp();

    naast = await startNaast(
      loadConfig({
        PORT: '0',
        DATA_DIR: dataDir,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'naast@example.org',
        LOG_LEVEL: 'silent',
      }),
    );

    browser = await launchBrowser();
    page = browser.page;
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) cspErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await naast?.stop();
    await smtp?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('greets the resident on load, before they type anything', async () => {
    await page.goto(naast!.url);
    await page.locator('#messages > li').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.getElementById('log')?.getAttribute('aria-busy') !== 'true');
    const view = await readView(page);
    expect(view.messages.length, transcript(view)).toBeGreaterThan(0);
    expect(view.messages.every((m) => m.who === 'bot'), transcript(view)).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('naast.session')), 'session id kept in sessionStorage').toBeTruthy();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('leads a keyboard-only resident from their question to a handoff reference', async () => {
    let asked = false;
    let usedChoice = false;
    for (let i = 0; i < MAX_TURNS; i++) {
      const view = await readView(page);
      const found = view.messages.find((m) => m.who === 'bot' && REFERENCE.test(m.text));
      if (found) {
        reference = REFERENCE.exec(found.text)![0];
        break;
      }
      if (view.error) throw new Error(`the page shows an error line\n${transcript(view)}`);
      const last = [...view.messages].reverse().find((m) => m.who === 'bot')?.text ?? '';
      // Questions may offer a way out as a button ("Liever niet"); a detail they ask for is typed.
      const preferred = view.choices.find((c) => PREFERRED.test(c));
      const detail = asked && !preferred ? typedDetail(last) : undefined;
      if (view.choices.length && !detail) {
        // Focus rule: after a choice, focus lands on the first new choice; after typing, it stays in the box.
        if (usedChoice) expect(view.focus, `focus after choosing, with new choices\n${transcript(view)}`).toBe('choice');
        else if (i > 0) expect(view.focus, `focus after typing\n${transcript(view)}`).toBe('textarea');
        const pick = preferred ?? view.choices[0]!;
        await turn(page, async () => {
          // From a choice, Tab forward through the group; from the message box, Shift+Tab back into it.
          await tabTo(page, (v) => v.focus === 'choice' && v.focusLabel === pick, view.focus !== 'choice', `the choice "${pick}"`);
          await page.keyboard.press('Enter');
        });
        usedChoice = true;
      } else {
        const answer = asked ? (detail ?? 'nog niets') : QUESTION;
        asked = true;
        await turn(page, () => typeAndSend(page, answer));
        usedChoice = false;
        const after = await readView(page);
        if (!after.choices.length) expect(after.focus, `focus stays in the message box after typing\n${transcript(after)}`).toBe('textarea');
      }
    }
    const view = await readView(page);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(reference, `no reference after ${MAX_TURNS} turns\n${transcript(view)}`).toMatch(REFERENCE);
    expect(asked, 'the resident typed their question').toBe(true);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(cspErrors, 'Content-Security-Policy violations').toEqual([]);
  }, 120_000);

  it('mails the handoff with the reference and the resident\'s own words', async () => {
    expect(reference, 'the conversation reached a reference').toMatch(REFERENCE);
    const mail = await smtp!.waitFor((m) => (m.subject ?? '').includes(reference), 30_000);
    const text = (mail.text ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('de deurwaarder komt steeds langs');
    expect(text).toContain('rekeningen moet betalen');
  }, 60_000);

  it('shows the resident, without a reload, that the supporter accepted on the case page', async () => {
    const mail = await smtp!.waitFor((m) => (m.subject ?? '').includes(reference), 30_000);
    // PUBLIC_URL says port 0 here; the case page is on the port the server got.
    const link = (mail.text ?? '').match(/https?:\/\/\S+\/h\/[A-Za-z0-9_-]+/)![0].replace(/^https?:\/\/[^/]+/, naast!.url);
    const supporter = await browser!.context.newPage();
    try {
      await supporter.goto(link);
      const axe = await runAxe(supporter);
      expect(axe, `axe violations on the case page:\n${describeViolations(axe)}`).toEqual([]);
      await supporter.getByRole('button', { name: 'Vraag accepteren' }).click();
      await supporter.getByText('Status: geaccepteerd').waitFor();
    } finally {
      await supporter.close();
    }
    // The organisation's inbox page lists the case, and reads well too.
    const key = await loadOrCreateInboxKey(dataDir);
    const organisation = (await naast!.core.store.get<Handoff>('handoffs', reference))!.organisation.id;
    const inbox = await browser!.context.newPage();
    try {
      await inbox.goto(`${naast!.url}/o/${inboxToken(key, organisation)}`);
      await inbox.getByText(reference).first().waitFor();
      const axe = await runAxe(inbox);
      expect(axe, `axe violations on the inbox page:\n${describeViolations(axe)}`).toEqual([]);
    } finally {
      await inbox.close();
    }
    await page.getByText('Goed nieuws over je vraag').waitFor({ timeout: 15_000 });
    const view = await readView(page);
    expect(view.messages.at(-1)!.text, transcript(view)).toContain(reference);
  }, 60_000);

  it('passes axe-core with no violations, also at 320 px wide without sideways scrolling', async () => {
    const { wide, narrow, overflow } = await checkAccessibleAtTwoWidths(page);
    expect(wide, `axe violations at 1024 px:\n${describeViolations(wide)}`).toEqual([]);
    expect(narrow, `axe violations at 320 px:\n${describeViolations(narrow)}`).toEqual([]);
    expect(overflow, 'horizontal overflow at 320 px, in px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-320.png'), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });
  }, 60_000);

  it('shows typed markup as plain text and keeps Shift+Enter newlines', async () => {
    await turn(page, async () => {
      await tabTo(page, (v) => v.focus === 'textarea', false, 'the message box');
      await page.keyboard.type('<script>alert(1)</script>');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('<img src=x onerror=alert(2)>');
      await page.keyboard.press('Enter');
    });
    const view = await readView(page);
    const mine = view.messages.filter((m) => m.who === 'me').at(-1);
    expect(mine?.text).toBe('<script>alert(1)</script>\n<img src=x onerror=alert(2)>');
    expect(await page.locator('#messages script, #messages img').count(), 'markup became elements').toBe(0);
    expect(dialogs, 'a dialog opened: typed script ran').toEqual([]);
    expect(view.focus, 'focus stays in the message box').toBe('textarea');
  }, 30_000);
});
