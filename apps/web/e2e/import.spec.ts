import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { apiGet, axeViolations, expectSuccess, launchBrowser, openPage, screenshot } from './support/browser';
import { testState } from './support/environment';
import { focusedLabel, tabTo } from './support/keyboard';
import { apiCookie, signInAs } from './support/session';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A small tracker as a council keeps it, with one row (row 4) whose RAG word the import does not
 * know. Names are this test's own, so the organisations and people it creates are new.
 */
function trackerCsv(u: string): Buffer {
  const rows = [
    ['Ref', 'Priority', 'Action', 'Lead', 'Organisation', 'Due date', 'RAG'],
    ['1.1', '1. Leadership and governance', 'Set up the improvement board', `Jane Smith ${u}`, `Testshire Council ${u}`, '31/03/2026', 'Green'],
    ['1.2', '1. Leadership and governance', 'Publish the SEND strategy', `Jane Smith ${u}`, `Testshire Council ${u}`, '31/07/2026', 'Amber'],
    ['2.1', '2. Identification of need', 'Reduce waits for assessments', `Sam Patel ${u}`, `NHS Testshire ICB ${u}`, '30/09/2026', 'Purple'],
    ['2.2', '2. Identification of need', 'Train every SENCO', `Sam Patel ${u}`, `NHS Testshire ICB ${u}`, '', 'Red'],
  ];
  return Buffer.from(rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n'), 'utf8');
}

// Plans are listed by title and the app shows the first: "Testshire" sorts after the seeded Plymouth plan.
const newPlanTitle = (u: string) => `Testshire SEND plan ${u}`;

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function actionsOf(planId: string) {
  const cookie = await apiCookie('plan_manager');
  return (await apiGet<{ items: { reference: string; deliveryStatus: string }[] }>(`/api/actions?planId=${planId}&pageSize=200`, cookie)).items;
}

describe('importing a plan from a spreadsheet', () => {
  it('previews a CSV with a problem, refuses to commit it, commits once the row is skipped, and the new plan shows on its dashboard', async () => {
    const u = randomUUID().slice(0, 8);
    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'plan_manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import a plan from a spreadsheet' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-1-upload');

    // Nothing chosen: the form says what is missing.
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Select the spreadsheet to import');
    await expectNoAxeViolations(page);

    // A file the import cannot read: the API's reason, beside the file input.
    await page.getByRole('radio', { name: 'A new plan' }).check();
    await page.getByLabel('Title of the new plan').fill(newPlanTitle(u));
    await page.getByLabel('Local area', { exact: true }).fill('Testshire');
    await page.getByLabel('Upload the spreadsheet').setInputFiles({ name: 'tracker.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.locator('.govuk-error-message', { hasText: 'The file is empty' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-2-upload-error');

    await page.getByLabel('Upload the spreadsheet').setInputFiles({ name: 'Testshire tracker.csv', mimeType: 'text/csv', buffer: trackerCsv(u) });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
    const problemsTable = page.getByRole('table', { name: 'Problems and skipped rows' });
    expect(await problemsTable.textContent()).toContain('Purple');
    expect(await page.getByText(`A new plan: ${newPlanTitle(u)} (Testshire)`).count()).toBe(1);
    expect(await page.getByLabel('Delivery status (RAG)').inputValue()).toBe('6');
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-3-preview-with-problem');

    // Committing with a problem is refused, and says why.
    await page.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { name: 'The import was not committed' }).waitFor();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Purple');
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-4-commit-refused');
    expect(await page.request.get(`/api/plans?pageSize=200`).then(async (r) => JSON.stringify(await r.json()))).not.toContain(newPlanTitle(u));

    // The error summary leads to the row's skip box.
    await page.locator('.govuk-error-summary').getByRole('link').first().click();
    expect(await focusedLabel(page)).toBe('Skip row 4');
    await page.getByRole('checkbox', { name: 'Skip row 4' }).check();
    await page.getByRole('button', { name: 'Update skipped rows' }).click();
    await page.getByText('The preview has been updated: no problems remain.').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-5-row-skipped');

    await page.getByRole('button', { name: 'Create the plan' }).click();
    await expectSuccess(page, 'Import complete');
    expect(await page.locator('.govuk-panel__body').textContent()).toContain('3 actions added and 0 actions updated');
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-6-complete');

    // The plan and its actions are there: on its dashboard, and through the API.
    await page.getByRole('link', { name: `Go to the dashboard for ${newPlanTitle(u)}` }).click();
    await page.getByRole('heading', { level: 1, name: newPlanTitle(u) }).waitFor();
    await page.getByText(/3 actions in 2 priority areas/).waitFor();
    const planId = new URL(page.url()).searchParams.get('plan')!;
    const actions = await actionsOf(planId);
    expect(actions.map((a) => [a.reference, a.deliveryStatus])).toEqual([
      ['1.1', 'on_track'],
      ['1.2', 'at_risk'],
      ['2.2', 'off_track'],
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads the tracker the product exports back into its plan with nothing to change', async () => {
    const cookie = await apiCookie('plan_manager');
    const plans = await apiGet<{ items: { id: string; title: string }[] }>('/api/plans', cookie);
    const plan = plans.items[0];
    const exported = await fetch(`${testState().baseUrl}/api/plans/${plan.id}/reports/tracker.xlsx`, { headers: cookie ? { cookie } : {} });
    expect(exported.status).toBe(200);

    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'plan_manager');
    await page.goto('/import');
    await page.getByRole('radio', { name: plan.title }).check();
    await page.getByLabel('Upload the spreadsheet').setInputFiles({
      name: 'tracker.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await exported.arrayBuffer()),
    });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
    expect(await page.getByText('There are no problems: every row can be imported.').count()).toBe(1);
    expect(await page.getByText(/Committing now would add 0 new actions, update 0 actions and leave 55 actions as they are/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import into the plan' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-7-reimport-export');
    // Previewed only: the seeded plan is shared with the other browser tests.
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows how far a large file has got while it uploads, then that the spreadsheet is being read', async () => {
    const u = randomUUID().slice(0, 8);
    const rows = ['Ref,Priority,Action,Organisation,RAG'];
    for (let i = 1; i <= 3000; i += 1) rows.push(`${1 + (i % 9)}.${i},${1 + (i % 9)},Action ${i} ${'with a long description '.repeat(3)},Testshire Council ${u},Green`);
    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'plan_manager');
    await page.goto('/import');
    await page.getByRole('radio', { name: 'A new plan' }).check();
    await page.getByLabel('Title of the new plan').fill(newPlanTitle(u));
    await page.getByLabel('Local area', { exact: true }).fill('Testshire');
    await page.getByLabel('Upload the spreadsheet').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
    // About 300 KB at 100 KB/s: long enough to see the upload under way.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 100 * 1024 });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    const status = page.locator('.app-upload-progress [role="status"]');
    await status.filter({ hasText: /^Uploading \d+%…$/ }).waitFor();
    expect(await page.getByRole('progressbar', { name: 'Upload progress' }).count()).toBe(1);
    await screenshot(page, 'import-0-uploading');
    await expectNoAxeViolations(page);
    await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
    expect(await page.getByText(/Committing now would add 3000 new actions/).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('can be done with the keyboard alone', async () => {
    const u = randomUUID().slice(0, 8);
    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'plan_manager');
    await page.goto('/import');
    await page.getByRole('heading', { level: 1, name: 'Import a plan from a spreadsheet' }).waitFor();

    await tabTo(page, /^Plymouth|A new plan/);
    // Arrow keys move through a radio group (and choose); the new plan is the last option.
    for (let i = 0; i < 20 && (await focusedLabel(page)) !== 'A new plan'; i += 1) await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'A new plan' }).isChecked()).toBe(true);
    await tabTo(page, 'Title of the new plan');
    await page.keyboard.type(newPlanTitle(u));
    await tabTo(page, /^Local area/);
    await page.keyboard.type('Testshire');
    await tabTo(page, /Upload the spreadsheet/);
    // A file chooser is the operating system's: the file is given to the focused input.
    await page.locator(':focus').setInputFiles({ name: 'tracker.csv', mimeType: 'text/csv', buffer: trackerCsv(u) });
    await tabTo(page, 'Upload and check');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();

    await tabTo(page, 'Skip row 4');
    await page.keyboard.press('Space');
    await tabTo(page, 'Update skipped rows');
    await page.keyboard.press('Enter');
    await page.getByText('The preview has been updated: no problems remain.').waitFor();
    expect(await focusedLabel(page)).toBe('Update skipped rows');
    await tabTo(page, 'Create the plan');
    await page.keyboard.press('Enter');
    await expectSuccess(page, 'Import complete');
    expect(await focusedLabel(page)).toBe('Import complete');
    await tabTo(page, `Go to the dashboard for ${newPlanTitle(u)}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: newPlanTitle(u) }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
