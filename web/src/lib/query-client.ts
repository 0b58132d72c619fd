// One QueryClient for the app: no retries on client errors, and a 401 anywhere means the session ended.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';
import { ME_KEY } from './auth';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        const isMe = query.queryKey[0] === ME_KEY[0];
        if (!isMe && error instanceof ApiError && error.status === 401) {
          queryClient.setQueryData(ME_KEY, null); // the auth guard then sends the user to /login
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
