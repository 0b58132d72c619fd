// Claim calls as React Query hooks (list, one claim, report, next step). Keys start with ['claims', tenant];
// every change invalidates that prefix, so the claim page, its checklist and the list stay in step.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';
import { useClaimRefresh } from './claim-documents.api';

export type Claim = ResponseOf<'/api/v1/tenants/{code}/claims/{id}', 'get'>;
export type ClaimListItem = ResponseOf<'/api/v1/tenants/{code}/claims', 'get'>['items'][number];
export type ClaimQuery = QueryOf<'/api/v1/tenants/{code}/claims', 'get'>;
export type FileClaimBody = BodyOf<'/api/v1/tenants/{code}/claims', 'post'>;
export type AdvanceBody = BodyOf<'/api/v1/tenants/{code}/claims/{id}/advance', 'post'>;
export const PAGE_SIZE = 25;

export function useClaims(tenant: string, query: ClaimQuery & { q?: string }) {
  return useQuery({
    queryKey: ['claims', tenant, 'list', query],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/claims', { params: { path: { code: tenant }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useClaim(tenant: string, id: number) {
  return useQuery({ queryKey: ['claims', tenant, id, 'claim'], queryFn: () => call(client.GET('/api/v1/tenants/{code}/claims/{id}', { params: { path: { code: tenant, id } } })) });
}

export function useFileClaim(tenant: string) {
  const refresh = useClaimRefresh(tenant);
  return useMutation({ mutationFn: (body: FileClaimBody) => call(client.POST('/api/v1/tenants/{code}/claims', { params: { path: { code: tenant } }, body })), onSuccess: refresh });
}

export function useAdvanceClaim(tenant: string, id: number) {
  const refresh = useClaimRefresh(tenant);
  return useMutation({
    mutationFn: (body: AdvanceBody) => call(client.POST('/api/v1/tenants/{code}/claims/{id}/advance', { params: { path: { code: tenant, id } }, body })),
    onSuccess: refresh,
  });
}

/** One participation by its 16-digit NIK, within the caller's scope (the report form's lookup). */
export function useParticipantByNik(tenant: string, nik: string) {
  return useQuery({
    queryKey: ['enrolment', tenant, 'by-nik', nik],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/participants', { params: { path: { code: tenant }, query: { nik, limit: 10, offset: 0 } } }))).items,
    enabled: /^\d{16}$/.test(nik),
  });
}

export function useParticipant(tenant: string, id: number | null) {
  return useQuery({
    queryKey: ['enrolment', tenant, 'participant', id],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/participants/{id}', { params: { path: { code: tenant, id: id! } } })),
    enabled: id !== null,
  });
}
