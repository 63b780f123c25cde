import { screen, within } from '@testing-library/react';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { StatusHistory } from '../components/status-history';

const row = (over: Record<string, unknown>) => ({
  at: '2025-01-01T10:00:00Z', cause: 'create', by: { label: 'Head of SEND' }, statusUpdateId: null, reason: null, deliveryStatus: 'on_track',
  impactStatus: 'not_yet_complete', reference: '1.1', title: 'Action', dueDate: '2025-03-31', startDate: null, ownerPerson: null,
  ownerOrganisation: { id: 'o', name: 'Council' }, ...over,
});

describe("an action's status history", () => {
  it("reads the action's own history (which its owner may read), with due-date moves and their reasons", async () => {
    const calls = stubApi(
      on('GET', '/api/actions/a1/history', {
        body: { actionId: 'a1', items: [
          row({}),
          row({ at: '2025-02-01T10:00:00Z', cause: 'edit', dueDate: '2025-06-30', reason: 'Commissioning moved' }),
          row({ at: '2025-03-01T10:00:00Z', cause: 'update_approved', by: { label: 'Service Director' }, deliveryStatus: 'at_risk', dueDate: '2025-06-30' }),
        ] },
      }),
    );
    renderWithProviders(<StatusHistory actionId="a1" />);
    const table = await screen.findByRole('table', { name: 'Status history' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows[0]).toMatch(/Delivery.*At risk.*On track.*Service Director.*Approved update/);
    expect(rows[1]).toMatch(/Due date.*30 June 2025.*31 March 2025.*Edited: Commissioning moved/);
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/actions/a1/history']);
  });
});
