import { screen, within } from '@testing-library/react';
import { DecisionsTable } from '@/features/governance/components/decisions-table';
import { MeetingsTable } from '@/features/governance/components/meetings-table';
import { DECISION, PLAN_ID } from '@/features/governance/__tests__/fixtures';
import type { MeasureDetail } from '@/features/measure/api';
import { MeasureChart } from '@/features/measure/components/measure-chart';
import { MeasureTile } from '@/features/measure/components/measure-tile';
import { ActionUpdates } from '@/features/status-update/components/action-updates';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';

/** What the demonstration plan makes up carries a GOV.UK tag "Illustrative" wherever it is shown. */
describe('illustrative records', () => {
  const value = (periodEnd: string, v: number, illustrative: boolean) => ({
    id: periodEnd, measureId: 'm', periodEnd, value: v, note: null, illustrative, enteredBy: { id: null, label: null }, version: 1,
  });
  const measure = {
    id: 'm', planId: PLAN_ID, priorityArea: null, title: 'Permanent exclusions', description: '', unit: 'count', unitLabel: 'Count',
    polarity: 'lower_is_better', polarityLabel: 'Lower is better', baseline: { value: 36, date: '2023-12-20' }, target: { value: 15, date: '2025-12-19' },
    tolerance: 3, source: '', frequency: 'termly', frequencyLabel: 'Termly', illustrative: true, illustrativeNote: 'Targets are illustrative.', actions: [],
    status: 'at_risk', statusLabel: 'At risk', rag: 'amber', trend: 'improving', trendLabel: 'Improving',
    latest: value('2025-07-23', 21, true), previous: value('2024-12-20', 26, false), expected: 19, valueCount: 2, version: 1,
    values: [value('2024-12-20', 26, false), value('2025-07-23', 21, true)], trajectory: [],
  } as unknown as MeasureDetail;

  it("tags a measure's illustrative figures in its table and on its tile, and not the reported ones", () => {
    renderWithProviders(
      <>
        <MeasureChart measure={measure} />
        <ul>
          <MeasureTile measure={measure} detail={measure} />
        </ul>
      </>,
    );
    const rows = within(screen.getByRole('table', { name: 'Permanent exclusions: values and trajectory' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).queryByText('Illustrative') !== null)).toEqual([false, true]);
    expect(within(screen.getByRole('listitem')).getByText('Illustrative')).toHaveClass('govuk-tag');
  });

  it('tags illustrative meetings and decisions', async () => {
    const meeting = (id: string, meetingDate: string, illustrative: boolean) => ({
      id, planId: PLAN_ID, body: { id: 'b1', name: 'SEND Improvement Board', kind: 'improvement_board' }, title: 'SEND Improvement Board',
      meetingDate, cutOffAt: `${meetingDate}T09:00:00.000Z`, illustrative,
    });
    stubApi(on('GET', '/api/meetings/real/packs', { body: { items: [], total: 0 } }), on('GET', '/api/meetings/made-up/packs', { body: { items: [], total: 0 } }));
    renderWithProviders(
      <>
        <MeetingsTable meetings={[meeting('real', '2025-01-08', false), meeting('made-up', '2026-10-28', true)] as never} caption="Meetings" empty="None" />
        <DecisionsTable
          decisions={[{ ...DECISION, id: 'd-real' }, { ...DECISION, id: 'd-made-up', illustrative: true, text: 'Recovery plan' }]}
          caption="Decisions" showMeeting={false} canUpdate={false} empty="None"
        />
      </>,
    );
    const rows = within(screen.getByRole('table', { name: 'Meetings' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).queryByText('Illustrative') !== null)).toEqual([false, true]);
    const decision = screen.getByText('Recovery plan').closest('tr')!;
    expect(within(decision).getByText('Illustrative')).toBeInTheDocument();
    expect(screen.getAllByText('Illustrative')).toHaveLength(2);
  });

  it("tags an action's illustrative status updates", async () => {
    const update = (id: string, title: string, illustrative: boolean) => ({
      id, period: { id: `p-${id}`, title }, state: 'approved', proposedDeliveryStatus: 'on_track', author: { label: 'Head of SEND' },
      submittedAt: '2025-01-09T10:00:00.000Z', moderatedAt: null, moderatedBy: null, narrative: 'Progress.', moderatorComment: null, illustrative,
    });
    stubApi(on('GET', '/api/actions/a1/updates', { body: { items: [update('u2', 'Board 28 October 2026', true), update('u1', 'Board 5 February 2025', false)], total: 2, page: 1, pageSize: 200 } }));
    renderWithProviders(<ActionUpdates actionId="a1" />);
    const made = (await screen.findByRole('link', { name: 'Board 28 October 2026' })).closest('h3')!;
    expect(within(made).getByText('Illustrative')).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: 'Board 5 February 2025' }).closest('h3')!).queryByText('Illustrative')).not.toBeInTheDocument();
  });
});
