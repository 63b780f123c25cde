import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { UpdateNewRoute } from '../routes/update-new';

const ME = { id: 'u1', email: 'o@x', displayName: 'Owner', roles: ['action_owner'], organisationId: 'org-1', personId: 'p-1' };
const ACTION = {
  id: 'a1', planId: 'plan-1', priorityAreaId: 'pa', priorityNumber: 2, reference: '2.2', title: 'Front door', description: '',
  ownerOrganisation: { id: 'org-1', name: 'Council' }, ownerPerson: { id: 'p-1', name: 'Owner', jobTitle: null }, partners: [],
  startDate: null, dueDate: null, deliveryStatus: 'at_risk', deliveryStatusLabel: 'At risk', impactStatus: 'not_yet_complete',
  impactStatusLabel: 'Not yet fully completed', overdue: false, archivedAt: null, version: 1, createdAt: '', updatedAt: '', milestones: [],
};
const PERIOD = {
  id: 'per-1', planId: 'plan-1', title: 'Board 12 February 2025', opensOn: '2025-01-01', updateDeadline: '2025-02-01', boardDate: '2025-02-12',
  meetingId: 'm1', meeting: { id: 'm1', title: 'SEND Improvement Board', meetingDate: '2025-02-12', cutOffAt: '2025-02-05T17:00:00.000Z' },
  state: 'open', stateLabel: 'Open for updates', current: true, version: 1,
};
const SAVED = { id: 'up-1', version: 1, state: 'draft' };
const common = [
  on('GET', '/api/auth/me', { body: ME }),
  on('GET', '/api/actions/a1', { body: ACTION }),
  on('GET', '/api/plans/plan-1/periods', { body: { items: [PERIOD], currentPeriodId: 'per-1' } }),
  on('GET', '/api/actions/a1/updates', { body: { items: [], total: 0, page: 1, pageSize: 200 } }),
  on('GET', '/api/actions/a1/evidence', { body: [] }),
];

const renderNew = () => renderWithProviders(<UpdateNewRoute />, { path: '/actions/a1/updates/new', route: '/actions/:actionId/updates/new' });

describe('writing a status update', () => {
  it('saves the update, submits it and opens it', async () => {
    const calls = stubApi(...common, on('POST', '/api/actions/a1/updates', { status: 201, body: SAVED }), on('POST', '/api/updates/up-1/submit', { body: { ...SAVED, version: 2, state: 'submitted' } }));
    const { router } = renderNew();
    expect(await screen.findByText(/For Board 12 February 2025/)).toBeInTheDocument();
    // The board is the meeting the period reports to.
    expect(screen.getByRole('link', { name: '12 February 2025' })).toHaveAttribute('href', '/meetings/m1');
    expect(screen.getByText(/its pack is cut off at/)).toHaveTextContent('5 February 2025');
    // The proposal starts from the official status.
    expect(screen.getByRole('radio', { name: 'At risk' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'On track' }));
    await userEvent.type(screen.getByLabelText('Progress this period'), 'The front door is open.');
    await userEvent.click(screen.getByRole('button', { name: 'Submit for moderation' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/updates/up-1'));
    expect(calls.find((c) => c.url.pathname === '/api/actions/a1/updates' && c.method === 'POST')!.body).toEqual({
      narrative: 'The front door is open.',
      nextSteps: '',
      risks: '',
      evidenceIds: [],
      proposedDeliveryStatus: 'on_track',
      proposedImpactStatus: 'not_yet_complete',
    });
    expect(calls.find((c) => c.url.pathname === '/api/updates/up-1/submit')!.body).toEqual({ version: 1 });
  });

  it('opens the saved draft with its confirmation, even when a refresh during the save already lists that draft', async () => {
    let saved = false;
    let refresh = () => {};
    const draft = { ...SAVED, period: { id: 'per-1' }, state: 'draft', stateLabel: 'Draft' };
    stubApi(
      on('GET', '/api/actions/a1/updates', () => ({ body: { items: saved ? [draft] : [], total: saved ? 1 : 0, page: 1, pageSize: 200 } })),
      ...common,
      on('POST', '/api/actions/a1/updates', () => {
        // As when an evidence upload just before has sent the lists to be fetched again.
        saved = true;
        refresh();
        return { status: 201, body: SAVED };
      }),
    );
    const { router, client } = renderNew();
    refresh = () => void client.refetchQueries();
    await userEvent.type(await screen.findByLabelText('Progress this period'), 'The front door is open.');
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/updates/up-1'));
    expect(router.state.location.state).toEqual({ flash: 'Your update has been saved as a draft.' });
  });

  it('shows the API’s refusal beside the narrative and keeps everything typed', async () => {
    stubApi(
      ...common,
      on('POST', '/api/actions/a1/updates', {
        status: 400,
        body: { message: 'Validation failed', errors: [{ field: 'narrative', message: 'Describe the progress made this period before submitting the update.' }] },
      }),
    );
    renderNew();
    await userEvent.type(await screen.findByLabelText('Next steps'), 'Recruit two workers');
    await userEvent.click(screen.getByRole('button', { name: 'Submit for moderation' }));
    expect(await screen.findByRole('link', { name: 'Describe the progress made this period before submitting the update.' })).toHaveAttribute('href', '#narrative');
    expect(screen.getByLabelText('Progress this period')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Next steps')).toHaveValue('Recruit two workers');
  });
});
