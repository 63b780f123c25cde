import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { hasPolicy, ownsAction } from '../authorization';
import { safeRedirect, SignInRoute } from '../routes/sign-in';

const user = (roles: string[], extra = {}) =>
  ({ id: 'u', email: 'e@x', displayName: 'Someone', roles, organisationId: 'org-1', personId: 'p-1', ...extra }) as Parameters<typeof hasPolicy>[0];

describe('signing in', () => {
  it('shows the refusal in an error summary and keeps the email address', async () => {
    stubApi(on('GET', '/api/auth/me', { status: 401, body: { message: 'Sign in', errors: [] } }), on('POST', '/api/auth/login', { status: 401, body: { message: 'The email address or password is not right', errors: [] } }));
    renderWithProviders(<SignInRoute />, { path: '/sign-in', route: '/sign-in' });
    await userEvent.type(await screen.findByLabelText('Email address'), 'head.of.send@demo.example');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The email address or password is not right');
    expect(screen.getByLabelText('Email address')).toHaveValue('head.of.send@demo.example');
  });

  it('goes where the person was heading once signed in', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { status: 401, body: { message: 'Sign in', errors: [] } }),
      on('POST', '/api/auth/login', { body: { user: user(['plan_manager']) } }),
    );
    const { router } = renderWithProviders(<SignInRoute />, { path: '/sign-in?redirectTo=%2Fdelivery', route: '/sign-in' });
    await userEvent.type(await screen.findByLabelText('Email address'), 'a@b.c');
    await userEvent.type(screen.getByLabelText('Password'), 'long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/delivery'));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ email: 'a@b.c', password: 'long enough password' });
  });

  it('never redirects to another site after signing in', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/actions/1')).toBe('/actions/1');
  });
});

describe('what the UI shows each role', () => {
  it('shows moderation to the Head of SEND and the Service Director, users to administrators only', () => {
    expect(hasPolicy(user(['plan_manager']), 'moderate')).toBe(true);
    expect(hasPolicy(user(['moderator']), 'moderate')).toBe(true);
    expect(hasPolicy(user(['action_owner']), 'moderate')).toBe(false);
    expect(hasPolicy(user(['plan_manager']), 'manageUsers')).toBe(false);
    expect(hasPolicy(user(['admin']), 'manageUsers')).toBe(true);
    expect(hasPolicy(user(['scrutiny']), 'readPlan')).toBe(false);
    expect(hasPolicy(null, 'readPlan')).toBe(false);
  });

  it('lets an action owner write only for their own actions, or their organisation’s when granted', () => {
    const mine = { ownerPerson: { id: 'p-1' }, ownerOrganisation: { id: 'org-1' } };
    const colleagues = { ownerPerson: { id: 'p-2' }, ownerOrganisation: { id: 'org-1' } };
    expect(ownsAction(user(['action_owner']), mine)).toBe(true);
    expect(ownsAction(user(['action_owner']), colleagues)).toBe(false);
    expect(ownsAction(user(['action_owner'], { canEditOrganisationActions: true }), colleagues)).toBe(true);
    expect(ownsAction(user(['board_member']), mine)).toBe(false);
  });
});
