import { screen, waitFor } from '@testing-library/react';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { AppLayout } from '../layout';

const VIEWER = { id: 'v', email: 'v@x', displayName: 'Viewer', roles: ['viewer'], organisationId: null, personId: null };

describe('the page layout', () => {
  it('links to the API documentation for signed-in users only, as the API serves it to them only', async () => {
    stubApi(on('GET', '/api/auth/me', { status: 401, body: { message: 'Sign in to continue', errors: [] } }));
    const signedOut = renderWithProviders(<AppLayout />, { path: '/sign-in', route: '/sign-in' });
    // Once the service knows nobody is signed in.
    await waitFor(() => expect(screen.queryByText(/Loading the service/)).not.toBeInTheDocument());
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'API documentation' })).not.toBeInTheDocument();
    signedOut.unmount();

    stubApi(on('GET', '/api/auth/me', { body: VIEWER }), on('GET', '/api/notifications/unread-count', { body: { unread: 0 } }));
    renderWithProviders(<AppLayout />, { path: '/sign-in', route: '/sign-in' });
    expect(await screen.findByRole('link', { name: 'API documentation' })).toHaveAttribute('href', '/api/docs');
  });

  it('shows how many notifications are unread beside "Notifications" in the header, in words', async () => {
    stubApi(on('GET', '/api/auth/me', { body: VIEWER }), on('GET', '/api/notifications/unread-count', { body: { unread: 3 } }));
    renderWithProviders(<AppLayout />, { path: '/sign-in', route: '/sign-in' });
    expect(await screen.findByRole('link', { name: 'Notifications 3 unread' })).toHaveAttribute('href', '/notifications');
  });
});
