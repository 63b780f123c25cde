import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS } from '@send/domain';
import type { Browser, Page } from 'playwright-core';
import { apiGet, axeViolations, launchBrowser, openPage, screenshot } from './support/browser';
import { tabTo } from './support/keyboard';
import { apiCookie, signInAs, type DemoRole } from './support/session';

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

describe("schools' SEND self-reviews and audits", () => {
  it('the local authority reads the heat map, the schools most in need of support and the thematic summary', async () => {
    const overview = await apiGet<{ auditHeatMap: { number: number; counts: { embedded: number; developing: number; not_yet: number } }[]; needsSupport: { name: string }[] }>(
      '/api/school-reviews/overview', await apiCookie('plan_manager'),
    );
    const { page, problems, context } = await signedIn('plan_manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Schools' }).click();
    await page.waitForURL(/\/schools$/);
    await waitForPage(page);
    const heat = page.locator('#audit-heat-map');
    await heat.waitFor();
    // Each cell says its number beside its colour.
    const first = await heat.locator('tbody tr').first().locator('td').allTextContents();
    const a1 = overview.auditHeatMap[0].counts;
    expect(first.slice(0, 3).map((t) => Number(t.split(' ')[0]))).toEqual([a1.embedded, a1.developing, a1.not_yet]);
    await page.getByRole('table', { name: /most in need of support first/ }).getByRole('link', { name: overview.needsSupport[0].name }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'schools-overview');

    await page.getByRole('link', { name: /thematic summary of this year/ }).click();
    await page.waitForURL(/\/schools\/thematic-summary/);
    await waitForPage(page);
    await page.getByRole('link', { name: 'Download the thematic summary (PDF)' }).waitFor();
    await page.getByRole('heading', { name: 'Assessing and meeting the needs of pupils with SEND' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'schools-thematic-summary');

    await page.goto('/schools');
    await waitForPage(page);
    await page.getByRole('table', { name: /most in need of support first/ }).getByRole('link').first().click();
    await page.waitForURL(/\/schools\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    await page.getByRole('table', { name: /Audit visits/ }).getByRole('link').first().click();
    await page.waitForURL(/\/school-audits\//);
    await waitForPage(page);
    await page.getByRole('heading', { name: 'Ratings by statement' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a school's SENCO sees only their own school, its self-review and its published audit", async () => {
    const { page, problems, context } = await signedIn('school_senco');
    await page.goto('/schools');
    await waitForPage(page);
    const rows = page.getByRole('table', { name: 'Schools, by name' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Hoe Park Primary School (illustrative)');
    // No view across schools for a school.
    expect(await page.locator('#audit-heat-map').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await rows.first().getByRole('link').click();
    await page.waitForURL(/\/schools\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-senco');
    await page.getByRole('table', { name: /self-reviews/ }).getByRole('link').first().click();
    await page.waitForURL(/\/self-reviews\//);
    await waitForPage(page);
    await page.getByRole('heading', { name: /^1\. Identifying the particular SEN/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Another school's page is not found.
    const schools = await apiGet<{ id: string }[]>('/api/schools', await apiCookie('plan_manager'));
    const own = await apiGet<{ id: string }[]>('/api/schools', await apiCookie('school_senco'));
    const other = schools.find((s) => s.id !== own[0].id)!;
    await page.goto(`/schools/${other.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/not found|could not be found|no school/i);
    expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
    await context.close();
  });

  it("a school's SENCO reads their school's improvement plan and downloads the governors' report", async () => {
    const { page, problems, context } = await signedIn('school_senco');
    const [own] = await apiGet<{ id: string }[]>('/api/schools', await apiCookie('school_senco'));
    const plan = await apiGet<{ title: string; priorities: { number: number; title: string; actions: { title: string }[] }[] }>(`/api/schools/${own.id}/plan`, await apiCookie('school_senco'));
    await page.goto(`/schools/${own.id}`);
    await waitForPage(page);
    await page.getByRole('heading', { name: "The school's improvement plan" }).waitFor();
    await page.getByText(plan.title).first().waitFor();
    const first = plan.priorities[0];
    const table = page.getByRole('table', { name: `Priority ${first.number}: ${first.title}` });
    await table.getByRole('rowheader', { name: first.actions[0].title }).waitFor();
    // Statuses are words beside their colours.
    expect((await table.locator('tbody tr').first().textContent()) ?? '').toMatch(/Complete|On track|At risk|Off track|Not started/);
    for (const format of ['Word document', 'PDF']) {
      const link = page.getByRole('link', { name: `Download the governors' report (${format})` });
      const href = await link.getAttribute('href');
      const res = await page.request.get(href!);
      expect(res.status()).toBe(200);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-plan');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the local authority adds a school with the keyboard, each refusal shown by its field', async () => {
    const { page, problems, context } = await signedIn('plan_manager');
    await page.goto('/schools');
    await waitForPage(page);
    await tabTo(page, 'Add a school');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/schools\/new$/);
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing filled in: the API's message for each field is shown beside it and in the summary.
    await tabTo(page, 'Add school');
    await page.keyboard.press('Enter');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    for (const id of ['school-name', 'school-phase', 'school-urn']) await page.locator(`#${id}-error`).waitFor();
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-new-errors');

    const urn = String(700000 + Math.floor(Math.random() * 99999));
    await tabTo(page, 'Name');
    await page.keyboard.type('Keyboard Test Primary School');
    await tabTo(page, 'Primary');
    await page.keyboard.press('Space');
    await tabTo(page, 'URN');
    await page.keyboard.type('12');
    await tabTo(page, 'Add school');
    await page.keyboard.press('Enter');
    await page.locator('#school-urn-error').getByText(/six digits/).waitFor();
    expect(await page.locator('#school-name-error').count()).toBe(0);
    await page.locator('#school-urn').fill(urn);
    await tabTo(page, 'SENCO (optional)');
    await page.keyboard.type('K. Board');
    await tabTo(page, 'Add school');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/schools\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    await page.getByRole('heading', { level: 1, name: 'Keyboard Test Primary School' }).waitFor();
    await page.getByText('The school has no improvement plan yet.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.filter((p) => !/\b400\b|404/.test(p))).toEqual([]);
    await context.close();
  });

  it('the local authority records an audit visit: ratings, strengths, findings and next steps, then publishes it', async () => {
    const { page, problems, context } = await signedIn('plan_manager');
    const schools = await apiGet<{ id: string; name: string }[]>('/api/schools', await apiCookie('plan_manager'));
    const school = schools.find((s) => s.name.startsWith('Saltram'))!;
    await page.goto(`/schools/${school.id}`);
    await waitForPage(page);
    await tabTo(page, 'Record an audit visit');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/audits\/new$/);
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);
    // A date that does not exist is refused by its field.
    await page.locator('#visit-date').fill('31');
    await page.locator('#visit-date-month').fill('2');
    await page.locator('#visit-date-year').fill('2026');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#visit-date-error').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#visit-date').fill('2');
    await page.getByLabel('Auditors (optional)').fill('R. Auditor\nS. Second');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/school-audits\/[0-9a-f-]{36}\/edit$/);
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);

    const area = page.locator('details').filter({ has: page.locator('summary', { hasText: /^1\. .*of \d+ rated\)$/ }) });
    await area.locator('summary').click();
    const firstStatement = area.locator('fieldset').first();
    await firstStatement.getByLabel('Embedded').check();
    await page.getByLabel('Strengths').fill('A whole-school approach to identifying need');
    await page.locator('#findings-identification').fill('The SEND register is reviewed too rarely');
    await page.locator('#next-steps-outcomes').fill('Measure each intervention before and after');
    await page.getByLabel(/Publish: the school sees/).check();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-audit-edit');
    await page.getByRole('button', { name: 'Save the audit visit' }).click();
    await page.waitForURL(/\/school-audits\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    await page.getByText('A whole-school approach to identifying need').waitFor();
    await page.getByText('The SEND register is reviewed too rarely').waitFor();
    await page.getByText('Measure each intervention before and after').waitFor();
    await page.getByText(/^Published/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.filter((p) => !/\b400\b/.test(p))).toEqual([]);
    await context.close();
  });

  it("a school's SENCO moves an action of their plan on and records its evidence, each refusal by its field", async () => {
    const { page, problems, context } = await signedIn('school_senco');
    const [own] = await apiGet<{ id: string }[]>('/api/schools', await apiCookie('school_senco'));
    await page.goto(`/schools/${own.id}`);
    await waitForPage(page);
    await tabTo(page, 'Review IEPs half-termly with parents');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plan\/actions\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);

    // Impact judged before delivery is complete: refused, by the impact field.
    await page.getByRole('group', { name: 'Delivery', exact: true }).getByLabel(DELIVERY_STATUS_INFO.on_track.label, { exact: true }).check();
    await page.getByRole('group', { name: /^Impact/ }).first().getByLabel(IMPACT_STATUS_LABELS.complete_monitoring_impact, { exact: true }).check();
    await page.getByRole('button', { name: 'Save the status' }).click();
    await page.locator('#impact-status-error').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('group', { name: /^Impact/ }).first().getByLabel(IMPACT_STATUS_LABELS.not_yet_complete, { exact: true }).check();
    await page.getByRole('button', { name: 'Save the status' }).click();
    await page.getByText("The action's status is saved.").waitFor();

    // Evidence with no title: refused by its field; then recorded.
    await page.getByRole('button', { name: 'Record the evidence' }).click();
    await page.locator('#evidence-title-error').waitFor();
    await page.getByLabel('Title').fill('IEP review notes, autumn half term');
    await page.getByRole('button', { name: 'Record the evidence' }).click();
    await page.getByText('The evidence is recorded.').waitFor();
    await page.getByText(/IEP review notes, autumn half term/).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-plan-action');

    const plan = await apiGet<{ priorities: { actions: { title: string; deliveryStatus: string; evidence: { title: string }[] }[] }[] }>(`/api/schools/${own.id}/plan`, await apiCookie('school_senco'));
    const action = plan.priorities.flatMap((p) => p.actions).find((a) => a.title === 'Review IEPs half-termly with parents')!;
    expect(action.deliveryStatus).toBe('on_track');
    expect(action.evidence.map((e) => e.title)).toContain('IEP review notes, autumn half term');
    expect(problems).toEqual([]);
    await context.close();
  });
  it("a school's SENCO writes the term's update on an action of their plan and submits it to the local authority, a missing narrative refused by its field", async () => {
    const { page, problems, context } = await signedIn('school_senco');
    const [own] = await apiGet<{ id: string }[]>('/api/schools', await apiCookie('school_senco'));
    const plan = await apiGet<{ priorities: { actions: { id: string; title: string }[] }[] }>(`/api/schools/${own.id}/plan`, await apiCookie('school_senco'));
    const action = plan.priorities.flatMap((p) => p.actions).find((a) => a.title === 'Introduce SENCO referrals for raising concerns')!;
    await page.goto(`/schools/${own.id}/plan/actions/${action.id}`);
    await waitForPage(page);
    await page.getByRole('heading', { name: 'Update for the governing board' }).waitFor();
    await page.getByText('No update has been written for this action yet.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Submitted with no word of progress: refused, by the narrative's field.
    await page.getByRole('button', { name: 'Submit the update' }).click();
    await page.locator('#update-narrative-error').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('What progress was made this term').fill('Every class teacher has raised at least one referral; each was acted on within a week.');
    await page.getByRole('group', { name: 'Delivery status you propose' }).getByLabel(DELIVERY_STATUS_INFO.on_track.label, { exact: true }).check();
    await page.getByRole('button', { name: 'Submit the update' }).click();
    await page.getByText("Your update is sent to the local authority's moderators.").waitFor();
    await page.getByRole('heading', { name: /: Awaiting moderation$/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-plan-action-update');

    const updates = await apiGet<{ items: { state: string; narrative: string }[] }>(`/api/schools/${own.id}/plan/actions/${action.id}/updates`, await apiCookie('school_senco'));
    expect(updates.items.map((u) => [u.state, u.narrative])).toEqual([['submitted', 'Every class teacher has raised at least one referral; each was acted on within a week.']]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
