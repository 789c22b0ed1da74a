import { accessSync, constants, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; the network is closed, so playwright never downloads a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether a Chromium binary is there to run; tests skip without one, except in CI. */
export function chromiumAvailable(): boolean {
  try {
    accessSync(chromiumPath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A headless Chromium with its own fresh profile; `close` also removes the profile. */
export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Starts headless Chromium with a fresh profile in a temporary folder. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'naast-chromium-'));
  let context: BrowserContext;
  try {
    // Playwright refuses `--user-data-dir` in args; a persistent context takes the folder instead.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ARGS,
      viewport: { width: 1024, height: 768 },
      locale: 'nl-NL',
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new Error(`could not start Chromium at ${chromiumPath}`, { cause: error });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** An axe-core violation, cut down to what a person needs to find and fix it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

const axePath = createRequire(import.meta.url).resolve('axe-core');

/** Runs axe-core's default rules (WCAG 2.x A/AA and best practices) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = () => page.evaluate(() => 'axe' in window);
  if (!(await loaded())) {
    try {
      await page.addScriptTag({ path: axePath });
    } catch {
      // A strict Content-Security-Policy blocks the inline script tag; evaluating does not.
    }
  }
  if (!(await loaded())) await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Result[] }> } }).axe;
    const results = await axe.run(document);
    return results.violations;
  });
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
  }));
}

/** Violations as readable lines, for a failing assertion's message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.html}\n    ${n.summary.replace(/\n/g, '\n    ')}`).join('\n')}`)
    .join('\n');
}

/**
 * What a page owes every reader: no axe violations at 1024 px and at 320 px, and no sideways
 * scrolling at 320 px. Leaves the page at 320 px wide (the caller sizes it back when it needs to).
 */
export async function checkAccessibleAtTwoWidths(page: Page): Promise<{ wide: AxeViolation[]; narrow: AxeViolation[]; overflow: number }> {
  const wide = await runAxe(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const narrow = await runAxe(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  return { wide, narrow, overflow };
}
