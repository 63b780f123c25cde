import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { ActionEditRoute } from '../routes/action-edit';
import { makeAction } from './fixtures';

const ME = { id: 'u1', email: 'head@example.org', displayName: 'Head of SEND', roles: ['plan_manager'], organisationId: null, personId: null };
const action = { ...makeAction({ id: 'a1', reference: '5.6', title: 'Deliver the action plan', dueDate: '2025-03-31', version: 3 }), milestones: [] };
const orgs = { items: [{ id: 'org-1', key: 'c', name: 'Council', kind: 'council', version: 1 }], total: 1, page: 1, pageSize: 200 };
const people = { items: [{ id: 'person-1', name: 'Head of SEND', jobTitle: null, email: null, organisationId: 'org-1', version: 1 }], total: 1, page: 1, pageSize: 200 };
const common = [on('GET', '/api/auth/me', { body: ME }), on('GET', '/api/actions/a1', { body: action }), on('GET', '/api/organisations', { body: orgs }), on('GET', '/api/people', { body: people })];

const renderEdit = () => renderWithProviders(<ActionEditRoute />, { path: '/actions/a1/edit', route: '/actions/:actionId/edit' });

describe('editing an action', () => {
  it('shows the API’s messages in a summary and beside each field, and keeps what was typed', async () => {
    const calls = stubApi(
      ...common,
      on('PATCH', '/api/actions/a1', { status: 400, body: { message: 'Validation failed', errors: [{ field: 'title', message: 'title must not be empty' }, { field: 'dueDate', message: 'dueDate must be a date written YYYY-MM-DD' }] } }),
    );
    renderEdit();
    const title = await screen.findByLabelText('Title');
    await userEvent.clear(title);
    const dueDay = screen.getAllByLabelText('Day')[1];
    await userEvent.clear(dueDay);
    await userEvent.type(dueDay, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(screen.getByRole('link', { name: 'Title must not be empty' })).toHaveAttribute('href', '#title');
    expect(screen.getByRole('link', { name: 'DueDate must be a date written YYYY-MM-DD' })).toHaveAttribute('href', '#dueDate');
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Error: Title must not be empty');
    expect(screen.getAllByLabelText('Day')[1]).toHaveValue('45');
    // Only what changed is sent, with the version the form was opened at.
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ version: 3, title: '', dueDate: '2025-03-45', reason: '' });
    await waitFor(() => expect(document.title).toMatch(/^Error: Edit action 5.6/));
  });

  it('asks why a due date moves, and sends the reason with the new date', async () => {
    const calls = stubApi(
      ...common,
      on('PATCH', '/api/actions/a1', { status: 400, body: { message: 'Validation failed', errors: [{ field: 'reason', message: 'Give a reason for changing the due date' }] } }),
    );
    renderEdit();
    await screen.findByLabelText('Title');
    expect(screen.queryByLabelText('Why is the due date changing?')).not.toBeInTheDocument();
    const dueMonth = screen.getAllByLabelText('Month')[1];
    await userEvent.clear(dueMonth);
    await userEvent.type(dueMonth, '5');
    const reason = screen.getByLabelText('Why is the due date changing?');
    expect(reason).toHaveAccessibleDescription(/It was due on 31 March 2025/);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('link', { name: 'Give a reason for changing the due date' })).toHaveAttribute('href', '#reason');
    await userEvent.type(reason, 'Waiting for the new commissioner');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PATCH')[1].body).toEqual({ version: 3, dueDate: '2025-05-31', reason: 'Waiting for the new commissioner' });
  });

  it('explains a conflict in words, shows the newer version and can save over it', async () => {
    const newer = { ...action, version: 4, dueDate: '2025-06-30', deliveryStatus: 'at_risk' };
    let patches = 0;
    const calls = stubApi(
      ...common,
      on('PATCH', '/api/actions/a1', () => {
        patches += 1;
        return patches === 1
          ? { status: 409, body: { message: 'This record was changed by someone else (you edited version 3, it is now at version 4).', errors: [{ field: 'version', message: 'The record has changed since you opened it' }], current: newer } }
          : { body: { ...newer, version: 5, title: 'A clearer title' } };
      }),
    );
    renderEdit();
    const title = await screen.findByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'A clearer title');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { name: 'This action was changed by someone else' })).toBeInTheDocument();
    expect(screen.getByText(/you edited version 3, it is now at version 4/)).toBeInTheDocument();
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(expect.arrayContaining(['Due date30 June 2025Not changed', 'Delivery statusAt riskNot changed', 'TitleDeliver the action planA clearer title']));
    expect(screen.getByLabelText('Title')).toHaveValue('A clearer title');

    await userEvent.click(screen.getByRole('button', { name: 'Save my changes over the newer version' }));
    await waitFor(() => expect(patches).toBe(2));
    expect(calls.filter((c) => c.method === 'PATCH')[1].body).toEqual({ version: 4, title: 'A clearer title' });
  });
});
