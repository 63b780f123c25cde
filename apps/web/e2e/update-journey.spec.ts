import type { Browser, Page } from 'playwright-core';
import { apiGet, axeViolations, expectSuccess, launchBrowser, openPage } from './support/browser';
import { focusedLabel, tabTo } from './support/keyboard';
import { withPlanLock } from './support/plan-lock';
import { apiCookie, demoUser, signInAs, type DemoRole } from './support/session';

interface Summary {
  byDeliveryStatus: Record<string, number>;
}
interface ActionRow {
  id: string;
  reference: string;
  title: string;
  deliveryStatus: string;
}

let browser: Browser;
let planId: string;
let actions: ActionRow[];

const summaryNow = async () => apiGet<Summary>(`/api/plans/${planId}/summary`, await apiCookie('plan_manager'));
const actionNow = async (id: string) => apiGet<ActionRow>(`/api/actions/${id}`, await apiCookie('plan_manager'));

beforeAll(async () => {
  browser = await launchBrowser();
  const cookie = await apiCookie('plan_manager');
  planId = (await apiGet<{ items: { id: string }[] }>('/api/plans', cookie)).items[0]!.id;
  actions = (await apiGet<{ items: ActionRow[] }>(`/api/actions?planId=${planId}&pageSize=200`, cookie)).items;
});
afterAll(async () => {
  await browser?.close();
});

async function deliveryCounts(page: Page): Promise<Record<string, number>> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: 'Actions by delivery status' }) });
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((r) => [...r.querySelectorAll('th,td')].map((c) => (c.textContent ?? '').trim())));
  return Object.fromEntries(rows.map((r) => [r[0], Number(r[1])]));
}

describe('a status update from draft to approved', () => {
  it('is written and submitted by the owner, approved by the Head of SEND, and the dashboard then shows the new status', () =>
    withPlanLock(async () => {
      const action = actions.find((a) => a.reference === '9.4')!;
      expect(action.deliveryStatus).toBe('at_risk');
      const before = await summaryNow();

      // The owner writes a draft, then submits it.
      const owner = await openPage(browser);
      await signInAs(owner.page, 'action_owner');
      await owner.page.goto(`/actions/${action.id}`);
      await owner.page.getByRole('link', { name: 'Write a status update' }).click();
      await owner.page.getByRole('heading', { level: 1, name: 'Write a status update' }).waitFor();
      expect(await axeViolations(owner.page)).toEqual([]);
      // Submitting with no progress written is refused by the API, beside the field, keeping the rest.
      await owner.page.getByLabel('Next steps').fill('Open the nursery in September.');
      await owner.page.getByRole('button', { name: 'Submit for moderation' }).click();
      await owner.page.locator('.govuk-error-summary').waitFor();
      expect(await owner.page.locator('.govuk-error-summary').textContent()).toMatch(/progress/i);
      expect(await owner.page.getByLabel('Next steps').inputValue()).toBe('Open the nursery in September.');
      expect(await axeViolations(owner.page)).toEqual([]);

      await owner.page.getByRole('radio', { name: 'On track' }).check();
      await owner.page.getByLabel('Progress this period').fill('Building work is back on schedule and staff are recruited.');
      await owner.page.getByLabel('Risks and blockers').fill('None at present.');
      // Evidence goes up with the update: a document, dated, showing impact.
      await owner.page.getByText('Upload new evidence with this update').click();
      await owner.page.getByLabel('Upload a file').setInputFiles({
        name: 'nursery-progress.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Nursery building: handover agreed for August.\n'),
      });
      await owner.page.getByLabel('Title').fill('Nursery building progress note');
      await owner.page.getByLabel('Day').last().fill('10');
      await owner.page.getByLabel('Month').last().fill('11');
      await owner.page.getByLabel('Year').last().fill('2026');
      await owner.page.getByRole('button', { name: 'Save as draft' }).click();
      await expectSuccess(owner.page, 'Your update has been saved as a draft.');
      await owner.page.getByRole('button', { name: 'Submit for moderation' }).click();
      await expectSuccess(owner.page, 'Your update has been submitted for moderation.');
      expect(await owner.page.getByText('Awaiting moderation').count()).toBeGreaterThan(0);
      expect(await axeViolations(owner.page)).toEqual([]);
      expect(owner.problems).toEqual([]);
      await owner.context.close();
      expect((await actionNow(action.id)).deliveryStatus).toBe('at_risk');

      // The Head of SEND finds it in the moderation queue and approves it.
      const head = await openPage(browser);
      await signInAs(head.page, 'plan_manager');
      await head.page.goto('/delivery');
      await head.page.getByRole('heading', { name: 'Moderation queue' }).waitFor();
      await head.page.getByRole('link', { name: new RegExp(`Review the update for ${action.reference.replace('.', '\\.')} `) }).click();
      await head.page.getByRole('heading', { name: 'Moderate this update' }).waitFor();
      expect(await axeViolations(head.page)).toEqual([]);
      await head.page.getByLabel('Comment for the owner').fill('Agreed: back on track.');
      await head.page.getByRole('button', { name: 'Approve update' }).click();
      await expectSuccess(head.page, /has been approved/);

      // The dashboard shows the new status, and agrees with the API.
      await head.page.goto('/');
      await head.page.locator('caption', { hasText: 'Actions by delivery status' }).waitFor({ state: 'attached' });
      const after = await summaryNow();
      expect(after.byDeliveryStatus.on_track).toBe(before.byDeliveryStatus.on_track! + 1);
      expect(after.byDeliveryStatus.at_risk).toBe(before.byDeliveryStatus.at_risk! - 1);
      const shown = await deliveryCounts(head.page);
      expect(shown['On track']).toBe(after.byDeliveryStatus.on_track);
      expect(shown['At risk']).toBe(after.byDeliveryStatus.at_risk);
      await head.page.goto(`/actions/${action.id}`);
      await head.page.getByText('Agreed: back on track.').first().waitFor();
      // The evidence uploaded with the update can be downloaded from the action page.
      const download = head.page.getByRole('link', { name: /Nursery building progress note/ });
      await download.waitFor();
      const href = await download.getAttribute('href');
      const file = await head.context.request.get(href!);
      expect(file.status()).toBe(200);
      expect(await file.text()).toContain('handover agreed');
      expect((await actionNow(action.id)).deliveryStatus).toBe('on_track');
      expect(head.problems).toEqual([]);
      await head.context.close();
    }));
});

