import type { Browser } from 'playwright-core';
import { apiGet, axeViolations, launchBrowser, openPage } from './support/browser';
import { focusedLabel, tabTo } from './support/keyboard';
import { apiCookie, signInAs } from './support/session';

interface Readiness {
  findingsWithoutImpactEvidence: number;
  counts: Record<string, number>;
  findings: { id: string; title: string; impactEvidenced: boolean; actions: { id: string; reference: string }[] }[];
}

let browser: Browser;
let planId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  planId = (await apiGet<{ items: { id: string }[] }>('/api/plans', await apiCookie('plan_manager'))).items[0].id;
});
afterAll(async () => {
  await browser?.close();
});

describe('inspection readiness', () => {
  it('takes a Head of SEND from the dashboard, by keyboard, to the findings without impact evidence and on to an action that would change that', async () => {
    const readiness = await apiGet<Readiness>(`/api/plans/${planId}/readiness`, await apiCookie('plan_manager'));
    const without = readiness.findings.filter((f) => !f.impactEvidenced);
    expect(without.length).toBe(readiness.findingsWithoutImpactEvidence);
    expect(without.length).toBeGreaterThan(0);

    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'plan_manager');
    await page.goto('/');
    const figure = page.getByRole('link', { name: `${without.length} Findings without impact evidence` });
    await figure.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('body').focus();
    await tabTo(page, `${without.length} Findings without impact evidence`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/readiness\?show=without-impact-evidence$/);
    await page.getByRole('heading', { level: 1, name: 'Inspection readiness' }).waitFor();
    await page.locator('section.app-finding').first().waitFor();
    // Just the findings without impact evidence, each with its judgement in words and what is missing.
    expect(await page.locator('section.app-finding').count()).toBe(without.length);
    expect(await page.getByRole('heading', { level: 3, name: 'What is missing' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('No action answering this finding has evidence of its impact on children and young people yet.').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // "To change that, evidence the impact of Action x.y": reached and followed by keyboard.
    const target = page.locator('section.app-finding p', { hasText: 'To change that' }).first().getByRole('link').first();
    const name = (await target.textContent())!.trim();
    await tabTo(page, name);
    expect(await focusedLabel(page)).toBe(name);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/actions\//);
    await page.getByRole('heading', { level: 2, name: 'Answers findings' }).waitFor();
    await page.locator('#answers-findings + ul li').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows every finding with a headline count per judgement and its table, reached from the menu', async () => {
    const readiness = await apiGet<Readiness>(`/api/plans/${planId}/readiness`, await apiCookie('plan_manager'));
    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'plan_manager');
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Readiness' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspection readiness' }).waitFor();
    await page.locator('section.app-finding').first().waitFor();
    expect(await page.locator('section.app-finding').count()).toBe(readiness.findings.length);
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Findings by readiness judgement' }) });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((r) => (r.querySelector('td')?.textContent ?? '').trim()));
    expect(rows.map(Number)).toEqual(Object.values(readiness.counts));
    expect(await axeViolations(page)).toEqual([]);

    // A priority area lists the findings its actions answer.
    const areaLink = page.locator('section.app-finding table tbody tr th a').first();
    await areaLink.click();
    await page.waitForURL(/\/actions\//);
    const crumb = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /^Priority/ });
    await crumb.click();
    await page.waitForURL(/\/priorities\//);
    await page.getByRole('heading', { level: 2, name: 'Answers findings' }).waitFor();
    await page.locator('#answers-findings + ul li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
