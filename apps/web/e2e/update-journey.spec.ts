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
  ownerPerson: { id: string } | null;
  ownerOrganisation: { name: string } | null;
}

const STATUS_LABELS: Record<string, string> = { not_started: 'Not started', on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', complete: 'Complete' };

/**
 * Actions the education owner may report on that have no update yet for the current period (so
 * the journey can start from nothing, whatever ran before it), not complete, and not owned by the
 * Head of SEND, who moderates them (nobody moderates an update on their own action).
 */
async function reportableActions(): Promise<ActionRow[]> {
  const cookie = await apiCookie('plan_manager');
  const moderator = await apiGet<{ personId: string | null }>('/api/auth/me', cookie);
  const periods = await apiGet<{ currentPeriodId: string | null }>(`/api/plans/${planId}/periods`, cookie);
  const all = (await apiGet<{ items: ActionRow[] }>(`/api/actions?planId=${planId}&pageSize=200`, cookie)).items;
  const found: ActionRow[] = [];
  for (const a of all) {
    if (a.deliveryStatus === 'complete' || !a.ownerOrganisation?.name.includes('Education, Participation and Skills')) continue;
    if (a.ownerPerson && a.ownerPerson.id === moderator.personId) continue;
    const updates = await apiGet<{ items: { period: { id: string } }[] }>(`/api/actions/${a.id}/updates`, cookie);
    if (!updates.items.some((u) => u.period.id === periods.currentPeriodId)) found.push(a);
  }
  return found;
}

let browser: Browser;
let planId: string;

const summaryNow = async () => apiGet<Summary>(`/api/plans/${planId}/summary`, await apiCookie('plan_manager'));
const actionNow = async (id: string) => apiGet<ActionRow>(`/api/actions/${id}`, await apiCookie('plan_manager'));

beforeAll(async () => {
  browser = await launchBrowser();
  const cookie = await apiCookie('plan_manager');
  planId = (await apiGet<{ items: { id: string }[] }>('/api/plans', cookie)).items[0].id;
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
      const action = (await reportableActions())[0];
      // The owner proposes a different delivery status from the official one.
      const proposed = action.deliveryStatus === 'on_track' ? 'at_risk' : 'on_track';
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

      await owner.page.getByRole('radio', { name: STATUS_LABELS[proposed] }).check();
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
      expect((await actionNow(action.id)).deliveryStatus).toBe(action.deliveryStatus);

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
      expect(after.byDeliveryStatus[proposed]).toBe(before.byDeliveryStatus[proposed] + 1);
      expect(after.byDeliveryStatus[action.deliveryStatus]).toBe(before.byDeliveryStatus[action.deliveryStatus] - 1);
      const shown = await deliveryCounts(head.page);
      for (const [status, label] of Object.entries(STATUS_LABELS)) expect(shown[label]).toBe(after.byDeliveryStatus[status]);
      await head.page.goto(`/actions/${action.id}`);
      await head.page.getByText('Agreed: back on track.').first().waitFor();
      // The evidence uploaded with the update can be downloaded from the action page.
      const download = head.page.getByRole('link', { name: /Nursery building progress note/ });
      await download.waitFor();
      const href = await download.getAttribute('href');
      const file = await head.context.request.get(href!);
      expect(file.status()).toBe(200);
      expect(await file.text()).toContain('handover agreed');
      expect((await actionNow(action.id)).deliveryStatus).toBe(proposed);
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
      const action = (await reportableActions())[0];

      const owner = await openPage(browser);
      await signInByKeyboard(owner.page, 'action_owner');
      await owner.page.goto(`/actions/${action.id}`);
      await owner.page.getByRole('heading', { level: 1 }).waitFor();
      await tabTo(owner.page, 'Write a status update');
      await owner.page.keyboard.press('Enter');
      await owner.page.getByRole('heading', { level: 1, name: 'Write a status update' }).waitFor();
      // Tab reaches the chosen radio of the group (the official status); the arrow keys move the choice.
      await tabTo(owner.page, STATUS_LABELS[action.deliveryStatus]);
      await owner.page.keyboard.press('ArrowDown');
      const proposedLabel = await focusedLabel(owner.page);
      expect(proposedLabel).not.toBe(STATUS_LABELS[action.deliveryStatus]);
      expect(await owner.page.getByRole('radio', { name: proposedLabel }).isChecked()).toBe(true);
      const proposed = Object.keys(STATUS_LABELS).find((s) => STATUS_LABELS[s] === proposedLabel)!;
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
      expect((await actionNow(action.id)).deliveryStatus).toBe(proposed);
      await head.context.close();
    }));
});
