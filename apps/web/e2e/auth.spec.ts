import type { Browser } from 'playwright-core';
import { apiGet, axeViolations, launchBrowser, openPage } from './support/browser';
import { apiCookie, demoUser, signInAs } from './support/session';

let browser: Browser;
let actionId: string;
let ownedActionId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const cookie = await apiCookie('plan_manager');
  const planId = (await apiGet<{ items: { id: string }[] }>('/api/plans', cookie)).items[0].id;
  const actions = (await apiGet<{ items: { id: string; reference: string; ownerOrganisation: { name: string } }[] }>(`/api/actions?planId=${planId}&pageSize=200`, cookie)).items;
  actionId = actions.find((a) => a.reference === '2.2')!.id;
  // The education owner's organisation owns 1.1 (the demo account is granted its organisation's actions).
  ownedActionId = actions.find((a) => a.reference === '1.1')!.id;
});
afterAll(async () => {
  await browser?.close();
});

describe('signing in and out', () => {
  it('sends a visitor to sign in, refuses a wrong password with an error summary, then returns them where they were going', async () => {
    const { page, context } = await openPage(browser);
    await page.goto('/delivery');
    await page.waitForURL(/\/sign-in\?redirectTo=%2Fdelivery/);
    await page.getByLabel('Email address').fill(demoUser('plan_manager').email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toMatch(/^Error: Sign in/);
    expect(await page.getByLabel('Email address').inputValue()).toBe(demoUser('plan_manager').email);

    await page.getByLabel('Password').fill(demoUser('plan_manager').password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Delivery view' }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Head of SEND');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await context.close();
  });
});

describe('signing in from the keyboard', () => {
  it('moves focus to the page signed into, without drawing a focus box around the whole page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(demoUser('plan_manager').email);
    await page.getByLabel('Password').fill(demoUser('plan_manager').password);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const main = page.locator('main');
    expect(await main.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await main.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    await context.close();
  });
});

describe('what each role sees', () => {
  it('hides editing, reporting and moderation from a board member', async () => {
    const { page, context } = await openPage(browser);
    await signInAs(page, 'board_member');
    await page.goto(`/actions/${actionId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit action' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Write a status update' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'You cannot see this page' }).waitFor();
    await context.close();
  });

  it('shows the owner of an action the button to report on it, and the Head of SEND the edit button', async () => {
    const owner = await openPage(browser);
    await signInAs(owner.page, 'action_owner');
    await owner.page.goto(`/actions/${ownedActionId}`);
    await owner.page.getByRole('link', { name: 'Write a status update' }).waitFor();
    expect(await owner.page.getByRole('link', { name: 'Edit action' }).count()).toBe(0);
    await owner.context.close();

    const head = await openPage(browser);
    await signInAs(head.page, 'plan_manager');
    await head.page.goto(`/actions/${actionId}`);
    await head.page.getByRole('link', { name: 'Edit action' }).waitFor();
    await head.context.close();
  });

  it('gives an administrator the users page, which lists the accounts and passes axe', async () => {
    const { page, context, problems } = await openPage(browser);
    await signInAs(page, 'admin');
    // The menu's Admin section opens on its first page, Users.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('link', { name: 'Head of SEND', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Head of SEND', exact: true }).click();
    await page.getByRole('button', { name: 'Issue a password reset link' }).click();
    await page.getByText(/reset-password\?token=/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
