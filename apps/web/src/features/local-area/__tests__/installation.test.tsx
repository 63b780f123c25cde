import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { InstallationRoute } from '../routes/installation';

const ME = { id: 'i', email: 'admin@x', displayName: 'Installation administrator', roles: ['admin'], organisationId: null, personId: null, installationAdmin: true };
const PLYMOUTH = { id: 'p', name: 'Plymouth', slug: 'plymouth', councilName: 'Plymouth City Council', icbName: '', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const DEVON = { ...PLYMOUTH, id: 'd', name: 'Devon', slug: 'devon', councilName: '' };
const ADVISER = { id: 'a', email: 'adviser@x', displayName: 'DfE SEND adviser', active: true, localArea: { id: 'p', name: 'Plymouth' }, advisedLocalAreas: [] };

describe("the installation's local areas", () => {
  it('is for installation administrators only, and asks for nothing otherwise', async () => {
    const calls = stubApi(on('GET', '/api/auth/me', { body: { ...ME, installationAdmin: false } }));
    renderWithProviders(<InstallationRoute />);
    expect(await screen.findByRole('heading', { name: 'You cannot see this page' })).toBeInTheDocument();
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/auth/me']);
  });

  it('adds a local area, suggesting its short name and showing the first password once', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: ME }),
      on('GET', '/api/local-areas', { body: [PLYMOUTH] }),
      on('GET', '/api/advisers', { body: [] }),
      on('POST', '/api/local-areas', { status: 201, body: { localArea: { ...DEVON, name: 'Bath and North East Somerset' }, administrator: { id: 'x', email: 'head@banes.example', password: 'shown-once-password' } } }),
    );
    renderWithProviders(<InstallationRoute />);
    expect(await screen.findByRole('table', { name: '1 local area' })).toHaveTextContent('Plymouth City Council');
    expect(screen.getByText('There are no advisers yet.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Name'), 'Bath and North East Somerset');
    expect(screen.getByLabelText('Short name for addresses')).toHaveValue('bath-and-north-east-somerset');
    await userEvent.type(screen.getByLabelText("First administrator's email address"), 'head@banes.example');
    await userEvent.type(screen.getByLabelText("First administrator's name"), 'Head of SEND');
    await userEvent.click(screen.getByRole('button', { name: 'Add local area' }));
    expect(await screen.findByTestId('first-password')).toHaveTextContent('shown-once-password');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Bath and North East Somerset', slug: 'bath-and-north-east-somerset', administrator: { email: 'head@banes.example', displayName: 'Head of SEND' },
    });
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });

  it("changes the local areas an adviser reads, never offering their own", async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: ME }),
      on('GET', '/api/local-areas', { body: [PLYMOUTH, DEVON] }),
      on('GET', '/api/advisers', { body: [ADVISER] }),
      on('PUT', '/api/advisers/a/local-areas', { body: { ...ADVISER, advisedLocalAreas: [{ id: 'd', name: 'Devon', slug: 'devon' }] } }),
    );
    renderWithProviders(<InstallationRoute />);
    await userEvent.click(await screen.findByRole('button', { name: 'Change the local areas of DfE SEND adviser' }));
    const group = screen.getByRole('group', { name: 'Local areas DfE SEND adviser reads besides Plymouth' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['d']);
    await userEvent.click(within(group).getByLabelText('Devon'));
    await userEvent.click(screen.getByRole('button', { name: 'Save local areas' }));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ localAreaIds: ['d'] });
  });
});
