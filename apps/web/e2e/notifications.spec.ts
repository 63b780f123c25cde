import type { Browser, Page } from 'playwright-core';
import { axeViolations, expectSuccess, launchBrowser, openPage, screenshot } from './support/browser';
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

describe('notifications and email settings', () => {
  it('reaches the notifications from the header, and changes email settings from the keyboard', async () => {
    const { page, problems, context } = await signedIn('action_owner');
    const link = page.getByRole('banner').getByRole('link', { name: /^Notifications/ });
    await link.click();
    await page.waitForURL(/\/notifications$/);
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'notifications');

    await page.getByRole('link', { name: 'email settings' }).click();
    await page.waitForURL(/\/settings\/notifications$/);
    await waitForPage(page);
    await page.getByRole('checkbox', { name: 'When a board pack is published' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Keyboard only: turn off board pack emails and choose Friday.
    await page.getByRole('checkbox', { name: 'When a board pack is published' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('radio', { name: 'Friday' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save email settings' }).focus();
    await page.keyboard.press('Enter');
    await expectSuccess(page, 'Your email settings have been saved.');
    expect(await page.getByRole('checkbox', { name: 'When a board pack is published' }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Friday' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows administrators the outbox, and an unsubscribe link that is not valid says so without signing in', async () => {
    const { page, problems, context } = await signedIn('admin');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Outbox' }).click();
    await page.waitForURL(/\/admin\/outbox$/);
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();

    const visitor = await openPage(browser);
    await visitor.page.goto('/unsubscribe?token=not-a-real-token');
    await visitor.page.getByText('This unsubscribe link is not valid').waitFor();
    expect(visitor.page.url()).toMatch(/\/unsubscribe\?token=/);
    expect(await axeViolations(visitor.page)).toEqual([]);
    await visitor.context.close();
  });
});
