import { screen, within } from '@testing-library/react';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { DashboardRoute } from '../routes/dashboard';

const PLAN_ID = 'p1';
const counts = { actions: 2, byImpactStatus: { not_yet_complete: 2, complete_monitoring_impact: 0, complete_impact_evidenced: 0 }, byDeliveryStatus: { not_started: 0, on_track: 0, at_risk: 1, off_track: 1, complete: 0 }, overdue: 1 };
const exceptionItem = (id: string, reference: string, reasons: string[], issues: { code: string; message: string }[] = []) => ({
  action: {
    id, reference, title: `Action ${reference}`, priorityAreaId: 'pa1', priorityNumber: 1, dueDate: '2025-01-31',
    deliveryStatus: reasons.includes('off_track') ? 'off_track' : 'at_risk', deliveryStatusLabel: '', impactStatus: 'not_yet_complete', impactStatusLabel: '',
    ownerPerson: null, ownerOrganisation: null,
  },
  reasons,
  issues,
});

const finding = (id: string, impactEvidenced: boolean, gaps: number) => ({
  id, inspectionId: 'i1', kind: 'area_for_improvement', kindLabel: 'Area for improvement', number: 1, title: id, text: 'Words.',
  judgement: impactEvidenced ? 'impact_evidenced' : 'in_progress', judgementLabel: '', rag: 'amber', impactEvidenced,
  gaps: Array.from({ length: gaps }, () => ({ kind: 'no_impact_evidence', message: 'x', actionId: null, measureId: null })), actions: [], measures: [],
});
const readinessFor = (asAt: string | null) => ({
  planId: PLAN_ID, asAt: asAt ?? '2025-03-01', inspections: [], counts: { no_plan: 0, in_progress: 2, monitoring_impact: 0, impact_evidenced: 1 },
  findingsWithoutImpactEvidence: 2, findingsWithGaps: 2, findings: [finding('f1', false, 1), finding('f2', false, 1), finding('f3', true, 0)],
});

function stubDashboard(exceptionsFor: (asAt: string | null) => unknown) {
  return stubApi(
    on('GET', '/api/plans', { body: { items: [{ id: PLAN_ID, title: 'Test plan' }], total: 1, page: 1, pageSize: 200 } }),
    on('GET', `/api/plans/${PLAN_ID}`, { body: { id: PLAN_ID, title: 'Test plan', priorityAreas: [] } }),
    on('GET', `/api/plans/${PLAN_ID}/summary`, (url) => ({ body: { planId: PLAN_ID, asAt: url.searchParams.get('asAt') ?? '2025-03-01', ...counts, priorities: [] } })),
    on('GET', `/api/plans/${PLAN_ID}/periods`, { body: { items: [], total: 0, currentPeriodId: null } }),
    on('GET', `/api/plans/${PLAN_ID}/measures`, { body: [] }),
    on('GET', `/api/plans/${PLAN_ID}/readiness`, (url) => ({ body: readinessFor(url.searchParams.get('asAt')) })),
    on('GET', `/api/plans/${PLAN_ID}/exceptions`, (url) => ({ body: exceptionsFor(url.searchParams.get('asAt')) })),
    on('GET', '/api/decisions', { body: { items: [
      { id: 'd1', overdue: true, status: 'open' }, { id: 'd2', overdue: false, status: 'open' },
    ], total: 2, page: 1, pageSize: 200 } }),
    on('GET', '/api/meetings', { body: { items: [
      { id: 'sdg', title: 'SEND Strategic Delivery Group', meetingDate: '2025-02-20', body: { id: 'b2', name: 'SDG', kind: 'strategic_delivery_group' } },
      { id: 'm1', title: 'SEND Improvement Board', meetingDate: '2025-03-26', body: { id: 'b1', name: 'SEND Improvement Board', kind: 'improvement_board' } },
    ], total: 2, page: 1, pageSize: 20 } }),
    // "You said, we did": 16 heard, 3 recommendations without a response.
    on('GET', `/api/plans/${PLAN_ID}/voice`, (url) => ({
      body: { items: [], total: url.searchParams.get('unanswered') === 'true' ? 3 : 16, page: 1, pageSize: 200 },
    })),
    on('GET', '/api/meetings/m1/packs', { body: { items: [{ id: 'pk', state: 'draft', stateLabel: 'Draft', files: [] }], total: 1 } }),
  );
}

