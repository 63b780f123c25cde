import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailKind, Weekday } from '@send/domain';
import { api, type Page } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
export type AppNotification = components['schemas']['NotificationResponse'];
export type NotificationPage = components['schemas']['NotificationPage'];

export type Preferences = components['schemas']['PreferencesResponse'];
export type OutboxEmail = components['schemas']['EmailResponse'];
/** What an unsubscribe link stops, and whether the person still gets it. */
export type UnsubscribeLink = components['schemas']['UnsubscribeResponse'];

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (page: number) => [...notificationKeys.all, 'list', page] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
  outbox: (page: number) => [...notificationKeys.all, 'outbox', page] as const,
  unsubscribe: (token: string) => [...notificationKeys.all, 'unsubscribe', token] as const,
};

/** Each query once, key and fetcher together. */
export const notificationQueries = {
  unread: () =>
    queryOptions({ queryKey: notificationKeys.unread(), queryFn: ({ signal }) => api.get<components['schemas']['UnreadCount']>('/api/notifications/unread-count', { signal }) }),
  list: (page: number) =>
    queryOptions({
      queryKey: notificationKeys.list(page),
      queryFn: ({ signal }) => api.get<NotificationPage>('/api/notifications', { query: { page, pageSize: 25 }, signal }),
    }),
  preferences: () => queryOptions({ queryKey: notificationKeys.preferences(), queryFn: ({ signal }) => api.get<Preferences>('/api/notification-preferences', { signal }) }),
  outbox: (page: number) =>
    queryOptions({ queryKey: notificationKeys.outbox(page), queryFn: ({ signal }) => api.get<Page<OutboxEmail>>('/api/outbox', { query: { page, pageSize: 25 }, signal }) }),
  unsubscribe: (token: string) =>
    queryOptions({
      queryKey: notificationKeys.unsubscribe(token),
      queryFn: ({ signal }) => api.get<UnsubscribeLink>('/api/unsubscribe', { query: { token }, signal }),
    }),
};

/** The count in the header: checked every minute while the page is open. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({ ...notificationQueries.unread(), enabled, refetchInterval: 60_000 });
}

export function useNotifications(page: number) {
  return useQuery({ ...notificationQueries.list(page), placeholderData: keepPreviousData });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<AppNotification>(`/api/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<components['schemas']['ReadCount']>('/api/notifications/read-all'),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function usePreferences() {
  return useQuery(notificationQueries.preferences());
}

export function useUpdatePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { emails: Partial<Record<EmailKind, boolean>>; digestDay: Weekday; version: number }) => api.put<Preferences>('/api/notification-preferences', body),
    onSuccess: (data) => client.setQueryData(notificationKeys.preferences(), data),
  });
}

export function useOutbox(page: number) {
  return useQuery({ ...notificationQueries.outbox(page), placeholderData: keepPreviousData });
}

export function useUnsubscribeLink(token: string) {
  return useQuery({ ...notificationQueries.unsubscribe(token), enabled: token !== '' });
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) => api.post<UnsubscribeLink>('/api/unsubscribe', { token }),
  });
}
