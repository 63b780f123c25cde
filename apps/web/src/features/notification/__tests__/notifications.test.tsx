import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { EmailSettingsRoute } from '../routes/email-settings';
import { NotificationsRoute } from '../routes/notifications';
import { UnsubscribeRoute } from '../routes/unsubscribe';

const KINDS = [
  { kind: 'update_reminder', label: 'Reminders that an update is due' },
  { kind: 'update_moderated', label: 'When your update is approved or returned' },
  { kind: 'weekly_digest', label: 'Weekly summary for plan managers' },
  { kind: 'pack_published', label: 'When a board pack is published' },
  { kind: 'decision_due', label: 'When a decision you own falls due' },
];
const ALL_ON = { update_reminder: true, update_moderated: true, weekly_digest: true, pack_published: true, decision_due: true };

describe('notifications', () => {
  it('lists notifications, unread ones marked in words, and marks one read', async () => {
    const calls = stubApi(
      on('GET', '/api/notifications', {
        body: {
          items: [
            { id: 'n1', kind: 'update_moderated', title: 'Your update for 1.2 needs changes', body: 'Sam returned it.', link: '/actions/a1', planId: 'p', createdAt: '2026-12-01T09:00:00Z', readAt: null },
            { id: 'n2', kind: 'pack_published', title: 'The pack has been published', body: '', link: null, planId: 'p', createdAt: '2026-11-01T09:00:00Z', readAt: '2026-11-02T09:00:00Z' },
          ],
          total: 2, page: 1, pageSize: 25, unread: 1,
        },
      }),
      on('POST', '/api/notifications/n1/read', { body: {} }),
    );
    renderWithProviders(<NotificationsRoute />);
    expect(await screen.findByRole('link', { name: 'Your update for 1.2 needs changes' })).toHaveAttribute('href', '/actions/a1');
    expect(screen.getByRole('status')).toHaveTextContent('1 notification not yet read.');
    expect(screen.getAllByText('Unread')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: /^Mark as read\b.*needs changes/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/notifications/n1/read')).toBe(true));
  });

  it('saves email choices and the digest day, and shows the server\'s refusal', async () => {
    const calls = stubApi(
      on('GET', '/api/notification-preferences', { body: { emails: ALL_ON, digestDay: 'monday', kinds: KINDS, version: 0 } }),
      on('PUT', '/api/notification-preferences', (_url, init) =>
        JSON.parse(String(init.body)).digestDay === 'sunday'
          ? { status: 409, body: { message: 'Changed', errors: [{ field: 'version', message: 'The record has changed since you opened it' }] } }
          : { body: { emails: { ...ALL_ON, weekly_digest: false }, digestDay: 'friday', kinds: KINDS, version: 1 } }),
    );
    renderWithProviders(<EmailSettingsRoute />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Weekly summary for plan managers' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Friday' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    expect(await screen.findByText('Your email settings have been saved.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ emails: { ...ALL_ON, weekly_digest: false }, digestDay: 'friday', version: 0 });

    await userEvent.click(screen.getByRole('radio', { name: 'Sunday' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your settings were changed in another window');
  });

  it('asks before it stops an email from an unsubscribe link, then says it has', async () => {
    const calls = stubApi(
      on('GET', '/api/unsubscribe', { body: { kind: 'update_reminder', label: 'Reminders that an update is due', subscribed: true } }),
      on('POST', '/api/unsubscribe', { body: { kind: 'update_reminder', label: 'Reminders that an update is due', subscribed: false } }),
    );
    renderWithProviders(<UnsubscribeRoute />, { path: '/unsubscribe?token=abc.def', route: '/unsubscribe' });
    expect(await screen.findByRole('heading', { name: 'Stop these emails?' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(await screen.findByRole('heading', { name: 'You will no longer get these emails' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ token: 'abc.def' });
  });
});
