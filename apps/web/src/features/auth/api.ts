import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/**
 * The signed-in user, as the API's OpenAPI document declares them (generated: lib/api-types.ts):
 * `canEditOrganisationActions` when an action owner is granted every action of their organisation,
 * `installationAdmin` when they manage the installation's local areas and advisers too.
 */
export type CurrentUser = components['schemas']['MeResponse'];

export interface SignInInput {
  email: string;
  password: string;
}

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** The signed-in user, or null when nobody is signed in (401). */
export async function getMe(): Promise<CurrentUser | null> {
  try {
    return await api.get<CurrentUser>('/api/auth/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** Each query once, key and fetcher together. */
export const authQueries = {
  me: () => queryOptions({ queryKey: authKeys.me(), queryFn: getMe, staleTime: 5 * 60_000 }),
};

export function useMe() {
  return useQuery(authQueries.me());
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post<components['schemas']['SignInResponse']>('/api/auth/login', input),
    onSuccess: ({ user }) => {
      // Whatever was cached belonged to nobody or to someone else.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      queryClient.setQueryData(authKeys.me(), user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>('/api/auth/logout'),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), null);
    },
  });
}
