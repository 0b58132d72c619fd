// Audit log, newest first, paged by id (`before` = the last id already shown), filtered by who, what,
// which record and since when; the same filter downloads the log as XLSX.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../../api/types';
import { currentLanguage } from '../../i18n';
import { API_BASE, call, client, qs } from '../../lib/api';

export type AuditEntry = ResponseOf<'/api/v1/audit', 'get'>['items'][number];

/** Who, what, which record, since which day ('YYYY-MM-DD' or ''): empty fields do not filter. */
export interface AuditFilter { actor: string; action: string; entityId: string; from: string }

export const AUDIT_PAGE_SIZE = 50;

/** A calendar day → its midnight; the regencies served so far keep WITA (the server logs instants). */
const sinceMidnight = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00+08:00` : undefined);

function queryOf(filter: AuditFilter) {
  return {
    actor: filter.actor.trim() || undefined, action: filter.action.trim() || undefined, entityId: filter.entityId.trim() || undefined,
    from: sinceMidnight(filter.from),
  };
}

/** The XLSX of what the filter shows (the server logs the download). */
export const auditXlsxUrl = (filter: AuditFilter) => `${API_BASE}/audit.xlsx${qs({ ...queryOf(filter), lang: currentLanguage() })}`;

export function useAuditLog(filter: AuditFilter, lang: string) {
  const params = queryOf(filter);
  return useInfiniteQuery({
    queryKey: ['audit', params, lang],
    initialPageParam: undefined as number | undefined,
    queryFn: async ({ pageParam }) =>
      (await call(client.GET('/api/v1/audit', { params: { query: { limit: AUDIT_PAGE_SIZE, before: pageParam, ...params } } }))).items,
    // A short page means the log is exhausted.
    getNextPageParam: (lastPage) => (lastPage.length < AUDIT_PAGE_SIZE ? undefined : lastPage.at(-1)?.id),
  });
}
