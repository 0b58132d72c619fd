// Heirs, checklist and documents of one claim as React Query hooks. Keys start with ['claims', tenant];
// every change invalidates that prefix (the claim page, its checklist and the list's counts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { BodyOf, ResponseOf } from '../../api/types';
import { currentLanguage } from '../../i18n';
import { API_BASE, call, checked, client, qs } from '../../lib/api';

export type Heir = ResponseOf<'/api/v1/tenants/{code}/claims/{id}/heirs', 'get'>['items'][number];
export type HeirBody = BodyOf<'/api/v1/tenants/{code}/claims/{id}/heirs', 'post'>;
export type Checklist = ResponseOf<'/api/v1/tenants/{code}/claims/{id}/checklist', 'get'>;
export type ClaimDocument = Checklist['documents'][number];

const params = (tenant: string, id: number) => ({ params: { path: { code: tenant, id } } });

export function useClaimRefresh(tenant: string) {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['claims', tenant] }), [queryClient, tenant]);
}

export function useHeirs(tenant: string, id: number, reveal: boolean) {
  return useQuery({
    queryKey: ['claims', tenant, id, 'heirs', reveal],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/claims/{id}/heirs', { params: { path: { code: tenant, id }, query: reveal ? { revealNik: 'true' } : {} } })),
  });
}

export function useHeirRelations() {
  return useQuery({ queryKey: ['claim-heir-relations'], queryFn: async () => (await call(client.GET('/api/v1/claim-heir-relations'))).items, staleTime: Infinity });
}

export function useAddHeir(tenant: string, id: number) {
  const refresh = useClaimRefresh(tenant);
  return useMutation({ mutationFn: (body: HeirBody) => call(client.POST('/api/v1/tenants/{code}/claims/{id}/heirs', { ...params(tenant, id), body })), onSuccess: refresh });
}

export function useRemoveHeir(tenant: string, id: number) {
  const refresh = useClaimRefresh(tenant);
  return useMutation({
    mutationFn: (heirId: number) => call(client.DELETE('/api/v1/tenants/{code}/claims/{id}/heirs/{heirId}', { params: { path: { code: tenant, id, heirId } } })),
    onSuccess: refresh,
  });
}

export function useChecklist(tenant: string, id: number) {
  return useQuery({ queryKey: ['claims', tenant, id, 'checklist'], queryFn: () => call(client.GET('/api/v1/tenants/{code}/claims/{id}/checklist', params(tenant, id))) });
}

/** The raw-body upload the typed client cannot make: the file itself is the body, its type read by the server. */
export function useUploadDocument(tenant: string, id: number) {
  const refresh = useClaimRefresh(tenant);
  return useMutation({
    mutationFn: ({ file, requirementCode, heirId }: { file: File; requirementCode: string; heirId: number | null }) =>
      checked<ClaimDocument>(fetch(`${API_BASE}/tenants/${encodeURIComponent(tenant)}/claims/${id}/documents${qs({ requirementCode, heirId: heirId ?? undefined, filename: file.name })}`, {
        method: 'POST', body: file, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/octet-stream', 'X-Requested-With': 'lindung', 'Accept-Language': currentLanguage(), Accept: 'application/json' },
      })),
    onSuccess: refresh,
  });
}

export function useDecideDocument(tenant: string, id: number) {
  const refresh = useClaimRefresh(tenant);
  return useMutation({
    mutationFn: ({ documentId, verdict, note }: { documentId: number; verdict: 'verified' | 'rejected'; note?: string }) =>
      call(client.POST('/api/v1/tenants/{code}/claims/{id}/documents/{documentId}/decision', { params: { path: { code: tenant, id, documentId } }, body: { verdict, note } })),
    onSuccess: refresh,
  });
}

export const documentUrl = (tenant: string, id: number, documentId: number) => `${API_BASE}/tenants/${encodeURIComponent(tenant)}/claims/${id}/documents/${documentId}`;
