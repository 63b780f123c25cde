import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { testState } from './environment';

export const ROOT = resolve(__dirname, '..', '..', '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: testState().chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations seen so far (failed API calls the test expects are left out). */
  problems: string[];
}

/**
 * A fresh context and page that records console errors, uncaught exceptions and every
 * Content-Security-Policy violation, so a test can assert the app ran cleanly under the CSP.
 */
export async function openPage(browser: Browser, width = 1280): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL: testState().baseUrl });
  // Two cores shared by parallel test files: give pages time rather than fail on a slow moment.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (400|401|403|404|409)/.test(text)) problems.push(text);
  });
  page.on('pageerror', (e) => problems.push(`Uncaught: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, problems };
}

/** WCAG 2.2 AA as axe checks it; returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // Charts arrive in their own chunk: wait until every placeholder has been replaced.
  await page.waitForFunction(() => document.querySelectorAll('.app-chart-placeholder').length === 0, undefined, { timeout: 15_000 });
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** JSON from the running API, outside the browser (for the figures a page must show). */
export async function apiGet<T>(path: string, cookie?: string): Promise<T> {
  const res = await fetch(`${testState().baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

/**
 * Waits for a success message; if an error summary appears instead, fails with what it says
 * (and keeps a screenshot under test-results/failures), rather than timing out in silence.
 */
export async function expectSuccess(page: Page, message: string | RegExp): Promise<void> {
  const ok = page.getByText(message).first();
  const problem = page.locator('.govuk-error-summary, .app-state[role="alert"]').first();
  const outcome = await Promise.race([ok.waitFor().then(() => 'ok' as const), problem.waitFor().then(() => 'problem' as const)]).catch(() => 'timeout' as const);
  if (outcome !== 'timeout' && (await ok.isVisible())) return;
  mkdirSync(join(ROOT, 'test-results', 'failures'), { recursive: true });
  const screenshot = join(ROOT, 'test-results', 'failures', `${Date.now()}.png`);
  await page.screenshot({ path: screenshot, fullPage: true });
  const says = outcome === 'problem' ? await problem.textContent() : await page.locator('main').innerText().catch(() => '(no main)');
  throw new Error(`Expected "${String(message)}" ${outcome === 'timeout' ? 'in time' : ''} at ${page.url()} but the page says: ${says?.trim().slice(0, 1500)} (screenshot ${screenshot})`);
}
