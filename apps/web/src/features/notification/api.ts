import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailKind, Weekday } from '@send/domain';
import { api, type Page } from '@/lib/api-client';

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** A path in this app. */
  link: string | null;
  planId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Preferences {
  emails: Record<EmailKind, boolean>;
  digestDay: Weekday;
  kinds: { kind: EmailKind; label: string }[];
  version: number;
}

export interface OutboxEmail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: 'queued' | 'sending' | 'retrying' | 'sent' | 'failed' | 'outbox';
  attempts: number;
  lastResponse: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (page: number) => [...notificationKeys.all, 'list', page] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
  outbox: (page: number) => [...notificationKeys.all, 'outbox', page] as const,
  unsubscribe: (token: string) => [...notificationKeys.all, 'unsubscribe', token] as const,
};

/** The count in the header: checked every minute while the page is open. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => api.get<{ unread: number }>('/api/notifications/unread-count', { signal }),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useNotifications(page: number) {
  return useQuery({
    queryKey: notificationKeys.list(page),
    queryFn: ({ signal }) => api.get<Page<AppNotification> & { unread: number }>('/api/notifications', { query: { page, pageSize: 25 }, signal }),
    placeholderData: keepPreviousData,
  });
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
    mutationFn: () => api.post<{ read: number }>('/api/notifications/read-all'),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: ({ signal }) => api.get<Preferences>('/api/notification-preferences', { signal }),
  });
}

export function useUpdatePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { emails: Partial<Record<EmailKind, boolean>>; digestDay: Weekday; version: number }) => api.put<Preferences>('/api/notification-preferences', body),
    onSuccess: (data) => client.setQueryData(notificationKeys.preferences(), data),
  });
}

export function useOutbox(page: number) {
  return useQuery({
    queryKey: notificationKeys.outbox(page),
    queryFn: ({ signal }) => api.get<Page<OutboxEmail>>('/api/outbox', { query: { page, pageSize: 25 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUnsubscribeLink(token: string) {
  return useQuery({
    queryKey: notificationKeys.unsubscribe(token),
    queryFn: ({ signal }) => api.get<{ kind: EmailKind; label: string; subscribed: boolean }>('/api/unsubscribe', { query: { token }, signal }),
    enabled: token !== '',
  });
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) => api.post<{ kind: EmailKind; label: string; subscribed: boolean }>('/api/unsubscribe', { token }),
  });
}
