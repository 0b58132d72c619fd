// Audit log, newest first, paged by id (`before` = the last id already shown).
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, qs } from '../../lib/api';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entity: string | null;
  entityId: string | number | null;
  tenantCode: string | null;
  ip: string | null;
  details: unknown;
}

export const AUDIT_PAGE_SIZE = 50;

export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ['audit'],
    initialPageParam: undefined as number | undefined,
    queryFn: async ({ pageParam }) =>
      (await api.get<{ items: AuditEntry[] }>(`/audit${qs({ limit: AUDIT_PAGE_SIZE, before: pageParam })}`)).items,
    // A short page means the log is exhausted.
    getNextPageParam: (lastPage) => (lastPage.length < AUDIT_PAGE_SIZE ? undefined : lastPage.at(-1)?.id),
  });
}
