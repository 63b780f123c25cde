import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { todayIso } from '@send/domain';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { MeetingsRoute } from '../routes/meetings';
import { DRAFT, PLAN_ID, PUBLISHED, page, user } from './fixtures';

const meeting = (id: string, date: string, body = { id: 'b1', name: 'SEND Improvement Board', kind: 'improvement_board' }) => ({
  id, planId: PLAN_ID, body, title: body.name, meetingDate: date, cutOffAt: `${date}T09:00:00.000Z`,
});
const SDG = { id: 'b2', name: 'SEND Strategic Delivery Group', kind: 'strategic_delivery_group' };

const renderMeetings = () => renderWithProviders(<MeetingsRoute />, { path: '/meetings', route: '/meetings' });

describe('the meetings page', () => {
  it('shows upcoming meetings from today, soonest first, and recent ones latest first, each with its pack in words', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: user(['board_member']) }),
      on('GET', '/api/plans', { body: page([{ id: PLAN_ID }]) }),
      on('GET', '/api/governance-bodies', { body: { items: [{ id: 'b1', planId: PLAN_ID, name: 'SEND Improvement Board' }, { id: 'b2', planId: PLAN_ID, name: SDG.name }], total: 2 } }),
      on('GET', '/api/meetings', (url) =>
        url.searchParams.get('order') === 'asc'
          ? { body: { items: [meeting('up1', '2099-03-01')], total: 14, page: 1, pageSize: 10 } }
          : { body: { items: [meeting('past1', '2025-02-12'), meeting('past2', '2025-02-11', SDG)], total: 2, page: 1, pageSize: 10 } },
      ),
      on('GET', '/api/meetings/up1/packs', { body: { items: [], total: 0 } }),
      on('GET', '/api/meetings/past1/packs', { body: { items: [DRAFT, PUBLISHED], total: 2 } }),
      on('GET', '/api/meetings/past2/packs', { body: { items: [DRAFT], total: 1 } }),
    );
    renderMeetings();
    const upcoming = await screen.findByRole('table', { name: 'The next 1 of 14 meetings from today' });
    expect(within(upcoming).getByText('No pack yet')).toBeInTheDocument();
    const recent = screen.getByRole('table', { name: 'The latest 2 of 2 meetings before today' });
    await waitFor(() => expect(within(recent).getByText('Published, new draft')).toBeInTheDocument());
    expect(within(recent).getByText('Draft')).toBeInTheDocument();
    const asked = calls.filter((c) => c.url.pathname === '/api/meetings').map((c) => Object.fromEntries(c.url.searchParams));
    expect(asked).toContainEqual(expect.objectContaining({ planId: PLAN_ID, from: todayIso(), order: 'asc', pageSize: '10' }));
    expect(asked).toContainEqual(expect.objectContaining({ planId: PLAN_ID, order: 'desc' }));
    expect(screen.getByRole('button', { name: 'Show 10 more upcoming meetings' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /more earlier meetings/ })).not.toBeInTheDocument();
  });

  it('filters by governance body when the filter is applied, not as the option changes', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: user(['viewer']) }),
      on('GET', '/api/plans', { body: page([{ id: PLAN_ID }]) }),
      on('GET', '/api/governance-bodies', { body: { items: [{ id: 'b1', planId: PLAN_ID, name: 'SEND Improvement Board' }, { id: 'b2', planId: PLAN_ID, name: SDG.name }], total: 2 } }),
      on('GET', '/api/meetings', { body: { items: [], total: 0, page: 1, pageSize: 10 } }),
    );
    renderMeetings();
    await screen.findByRole('option', { name: SDG.name });
    await userEvent.selectOptions(screen.getByLabelText('Governance body'), 'b2');
    expect(calls.some((c) => c.url.searchParams.get('bodyId') === 'b2')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(await screen.findByText(`Showing meetings of the ${SDG.name}.`)).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((c) => c.url.searchParams.get('bodyId') === 'b2')).toHaveLength(2));
    expect(screen.getByText('No meetings are planned from today on.')).toBeInTheDocument();
  });
});
