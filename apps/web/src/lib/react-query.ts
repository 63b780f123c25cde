import { QueryCache, QueryClient, type DefaultOptions, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import { isApiError } from './api-client';

export const queryConfig = {
  queries: {
    staleTime: 30_000,
    refetchOnWindowFocus: false,
    // A refusal (4xx) will not change by asking again; a failure to connect or a 5xx might.
    retry: (failureCount, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
  },
} satisfies DefaultOptions;

/**
 * The shared client. When any call answers 401 the session has ended: `onSessionEnded` is told,
 * and the layout sends the person to sign in (the transport itself never redirects).
 */
export function createQueryClient(onSessionEnded?: (client: QueryClient) => void): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: queryConfig,
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== 'auth') onSessionEnded?.(client);
      },
    }),
  });
  return client;
}

/** Extra options a query hook accepts from its caller. */
export type QueryConfig<T> = Omit<UseQueryOptions<T, Error>, 'queryKey' | 'queryFn'>;
/** Extra options a mutation hook accepts from its caller. */
export type MutationConfig<TData, TVariables> = Omit<UseMutationOptions<TData, Error, TVariables>, 'mutationFn'>;
