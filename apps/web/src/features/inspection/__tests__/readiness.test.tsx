import { screen, within } from '@testing-library/react';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { ReadinessRoute } from '../routes/readiness';

const PLAN_ID = 'p1';
const action = (id: string, reference: string, impactStatus: string, evidence: string[] = []) => ({
  id, reference, title: `Action ${reference}`, priorityAreaId: 'pa', priorityNumber: 3, ownerOrganisation: { id: 'o', name: 'Plymouth City Council' }, dueDate: '2024-10-31',
  deliveryStatus: 'complete', deliveryStatusLabel: 'Complete', rag: 'blue', impactStatus,
  impactStatusLabel: impactStatus === 'complete_impact_evidenced' ? 'Complete – impact evidenced' : 'Complete – monitoring impact', overdue: false, stale: false,
  impactEvidence: evidence.map((title, i) => ({ id: `e${i}`, type: 'data', typeLabel: 'Data', title, evidenceDate: '2024-12-01', url: null, illustrative: false })),
});
const readiness = {
  planId: PLAN_ID, asAt: '2025-01-31',
  inspections: [{ id: 'i1', planId: PLAN_ID, date: '2023-06-19', kind: 'full', kindLabel: 'Full inspection', outcome: 'Widespread failings', reportUrl: null, sourceNote: 'Summarised from the minute.' }],
  counts: { no_plan: 0, in_progress: 0, monitoring_impact: 1, impact_evidenced: 1 },
  findingsWithoutImpactEvidence: 1, findingsWithGaps: 1,
  findings: [
    {
      id: 'f5', inspectionId: 'i1', kind: 'area_for_improvement', kindLabel: 'Area for improvement', number: 5, title: 'Part-time timetables', text: 'Too prevalent.',
      judgement: 'monitoring_impact', judgementLabel: 'Delivered, impact not yet evidenced', rag: 'blue', impactEvidenced: false,
      gaps: [{ kind: 'no_impact_evidence', message: 'No action answering this finding has evidence of its impact on children and young people yet.', actionId: null, measureId: null }],
      actions: [action('a35', '3.5', 'complete_monitoring_impact')], measures: [],
    },
    {
      id: 'f3', inspectionId: 'i1', kind: 'area_for_improvement', kindLabel: 'Area for improvement', number: 3, title: 'Exclusions', text: 'Exclusions of pupils with an EHCP.',
      judgement: 'impact_evidenced', judgementLabel: 'Impact evidenced', rag: 'green', impactEvidenced: true, gaps: [],
      actions: [action('a31', '3.1', 'complete_impact_evidenced', ['Fewer suspensions'])],
      measures: [{ id: 'm1', title: 'Suspensions of pupils with an EHCP', unitLabel: 'Count', status: 'on_track', statusLabel: 'On track', rag: 'green', trend: 'improving', trendLabel: 'Improving', latest: { periodEnd: '2024-12-31', value: 120 }, illustrative: false }],
    },
  ],
};

function stub() {
  return stubApi(
    on('GET', '/api/plans', { body: { items: [{ id: PLAN_ID, title: 'Test plan' }], total: 1, page: 1, pageSize: 200 } }),
    on('GET', `/api/plans/${PLAN_ID}`, { body: { id: PLAN_ID, title: 'Test plan', priorityAreas: [] } }),
    on('GET', `/api/plans/${PLAN_ID}/readiness`, (url) => ({ body: { ...readiness, asAt: url.searchParams.get('asAt') ?? readiness.asAt } })),
  );
}

describe('the readiness page', () => {
  it('shows each finding with its judgement in words, its gaps in sentences, and its actions linked with their evidence', async () => {
    stub();
    renderWithProviders(<ReadinessRoute />, { path: '/readiness', route: '/readiness' });
    const first = await screen.findByRole('region', { name: 'Area for improvement 5: Part-time timetables' });
    expect(within(first).getByText('Delivered, impact not yet evidenced')).toHaveClass('app-rag--blue');
    expect(within(first).getByText(/No action answering this finding has evidence of its impact/)).toBeInTheDocument();
    expect(within(first).getByText(/To change that, evidence the impact of/)).toBeInTheDocument();
    expect(within(first).getAllByRole('link', { name: /3\.5/ })[0]).toHaveAttribute('href', '/actions/a35');
    const second = screen.getByRole('region', { name: 'Area for improvement 3: Exclusions' });
    expect(within(second).getByText('Fewer suspensions')).toBeInTheDocument();
    expect(within(second).getByRole('table', { name: 'Measures (1)' })).toBeInTheDocument();
    const counts = screen.getByRole('table', { name: 'Findings by readiness judgement (2 findings)' });
    expect(within(counts).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      'No action answers it0', 'Work in progress0', 'Delivered, impact not yet evidenced1', 'Impact evidenced1',
    ]);
    expect(screen.getByText(/Summarised from the minute/)).toBeInTheDocument();
  });

  it('shows only the findings without impact evidence when asked, as at the day asked for', async () => {
    const calls = stub();
    renderWithProviders(<ReadinessRoute />, { path: '/readiness?show=without-impact-evidence&asAt=2025-01-31', route: '/readiness' });
    await screen.findByRole('region', { name: 'Area for improvement 5: Part-time timetables' });
    expect(screen.queryByRole('region', { name: 'Area for improvement 3: Exclusions' })).not.toBeInTheDocument();
    expect(screen.getByText('Without evidence of impact (1)')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'All findings (2)' })).toHaveAttribute('href', '/readiness?asAt=2025-01-31');
    expect(calls.filter((c) => c.url.pathname.endsWith('/readiness')).map((c) => c.url.searchParams.get('asAt'))).toEqual(['2025-01-31']);
  });
});
