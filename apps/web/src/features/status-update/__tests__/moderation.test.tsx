import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { UpdateRoute } from '../routes/update';

const HEAD = { id: 'h', email: 'h@x', displayName: 'Head of SEND', roles: ['plan_manager'], organisationId: null, personId: null };
const UPDATE = {
  id: 'up-1', planId: 'p', actionId: 'a1', version: 2, state: 'submitted', stateLabel: 'Awaiting moderation',
  action: { id: 'a1', reference: '9.4', title: 'Open a nursery', priorityNumber: 9, ownerPerson: null, ownerOrganisation: null, deliveryStatus: 'at_risk', impactStatus: 'not_yet_complete' },
  period: { id: 'per', title: 'Board 9 December 2026', opensOn: '2026-10-29', updateDeadline: '2026-12-01', boardDate: '2026-12-09', meetingId: 'm1' },
  narrative: 'Back on schedule.', proposedDeliveryStatus: 'on_track', proposedImpactStatus: 'not_yet_complete', nextSteps: '', risks: '',
  evidenceIds: [], evidence: [], author: { userId: 'o', personId: null, label: 'Owner' }, submittedAt: '2026-11-20T10:00:00Z', submittedBy: null,
  moderatedAt: null, moderatedBy: null, moderatorComment: null, createdAt: '', updatedAt: '', transitions: [],
};

const renderUpdate = () => renderWithProviders(<UpdateRoute />, { path: '/updates/up-1', route: '/updates/:updateId' });

describe('moderating an update', () => {
  it('links every piece of evidence under review, so the moderator can open it', async () => {
    const withEvidence = {
      ...UPDATE,
      evidence: [
        { id: 'e1', title: 'Case audit summary', type: 'audit', evidenceDate: '2026-11-01', demonstratesImpact: true, url: null, file: { name: 'audit.pdf', downloadUrl: '/api/evidence/e1/file' } },
        { id: 'e2', title: 'Training register', type: 'link', evidenceDate: '2026-11-02', demonstratesImpact: false, url: 'https://example.org/register', file: null },
      ],
    };
    stubApi(on('GET', '/api/auth/me', { body: HEAD }), on('GET', '/api/updates/up-1', { body: withEvidence }));
    renderUpdate();
    expect(await screen.findByRole('link', { name: /^Case audit summary/ })).toHaveAttribute('href', '/api/evidence/e1/file');
    expect(screen.getByRole('link', { name: /^Training register/ })).toHaveAttribute('href', 'https://example.org/register');
  });

  it('shows the API’s reason beside the comment when an update is returned without one', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: HEAD }),
      on('GET', '/api/updates/up-1', { body: UPDATE }),
      on('POST', '/api/updates/up-1/return', {
        status: 400,
        body: { message: 'Say why', errors: [{ field: 'comment', message: 'Say why the update is being returned, so the owner knows what to change.' }] },
      }),
    );
    renderUpdate();
    await userEvent.click(await screen.findByRole('button', { name: 'Return to the owner' }));
    expect(await screen.findByRole('link', { name: /Say why the update is being returned/ })).toHaveAttribute('href', '#comment');
    expect(screen.getByLabelText('Comment for the owner')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ version: 2 });
  });

  it('approves with the version it was read at and the optional comment', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: HEAD }),
      on('GET', '/api/updates/up-1', { body: UPDATE }),
      on('POST', '/api/updates/up-1/approve', { body: { ...UPDATE, state: 'approved', stateLabel: 'Approved', version: 3 } }),
      on('GET', '/api/updates', { body: { items: [], total: 0, page: 1, pageSize: 200 } }),
    );
    renderUpdate();
    await userEvent.type(await screen.findByLabelText('Comment for the owner'), 'Agreed.');
    await userEvent.click(screen.getByRole('button', { name: 'Approve update' }));
    await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/updates/up-1/approve')).toBe(true));
    expect(calls.find((c) => c.url.pathname === '/api/updates/up-1/approve')!.body).toEqual({ version: 2, comment: 'Agreed.' });
    expect(await screen.findByText(/has been approved/)).toBeInTheDocument();
  });

  it('reads the update again when it changed since it was read (409), and decides on the new version', async () => {
    let current = UPDATE;
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: HEAD }),
      on('GET', '/api/updates/up-1', () => ({ body: current })),
      on('POST', '/api/updates/up-1/approve', (_url, init) => {
        const { version } = JSON.parse(String(init.body)) as { version: number };
        if (version !== current.version) return { status: 409, body: { message: 'This update was changed by someone else.', errors: [] } };
        return { body: { ...current, state: 'approved', stateLabel: 'Approved', version: current.version + 1 } };
      }),
      on('GET', '/api/updates', { body: { items: [], total: 0, page: 1, pageSize: 200 } }),
    );
    renderUpdate();
    await screen.findByText('Back on schedule.');
    // The owner recalls and resubmits with a new narrative while the moderator reads the old one.
    current = { ...UPDATE, version: 4, narrative: 'Back on schedule, with the new site confirmed.' };
    await userEvent.click(screen.getByRole('button', { name: 'Approve update' }));
    expect(await screen.findByText('Back on schedule, with the new site confirmed.')).toBeInTheDocument();
    expect(screen.getByText(/has been refreshed: read it again before deciding/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/updates/up-1')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Approve update' }));
    expect(await screen.findByText(/has been approved/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ version: 2 }, { version: 4 }]);
  });

  it('offers no moderation to the update’s reader without the role', async () => {
    stubApi(on('GET', '/api/auth/me', { body: { ...HEAD, roles: ['board_member'] } }), on('GET', '/api/updates/up-1', { body: UPDATE }));
    renderUpdate();
    expect(await screen.findByRole('heading', { level: 1, name: /Status update for Board 9 December 2026/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve update' })).not.toBeInTheDocument();
  });

  it('offers no moderation of an update its reader wrote, submitted, or whose action they own, and says why', async () => {
    const cases = [
      { me: { ...HEAD, id: 'o' }, update: UPDATE, why: /You wrote or submitted this update/ },
      { me: { ...HEAD, roles: ['moderator'] }, update: { ...UPDATE, submittedBy: { userId: 'h', personId: null, label: 'Head of SEND' } }, why: /You wrote or submitted/ },
      {
        me: { ...HEAD, roles: ['moderator'], personId: 'p-1' },
        update: { ...UPDATE, action: { ...UPDATE.action, ownerPerson: { id: 'p-1', name: 'Director' } } },
        why: /on an action you own/,
      },
      {
        me: { ...HEAD, roles: ['moderator', 'action_owner'], organisationId: 'org-1', canEditOrganisationActions: true },
        update: { ...UPDATE, action: { ...UPDATE.action, ownerOrganisation: { id: 'org-1', name: 'Council' } } },
        why: /on an action you own/,
      },
    ];
    for (const { me, update, why } of cases) {
      stubApi(on('GET', '/api/auth/me', { body: me }), on('GET', '/api/updates/up-1', { body: update }));
      const { unmount } = renderUpdate();
      expect(await screen.findByText(why)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Approve update' })).not.toBeInTheDocument();
      unmount();
    }
  });
});