describe('the dashboard\'s exceptions', () => {
  it('renders the list GET /api/plans/:planId/exceptions gives, with every reason in words, asking for the day shown', async () => {
    const calls = stubDashboard((asAt) => ({
      planId: PLAN_ID, asAt: asAt ?? '2025-03-01', period: { id: 'rp', title: 'Board 12 February 2025', boardDate: '2025-02-12' },
      counts: { actions: 2, off_track: 1, overdue: 1, stale: 1, inconsistent: 1 },
      items: [
        exceptionItem('a', '1.2', ['off_track', 'stale']),
        exceptionItem('b', '1.10', ['overdue', 'inconsistent'], [{ code: 'past_due_not_complete', message: 'The due date has passed but the action is still rated on track or at risk.' }]),
      ],
    }));
    renderWithProviders(<DashboardRoute />, { path: '/?asAt=2025-02-12' });
    const table = await screen.findByRole('table', { name: '2 actions need attention' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['1.2 Action 1.2', '1.10 Action 1.10']);
    expect(within(rows[0]).getByText('Off track', { selector: 'li' })).toBeInTheDocument();
    expect(within(rows[0]).getByText('No approved update for over two periods')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Overdue')).toBeInTheDocument();
    expect(within(rows[1]).getByText(/The due date has passed/)).toBeInTheDocument();
    // What counts as an exception, one reason to a line, as they stood on the day shown.
    const reasons = screen.getByText('Actions that need attention, as they stood on 12 February 2025:').nextElementSibling as HTMLElement;
    expect(within(reasons).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'off track',
      'overdue',
      'not complete, with no approved update for over two reporting periods (as tracked for Board 12 February 2025)',
      'with a status that contradicts their dates, milestones or evidence',
    ]);
    expect(calls.filter((c) => c.url.pathname.endsWith('/exceptions')).map((c) => c.url.searchParams.get('asAt'))).toEqual(['2025-02-12']);
    // Measures too are read as they stood that day, not as they are now.
    expect(calls.filter((c) => c.url.pathname.endsWith('/measures')).map((c) => c.url.searchParams.get('asAt'))).toEqual(['2025-02-12']);
    expect(calls.filter((c) => c.url.pathname === '/api/decisions').map((c) => c.url.searchParams.get('asAt'))).toEqual(['2025-02-12']);
  });

  it('opens with the chair\u2019s summary: where to challenge, decisions, and the next board with its pack', async () => {
    stubDashboard((asAt) => ({
      planId: PLAN_ID, asAt: asAt ?? '2025-03-01', period: null, counts: { actions: 2, off_track: 1, overdue: 2, stale: 0, inconsistent: 1 },
      items: [exceptionItem('a', '1.2', ['off_track', 'overdue']), exceptionItem('b', '1.10', ['overdue', 'inconsistent'])],
    }));
    renderWithProviders(<DashboardRoute />);
    const summary = await screen.findByRole('region', { name: /Summary for the board/ });
    expect(await within(summary).findByRole('link', { name: '1 action off track' })).toHaveAttribute('href', '#exceptions');
    expect(within(summary).getByRole('link', { name: '2 actions overdue' })).toBeInTheDocument();
    expect(await within(summary).findByText(/, 1 overdue/)).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: '2 open decisions and challenges' })).toBeInTheDocument();
    expect(await within(summary).findByText(/Its pack: draft/)).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /SEND Improvement Board, 26 March 2025/ })).toBeInTheDocument();
  });

  it('says so when nothing needs attention', async () => {
    stubDashboard((asAt) => ({ planId: PLAN_ID, asAt: asAt ?? '2025-03-01', period: null, counts: { actions: 0, off_track: 0, overdue: 0, stale: 0, inconsistent: 0 }, items: [] }));
    renderWithProviders(<DashboardRoute />);
    expect(await screen.findByText('No actions are off track, overdue, stale or inconsistent.')).toBeInTheDocument();
  });

  it('counts the recommendations without a response, linking to them on the You said, we did page', async () => {
    const calls = stubDashboard((asAt) => ({ planId: PLAN_ID, asAt: asAt ?? '2025-03-01', period: null, counts: { actions: 0, off_track: 0, overdue: 0, stale: 0, inconsistent: 0 }, items: [] }));
    renderWithProviders(<DashboardRoute />);
    const figure = await screen.findByRole('link', { name: '3 recommendations without a response' });
    expect(figure.getAttribute('href')).toBe('/voice?unanswered=true&kind=recommendation');
    expect(await screen.findByText(/16 items heard from children, young people, families and practitioners/)).toBeTruthy();
    expect(calls.some((c) => c.url.pathname === `/api/plans/${PLAN_ID}/voice` && c.url.searchParams.get('kind') === 'recommendation')).toBe(true);
  });
});

describe("the dashboard's inspection readiness", () => {
  it('shows the findings without impact evidence as a figure linking to the readiness page filtered to them, as at the day shown', async () => {
    const calls = stubDashboard((asAt) => ({ planId: PLAN_ID, asAt: asAt ?? '2025-03-01', period: null, counts: { actions: 0, off_track: 0, overdue: 0, stale: 0, inconsistent: 0 }, items: [] }));
    renderWithProviders(<DashboardRoute />, { path: '/?asAt=2025-02-12' });
    const figures = await screen.findByRole('list', { name: 'Inspection readiness' });
    const link = within(figures).getByRole('link', { name: '2 Findings without impact evidence' });
    expect(link).toHaveAttribute('href', '/readiness?show=without-impact-evidence&asAt=2025-02-12');
    expect(screen.getByText(/Of 3 inspection findings: 0 no action answers it; 2 work in progress; 0 delivered, impact not yet evidenced; 1 impact evidenced\./)).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname.endsWith('/readiness')).map((c) => c.url.searchParams.get('asAt'))).toEqual(['2025-02-12']);
  });
});
