import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { DecisionsRoute } from '../routes/decisions';
import { DECISION, PLAN_ID, page, user } from './fixtures';

const ON_TIME = { ...DECISION, id: 'd2', text: 'Bring the SALT waiting list to the next board', overdue: false, dueDate: '2099-01-01', version: 1 };
const CLOSED = { ...DECISION, id: 'd3', text: 'Agree the annual report', status: 'closed' as const, statusLabel: 'Closed', overdue: false, closingNote: 'Agreed', closedOn: '2025-02-20' };

const renderLog = (path = '/decisions') => renderWithProviders(<DecisionsRoute />, { path, route: '/decisions' });

const reads = (roles = ['board_member']) => [
  on('GET', '/api/auth/me', { body: user(roles) }),
  on('GET', '/api/plans', { body: page([{ id: PLAN_ID }]) }),
  on('GET', '/api/decisions', (url) => {
    const status = url.searchParams.get('status');
    return { body: page([DECISION, ON_TIME, CLOSED].filter((d) => !status || d.status === status)) };
  }),
];

describe('the decisions log', () => {
  it('shows open decisions by default, with overdue in words, and narrows to the overdue ones', async () => {
    const calls = stubApi(...reads());
    renderLog();
    expect(await screen.findByRole('table', { name: '2 open decisions and challenges' })).toBeInTheDocument();
    expect(screen.getByText('Overdue', { selector: '.govuk-tag' })).toBeInTheDocument();
    expect(calls.find((c) => c.url.pathname === '/api/decisions')!.url.searchParams.get('status')).toBe('open');

    await userEvent.click(screen.getByLabelText('Overdue'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(await screen.findByRole('table', { name: '1 overdue decision or challenge' })).toBeInTheDocument();
    expect(screen.queryByText(ON_TIME.text)).not.toBeInTheDocument();
  });

  it('closes a decision with its note, sending the version it was read at', async () => {
    const calls = stubApi(
      ...reads(),
      on('PATCH', '/api/decisions/d1', { body: { ...DECISION, status: 'closed', statusLabel: 'Closed', closingNote: 'Trend shown', closedOn: '2025-03-01', version: 5 } }),
    );
    renderLog();
    await userEvent.click(await screen.findByRole('button', { name: /^Close challenge: Show the EHCP/ }));
    expect(screen.getByRole('heading', { name: 'Update this challenge' })).toHaveFocus();
    await userEvent.type(screen.getByLabelText('How it was resolved'), 'Trend shown');
    await userEvent.click(screen.getByRole('button', { name: 'Close it' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ version: 4, status: 'closed', closingNote: 'Trend shown' }));
    expect(await screen.findByText('The challenge has been closed.')).toBeInTheDocument();
  });

  it('explains a stale version (409) and tries again with the newer version', async () => {
    let version = 4;
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: user(['plan_manager']) }),
      on('GET', '/api/plans', { body: page([{ id: PLAN_ID }]) }),
      on('GET', '/api/decisions', () => ({ body: page([{ ...DECISION, version }]) })),
      on('PATCH', '/api/decisions/d1', (_url, init) => {
        const sent = JSON.parse(String(init.body)) as { version: number };
        if (sent.version === 4) {
          version = 5; // Someone else saved in between.
          return { status: 409, body: { message: 'Someone else changed this while you were working on it.', errors: [], current: { version: 5 } } };
        }
        return { body: { ...DECISION, status: 'closed', closingNote: 'Done', version: 6 } };
      }),
    );
    renderLog();
    await userEvent.click(await screen.findByRole('button', { name: /^Close challenge/ }));
    await userEvent.type(screen.getByLabelText('How it was resolved'), 'Done');
    await userEvent.click(screen.getByRole('button', { name: 'Close it' }));
    expect(await screen.findByText(/Someone else changed this decision while you were updating it/)).toBeInTheDocument();
    // What was typed stays; the next save carries the version read again.
    expect(screen.getByLabelText('How it was resolved')).toHaveValue('Done');
    await waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/decisions').length).toBeGreaterThan(1));
    await userEvent.click(screen.getByRole('button', { name: 'Close it' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH').map((c) => (c.body as { version: number }).version)).toEqual([4, 5]));
  });

  it('offers no updates to a reader without the role', async () => {
    stubApi(...reads(['viewer']));
    renderLog('/decisions?show=all');
    expect(await screen.findByRole('table', { name: '3 decisions and challenges' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Close|^Reopen/ })).not.toBeInTheDocument();
  });
});
