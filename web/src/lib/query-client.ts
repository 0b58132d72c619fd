// One QueryClient for the app: no retries on client errors, and a 401 anywhere means the session ended.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';
import { ME_KEY } from './auth';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  // Login answers 401 for a wrong password and /auth/me for "not signed in"; neither ends a session.
  const isSessionCheck = (key: readonly unknown[] | undefined) => key?.[0] === ME_KEY[0];
  const endSessionOn401 = (error: Error, key: readonly unknown[] | undefined) => {
    if (!isSessionCheck(key) && error instanceof ApiError && error.status === 401) {
      queryClient.setQueryData(ME_KEY, null); // the auth guard then sends the user to /login
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => endSessionOn401(error, query.queryKey) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => endSessionOn401(error, mutation.options.mutationKey),
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
