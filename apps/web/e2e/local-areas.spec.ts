import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, screenshot } from './support/browser';
import { signInAs, type DemoRole } from './support/session';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function waitForPage(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.app-loading').length === 0);
}

async function signedIn(role: DemoRole) {
  const watched = await openPage(browser);
  await signInAs(watched.page, role);
  return watched;
}

describe('local areas', () => {
  it("an adviser compares its local areas and opens one's dashboard", async () => {
    const { page, problems, context } = await signedIn('adviser');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Local areas' }).click();
    await page.waitForURL(/\/local-areas$/);
    await waitForPage(page);
    const link = page.getByRole('link', { name: /^Plymouth/ });
    await link.waitFor();
    expect(await link.textContent()).toBe('Plymouth: open the dashboard');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'local-areas-adviser');
    await link.click();
    await page.waitForURL(/\/\?plan=/);
    await waitForPage(page);
    // Reads, never writes: no control to record an update anywhere on the dashboard.
    await expect(page.getByRole('link', { name: /record an update/i }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the installation administrator adds a local area from the keyboard and is shown its first password once', async () => {
    const { page, problems, context } = await signedIn('admin');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Installation' }).click();
    await page.waitForURL(/\/admin\/local-areas$/);
    await waitForPage(page);
    await page.getByRole('table', { name: /local areas?$/ }).waitFor();
    await page.getByRole('table', { name: 'Advisers and the local areas they read' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'installation');

    const name = `Browsershire ${Date.now().toString(36)}`;
    await page.getByLabel('Name', { exact: true }).focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`first-admin-${Date.now().toString(36)}@browsershire.example`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Browsershire administrator');
    await page.keyboard.press('Enter');
    const password = page.getByTestId('first-password');
    await password.waitFor();
    expect((await password.textContent())?.length).toBeGreaterThanOrEqual(16);
    await page.getByRole('rowheader', { name }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