describe('the update journey with the keyboard alone', () => {
  async function signInByKeyboard(page: Page, role: DemoRole) {
    await page.goto('/sign-in');
    const { email, password } = demoUser(role);
    await tabTo(page, 'Email address');
    await page.keyboard.type(email);
    await tabTo(page, 'Password');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  it('lets an owner write and submit, and the Head of SEND approve, without a mouse', () =>
    withPlanLock(async () => {
      const action = actions.find((a) => a.reference === '3.8')!;
      expect(action.deliveryStatus).toBe('at_risk');

      const owner = await openPage(browser);
      await signInByKeyboard(owner.page, 'action_owner');
      await owner.page.goto(`/actions/${action.id}`);
      await owner.page.getByRole('heading', { level: 1 }).waitFor();
      await tabTo(owner.page, 'Write a status update');
      await owner.page.keyboard.press('Enter');
      await owner.page.getByRole('heading', { level: 1, name: 'Write a status update' }).waitFor();
      // Tab reaches the chosen radio of the group; the arrow keys move the choice.
      await tabTo(owner.page, 'At risk');
      await owner.page.keyboard.press('ArrowUp');
      expect(await focusedLabel(owner.page)).toBe('On track');
      expect(await owner.page.getByRole('radio', { name: 'On track' }).isChecked()).toBe(true);
      await tabTo(owner.page, 'Progress this period');
      await owner.page.keyboard.type('Agreed the joint dip-sampling model with three schools.');
      await tabTo(owner.page, 'Submit for moderation');
      await owner.page.keyboard.press('Enter');
      await expectSuccess(owner.page, 'Your update has been submitted for moderation.');
      await owner.context.close();

      const head = await openPage(browser);
      await signInByKeyboard(head.page, 'plan_manager');
      await head.page.goto('/delivery');
      await head.page.getByRole('heading', { name: 'Moderation queue' }).waitFor();
      await tabTo(head.page, new RegExp(`^Review the update for ${action.reference.replace('.', '\\.')} `));
      await head.page.keyboard.press('Enter');
      await head.page.getByRole('heading', { name: 'Moderate this update' }).waitFor();
      await tabTo(head.page, 'Comment for the owner');
      await head.page.keyboard.type('Approved.');
      await tabTo(head.page, 'Approve update');
      await head.page.keyboard.press('Enter');
      await expectSuccess(head.page, /has been approved/);
      expect((await actionNow(action.id)).deliveryStatus).toBe('on_track');
      await head.context.close();
    }));
});
