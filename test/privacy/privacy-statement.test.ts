/**
 * The privacy statement residents read at /privacy: the right facts from the pool and the settings,
 * plain Dutch (B1) with English, the same strict page rules as every page, and the same words as
 * docs/privacy.md.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacyMarkdown, statementEn, statementNl, type PrivacyStatement } from '../../channels/webchat/privacy-page.js';
import { textHints } from '../../src/admin/b1-hints.js';
import { startNaast, type RunningNaast } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { loadPool } from '../../src/pool/load-pool.js';
import { chat } from '../support/chat.js';
import { checkAccessibleAtTwoWidths, chromiumAvailable, describeViolations, launchBrowser } from '../e2e/browser.js';

/** Without Chromium the browser check skips, except under CI (as the e2e tests do). */
const withBrowser = chromiumAvailable() || Boolean(process.env.CI);

const textsOf = (s: PrivacyStatement) => [s.title, s.intro, ...s.sections.flatMap((sec) => [sec.heading, ...sec.blocks.flat()])];

describe('the privacy page of a running Naast', () => {
  let naast: RunningNaast;
  let page: Response;
  let html: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'naast-privacy-'));
    // A municipality whose name needs escaping, so the page shows it is never markup.
    const pool = (await readFile('data/pool.yaml', 'utf8')).replace('municipality: Haarlem', 'municipality: "Haar<b>lem</b> & Co"');
    await writeFile(join(dir, 'pool.yaml'), pool);
    naast = await startNaast(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), POOL_FILE: join(dir, 'pool.yaml'), LOG_LEVEL: 'silent', RETENTION_DAYS: '14' }));
    page = await fetch(`${naast.url}/privacy`);
    html = await page.text();
  });
  afterAll(async () => {
    await naast?.stop();
  });

  it('serves a Dutch page with the English twin below it', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<article lang="en" id="en">');
    expect(html.indexOf('Wat bewaren we?')).toBeLessThan(html.indexOf('What do we keep?'));
  });

  it('names who is responsible, what is kept for how long, the rights, the channels and the regulator', () => {
    for (const fact of [
      'De gemeente Haar&lt;b&gt;lem&lt;/b&gt; &amp; Co gaat over Naast',
      'Je vraag, in je eigen woorden.',
      'Welke organisatie je kiest.',
      'Alleen met de organisatie die jij kiest. En pas nadat je ja zei.',
      'Dan wissen we alles na 14 dagen.',
      'Daarna nog een jaar.',
      'verwijder mijn gegevens',
      'Bel de gemeente Haarlem: 14 023 (op werkdagen).',
      'WhatsApp, Telegram, Teams of e-mail',
      'Autoriteit Persoonsgegevens',
      '<a href="https://autoriteitpersoonsgegevens.nl">',
      'we delete everything after 14 days',
      'delete my data',
    ]) {
      expect(html, fact).toContain(fact);
    }
    expect(html).not.toContain('<b>lem');
  });

  it('has the strict policy of every page: no script, no inline style, its own stylesheet', async () => {
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
    expect(html).toContain('<link rel="stylesheet" href="privacy.css">');
    const css = await fetch(`${naast.url}/privacy.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it.skipIf(!withBrowser)('passes axe-core in a real browser, at 1024 and at 320 px without sideways scrolling', async () => {
    const browser = await launchBrowser();
    try {
      await browser.page.goto(`${naast.url}/privacy`);
      const { wide, narrow, overflow } = await checkAccessibleAtTwoWidths(browser.page);
      expect(wide, describeViolations(wide)).toEqual([]);
      expect(narrow, describeViolations(narrow)).toEqual([]);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
    }
  }, 30_000);

  it('is linked from the web chat page and named in the greeting, in Dutch and English', async () => {
    const chatPage = await (await fetch(`${naast.url}/`)).text();
    expect(chatPage).toMatch(/<a href="privacy">[^<]*gegevens/);
    const greeting = (await chat(naast.url, undefined, '')).replies.map((r) => r.text).join('\n');
    // The address and the period come from the settings (PUBLIC_URL, RETENTION_DAYS), not from the tree.
    expect(greeting).toContain(`lees je hier: ${naast.core.config.publicUrl}/privacy`);
    expect(greeting).toContain(`wissen we alles na ${naast.core.config.retentionDays} dagen`);
    const node = naast.core.runtime.liveTree('intake')!.tree.nodes.find((n) => n.id === 'greeting') as { text: { en: string } };
    expect(node.text.en).toContain('What we do with your data: {privacyUrl}');
  });
});

describe('the words of the privacy statement', () => {
  const facts = async () => ({ pool: await loadPool('data/pool.yaml'), retentionDays: 30, caseRetentionDays: undefined });

  it('are plain Dutch: no sentence over 15 words, hardly any other B1 hint', async () => {
    const texts = textsOf(statementNl(await facts()));
    const hints = texts.flatMap((t) => textHints(t, 'nl').map((h) => `${h.kind}: ${h.message} — ${t}`));
    expect(hints.filter((h) => h.startsWith('long-sentence'))).toEqual([]);
    expect(hints.length, hints.join('\n')).toBeLessThanOrEqual(2);
  });

  it('have an English twin of the same shape', async () => {
    const nl = statementNl(await facts());
    const en = statementEn(await facts());
    expect(en.sections.map((s) => s.blocks.map((b) => (typeof b === 'string' ? 1 : b.length)))).toEqual(nl.sections.map((s) => s.blocks.map((b) => (typeof b === 'string' ? 1 : b.length))));
  });

  it('say a configured case retention, and one year without one', async () => {
    const f = await facts();
    expect(textsOf(statementNl({ ...f, caseRetentionDays: 730 })).join(' ')).toContain('Daarna nog 730 dagen.');
    expect(textsOf(statementEn(f)).join(' ')).toContain('we keep it one year longer');
  });

  it('are in docs/privacy.md exactly as the page serves them for Haarlem with the default settings', async () => {
    const doc = await readFile('docs/privacy.md', 'utf8');
    expect(doc).toContain(privacyMarkdown(statementNl(await facts())));
    expect(doc).toContain(privacyMarkdown(statementEn(await facts())));
  });
});
