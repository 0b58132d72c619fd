// Audit log, newest first, paged by id (`before` = the last id already shown).
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';

export type AuditEntry = ResponseOf<'/api/v1/audit', 'get'>['items'][number];

export const AUDIT_PAGE_SIZE = 50;

export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ['audit'],
    initialPageParam: undefined as number | undefined,
    queryFn: async ({ pageParam }) =>
      (await call(client.GET('/api/v1/audit', { params: { query: { limit: AUDIT_PAGE_SIZE, before: pageParam } } }))).items,
    // A short page means the log is exhausted.
    getNextPageParam: (lastPage) => (lastPage.length < AUDIT_PAGE_SIZE ? undefined : lastPage.at(-1)?.id),
  });
}
