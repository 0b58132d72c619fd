// Audit log, newest first, paged by id (`before` = the last id already shown), filtered by who, what,
// which record and since when.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';

export type AuditEntry = ResponseOf<'/api/v1/audit', 'get'>['items'][number];

/** Who, what, which record, since when: empty fields do not filter. */
export interface AuditFilter { actor: string; action: string; entityId: string; from: string }

export const AUDIT_PAGE_SIZE = 50;

/** "30-11-2026" (DD-MM-YYYY, as typed in Indonesia) → midnight of that day; anything else does not filter. */
function sinceMidnight(text: string): string | undefined {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text.trim());
  // the regencies served so far are on WITA; the server-side Clock with the tenant's zone will take over
  return m ? `${m[3]}-${m[2]}-${m[1]}T00:00:00+08:00` : undefined;
}

export function useAuditLog(filter: AuditFilter, lang: string) {
  const params = {
    actor: filter.actor.trim() || undefined, action: filter.action.trim() || undefined, entityId: filter.entityId.trim() || undefined,
    from: sinceMidnight(filter.from),
  };
  return useInfiniteQuery({
    queryKey: ['audit', params, lang],
    initialPageParam: undefined as number | undefined,
    queryFn: async ({ pageParam }) =>
      (await call(client.GET('/api/v1/audit', { params: { query: { limit: AUDIT_PAGE_SIZE, before: pageParam, ...params } } }))).items,
    // A short page means the log is exhausted.
    getNextPageParam: (lastPage) => (lastPage.length < AUDIT_PAGE_SIZE ? undefined : lastPage.at(-1)?.id),
  });
}
