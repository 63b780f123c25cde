import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { LocalAreasRoute } from '../routes/local-areas';

const ADVISER = { id: 'a', email: 'a@x', displayName: 'DfE SEND adviser', roles: ['adviser'], organisationId: null, personId: null };

const area = (name: string, planId: string | null, overrides: Record<string, unknown> = {}) => ({
  localArea: { id: `${name}-id`, name, slug: name.toLowerCase() },
  plans: planId ? [{ id: planId, title: `${name} plan` }] : [],
  actions: 55,
  byImpactStatus: { not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 },
  byDeliveryStatus: { not_started: 0, on_track: 20, at_risk: 5, off_track: 3, complete: 27 },
  offTrack: 3,
  overdue: 4,
  measures: 10,
  measuresOffTrack: 2,
  lastApprovedBoardPackAt: '2025-01-22T10:00:00.000Z',
  ...overrides,
});

describe("an adviser's local areas", () => {
  it('sets each area beside the others, sortable by any figure, each linked to its dashboard', async () => {
    stubApi(
      on('GET', '/api/auth/me', { body: ADVISER }),
      on('GET', '/api/local-areas/summary', {
        body: [area('Plymouth', 'p1'), area('Devon', 'd1', { overdue: 9, byDeliveryStatus: { not_started: 1, on_track: 10, at_risk: 4, off_track: 12, complete: 28 }, offTrack: 12, lastApprovedBoardPackAt: null }), area('Torbay', null, { actions: 0, overdue: 0 })],
      }),
    );
    renderWithProviders(<LocalAreasRoute />, { path: '/local-areas', route: '/local-areas' });
    const table = await screen.findByRole('table', { name: 'Headline figures by local area' });
    const names = () => within(table).getAllByRole('row').slice(1).map((row) => row.firstElementChild?.textContent);
    expect(names()).toEqual(['Devon: open the dashboard', 'Plymouth: open the dashboard', 'Torbay']);
    expect(within(table).getByRole('link', { name: /^Devon/ })).toHaveAttribute('href', '/?plan=d1');
    expect(within(table).getByText('None yet')).toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: 'Overdue' }));
    expect(names()).toEqual(['Torbay', 'Plymouth: open the dashboard', 'Devon: open the dashboard']);
    await userEvent.click(within(table).getByRole('button', { name: 'Overdue' }));
    expect(names()[0]).toBe('Devon: open the dashboard');
  });
});
