// Import calls as React Query hooks. Keys start with ['imports', tenant] so one invalidation refreshes the
// batch list, the open batch and its rows after an upload, approval or discard. Uploads and approvals
// answer with a job (['jobs', tenant, id]) polled until it ends.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { currentLanguage } from '../../i18n';
import { API_BASE, apiHeaders, call, checked, client, qs } from '../../lib/api';
import type { ImportJobResult, Job, RowFilter, UploadAnswer, WorkerGroup } from './imports.types';

const base = (tenant: string) => `/tenants/${encodeURIComponent(tenant)}`;
const batchPath = (code: string, id: number) => ({ path: { code, id } });
const keyOf = (tenant: string) => ['imports', tenant] as const;
export const ROWS_PAGE = 100;

export function useOpds(tenant: string | null) {
  return useQuery({
    queryKey: ['opds', tenant],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/opds', { params: { path: { code: tenant! } } }))).items,
    enabled: !!tenant,
    staleTime: 5 * 60_000,
  });
}

export function useBatches(tenant: string) {
  return useQuery({
    queryKey: [...keyOf(tenant), 'list'],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/imports', { params: { path: { code: tenant }, query: { limit: 20 } } }))).items,
  });
}

export function useBatch(tenant: string, id: number) {
  return useQuery({ queryKey: [...keyOf(tenant), id], queryFn: () => call(client.GET('/api/v1/tenants/{code}/imports/{id}', { params: batchPath(tenant, id) })) });
}

/** Staged rows of one kind, a page at a time (keyset on the row number). */
export function useBatchRows(tenant: string, id: number, filter: RowFilter) {
  return useInfiniteQuery({
    queryKey: [...keyOf(tenant), id, 'rows', filter],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      call(client.GET('/api/v1/tenants/{code}/imports/{id}/rows', { params: { ...batchPath(tenant, id), query: { status: filter, after: pageParam, limit: ROWS_PAGE } } })),
    getNextPageParam: (last) => last.nextAfter ?? undefined,
  });
}

/** Polls a job (an upload's staging, an approval) twice a second until it succeeds or fails. */
export function useJob<R = ImportJobResult>(tenant: string, id: number | null) {
  return useQuery({
    queryKey: ['jobs', tenant, id],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/jobs/{id}', { params: batchPath(tenant, id!) }))) as Job<R>,
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' || !query.state.data ? 500 : false),
  });
}

/** Refetches what a decision on a batch changes: the batch list, the open batch and its rows, the registry. */
export function useBatchRefresh(tenant: string) {
  const queryClient = useQueryClient();
  return useCallback(() => Promise.all([
    queryClient.invalidateQueries({ queryKey: keyOf(tenant) }),
    queryClient.invalidateQueries({ queryKey: ['workers', tenant] }),
  ]), [queryClient, tenant]);
}

/** Starts an approval: a job to follow (202), or — approved before — the result at once, refreshed here. */
export function useApprove(tenant: string, id: number) {
  const refresh = useBatchRefresh(tenant);
  return useMutation({
    mutationFn: () => call(client.POST('/api/v1/tenants/{code}/imports/{id}/approve', { params: batchPath(tenant, id) })),
    onSuccess: (answer) => (answer.jobId === null ? refresh() : undefined),
  });
}

export function useDiscard(tenant: string, id: number) {
  const refresh = useBatchRefresh(tenant);
  return useMutation({ mutationFn: () => call(client.POST('/api/v1/tenants/{code}/imports/{id}/discard', { params: batchPath(tenant, id) })), onSuccess: refresh });
}

/** The error sheet's address; the server names the file "<upload>-ditolak.xlsx" and writes `alasan` in this language. */
export const errorSheetUrl = (tenant: string, id: number) => `${API_BASE}${base(tenant)}/imports/${id}/errors.xlsx${qs({ lang: currentLanguage() })}`;

export interface UploadInput {
  tenant: string;
  group: WorkerGroup;
  opdId: number | null;
  /** dinas, pekerja rentan: the village of rows that name none. */
  villageCode?: string | null;
  file: File;
}

/** Multipart upload (field `file`); the group and OPD travel in the query string as the route expects. */
export async function uploadImport({ tenant, group, opdId, villageCode, file }: UploadInput): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', file, file.name);
  // multipart: openapi-fetch sends JSON bodies; the route's types still name the answer
  return checked<UploadAnswer>(fetch(`${API_BASE}${base(tenant)}/imports${qs({ group, opdId: opdId ?? undefined, villageCode: villageCode ?? undefined })}`, {
    method: 'POST', body: form, credentials: 'same-origin', headers: apiHeaders('POST'),
  }));
}

export function useUpload() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadImport, onSuccess: (_answer, input) => queryClient.invalidateQueries({ queryKey: keyOf(input.tenant) }) });
}
