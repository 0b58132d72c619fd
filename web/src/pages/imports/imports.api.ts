// Import calls as React Query hooks. Keys start with ['imports', tenant] so one invalidation refreshes the
// batch list, the open batch and its rows after an upload, approval or discard. Uploads and approvals
// answer with a job (['jobs', tenant, id]) polled until it ends.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { currentLanguage } from '../../i18n';
import { API_BASE, ApiError, api, qs } from '../../lib/api';
import type { ApproveAnswer, Batch, ImportJobResult, Job, Opd, RowFilter, StagedRow, UploadAnswer, WorkerGroup } from './imports.types';

const base = (tenant: string) => `/tenants/${encodeURIComponent(tenant)}`;
const keyOf = (tenant: string) => ['imports', tenant] as const;
export const ROWS_PAGE = 100;

export function useOpds(tenant: string | null) {
  return useQuery({
    queryKey: ['opds', tenant],
    queryFn: async () => (await api.get<{ items: Opd[] }>(`${base(tenant!)}/opds`)).items,
    enabled: !!tenant,
    staleTime: 5 * 60_000,
  });
}

export function useBatches(tenant: string) {
  return useQuery({
    queryKey: [...keyOf(tenant), 'list'],
    queryFn: async () => (await api.get<{ items: Batch[] }>(`${base(tenant)}/imports${qs({ limit: 20 })}`)).items,
  });
}

export function useBatch(tenant: string, id: number) {
  return useQuery({ queryKey: [...keyOf(tenant), id], queryFn: () => api.get<Batch>(`${base(tenant)}/imports/${id}`) });
}

/** Staged rows of one kind, a page at a time (keyset on the row number). */
export function useBatchRows(tenant: string, id: number, filter: RowFilter) {
  return useInfiniteQuery({
    queryKey: [...keyOf(tenant), id, 'rows', filter],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      api.get<{ items: StagedRow[]; nextAfter: number | null }>(`${base(tenant)}/imports/${id}/rows${qs({ status: filter, after: pageParam, limit: ROWS_PAGE })}`),
    getNextPageParam: (last) => last.nextAfter ?? undefined,
  });
}

/** Polls a job (an upload's staging, an approval) twice a second until it succeeds or fails. */
export function useJob<R = ImportJobResult>(tenant: string, id: number | null) {
  return useQuery({
    queryKey: ['jobs', tenant, id],
    queryFn: () => api.get<Job<R>>(`${base(tenant)}/jobs/${id}`),
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
    mutationFn: () => api.post<ApproveAnswer>(`${base(tenant)}/imports/${id}/approve`),
    onSuccess: (answer) => (answer.jobId === null ? refresh() : undefined),
  });
}

export function useDiscard(tenant: string, id: number) {
  const refresh = useBatchRefresh(tenant);
  return useMutation({ mutationFn: () => api.post<{ batchId: number; status: 'discarded' }>(`${base(tenant)}/imports/${id}/discard`), onSuccess: refresh });
}

/** The error sheet's address; the server names the file "<upload>-ditolak.xlsx" and writes `alasan` in this language. */
export const errorSheetUrl = (tenant: string, id: number) => `${API_BASE}${base(tenant)}/imports/${id}/errors.xlsx${qs({ lang: currentLanguage() })}`;

export interface UploadInput {
  tenant: string;
  group: WorkerGroup;
  opdId: number | null;
  file: File;
}

/** Multipart upload (field `file`); the group and OPD travel in the query string as the route expects. */
export async function uploadImport({ tenant, group, opdId, file }: UploadInput): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${base(tenant)}/imports${qs({ group, opdId: opdId ?? undefined })}`, {
      method: 'POST', body: form, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'lindung', 'Accept-Language': currentLanguage(), Accept: 'application/json' },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Network error');
  }
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } } & UploadAnswer;
  if (!response.ok) throw new ApiError(response.status, body.error?.code ?? `HTTP_${response.status}`, body.error?.message ?? response.statusText);
  return body;
}

export function useUpload() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadImport, onSuccess: (_answer, input) => queryClient.invalidateQueries({ queryKey: keyOf(input.tenant) }) });
}
