import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@send/domain';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Schemas = components['schemas'];

/** An account as an administrator sees it. */
export type User = Schemas['UserResponse'];

export interface UserInput {
  email?: string;
  displayName?: string;
  roles?: Role[];
  organisationId?: string | null;
  personId?: string | null;
  canEditOrganisationActions?: boolean;
  password?: string;
  active?: boolean;
}

export const userKeys = {
  all: ['users'] as const,
  list: (includeInactive: boolean) => [...userKeys.all, 'list', includeInactive] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

/** Each query once, key and fetcher together. */
export const userQueries = {
  list: (includeInactive: boolean) =>
    queryOptions({
      queryKey: userKeys.list(includeInactive),
      queryFn: () => api.get<Schemas['UserPage']>('/api/users', { query: { includeInactive, pageSize: 200 } }),
    }),
  detail: (id: string) => queryOptions({ queryKey: userKeys.detail(id), queryFn: () => api.get<User>(`/api/users/${id}`) }),
};

export function useUsers(includeInactive = true) {
  return useQuery(userQueries.list(includeInactive));
}

export function useUser(id: string) {
  return useQuery(userQueries.detail(id));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) => api.post<User>('/api/users', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput & { version: number }) => api.patch<User>(`/api/users/${id}`, input),
    onSuccess: (u) => {
      queryClient.setQueryData(userKeys.detail(id), u);
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}

export function useIssuePasswordReset(id: string) {
  return useMutation({ mutationFn: () => api.post<Schemas['PasswordResetResponse']>(`/api/users/${id}/password-reset`) });
}
