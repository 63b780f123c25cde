import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@send/domain';
import { api, isApiError } from '@/lib/api-client';

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisationId: string | null;
  personId: string | null;
}

export interface SignInInput {
  email: string;
  password: string;
}

const OPEN_ACCESS_USER: CurrentUser = {
  id: 'open-access',
  email: '',
  displayName: 'Open access',
  roles: ['admin'],
  organisationId: null,
  personId: null,
};

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
    // A server without sign-in (no auth routes yet) lets everyone do everything: so does the UI.
    if (isApiError(error) && error.status === 404) return OPEN_ACCESS_USER;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: authKeys.me(), queryFn: getMe, staleTime: 5 * 60_000 });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post<unknown>('/api/auth/login', input),
    onSuccess: async () => {
      // Whatever was cached belonged to nobody or to someone else.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      await queryClient.fetchQuery({ queryKey: authKeys.me(), queryFn: getMe });
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
