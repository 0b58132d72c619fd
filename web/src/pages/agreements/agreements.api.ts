// Agreement calls as React Query hooks. Keys start with ['agreements', tenant] so one invalidation
// refreshes the list, the detail and the plan after any change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiHeaders, call, checked, client } from '../../lib/api';
import type { AgreementDocument, AgreementTerms, WhatIf } from './agreements.types';

export const agreementsPath = (tenant: string) => `/tenants/${encodeURIComponent(tenant)}/agreements`;
const keyOf = (tenant: string) => ['agreements', tenant] as const;
const one = (code: string, id: number) => ({ params: { path: { code, id } } });

export function useAgreements(tenant: string | null) {
  return useQuery({
    queryKey: [...keyOf(tenant ?? ''), 'list'],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/agreements', { params: { path: { code: tenant! } } }))).items,
    enabled: !!tenant,
  });
}

export function useAgreement(tenant: string, id: number) {
  return useQuery({ queryKey: [...keyOf(tenant), id], queryFn: () => call(client.GET('/api/v1/tenants/{code}/agreements/{id}', one(tenant, id))) });
}

export function usePlan(tenant: string, id: number, enabled: boolean) {
  return useQuery({ queryKey: [...keyOf(tenant), id, 'plan'], queryFn: () => call(client.GET('/api/v1/tenants/{code}/agreements/{id}/plan', one(tenant, id))), enabled });
}

/** The what-if plan for a set of overrides; each distinct set is fetched once and never saved. */
export function useWhatIf(tenant: string, id: number, whatIf: WhatIf | null) {
  return useQuery({
    queryKey: [...keyOf(tenant), id, 'what-if', whatIf],
    queryFn: () => call(client.POST('/api/v1/tenants/{code}/agreements/{id}/plan/what-if', { ...one(tenant, id), body: whatIf! })),
    enabled: whatIf !== null,
    placeholderData: (previous) => previous,
  });
}

export function useFormOptions(tenant: string) {
  return useQuery({ queryKey: [...keyOf(tenant), 'options'], queryFn: () => call(client.GET('/api/v1/tenants/{code}/agreements/options', { params: { path: { code: tenant } } })) });
}

/** Any agreement write: runs the call, then refreshes everything under the tenant's agreements. */
export function useAgreementMutation<TInput, TResult>(tenant: string, call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(tenant) }) });
}

export const agreementCalls = (tenant: string, id = 0) => {
  const base = agreementsPath(tenant);
  const path = one(tenant, id);
  return {
    create: (body: AgreementTerms & { kind: 'mou' | 'pks' }) =>
      call(client.POST('/api/v1/tenants/{code}/agreements', { params: { path: { code: tenant } }, body })),
    update: (body: Partial<AgreementTerms>) => call(client.PATCH('/api/v1/tenants/{code}/agreements/{id}', { ...path, body })),
    sign: (body: { signedOn: string; signedPlace: string }) => call(client.POST('/api/v1/tenants/{code}/agreements/{id}/sign', { ...path, body })),
    activate: () => call(client.POST('/api/v1/tenants/{code}/agreements/{id}/activate', path)),
    end: () => call(client.POST('/api/v1/tenants/{code}/agreements/{id}/end', path)),
    renew: () => call(client.POST('/api/v1/tenants/{code}/agreements/{id}/renew', { ...path, body: {} })),
    addendum: (body: { number: string; title: string; signedOn: string; reason: string; changes: Partial<AgreementTerms> }) =>
      call(client.POST('/api/v1/tenants/{code}/agreements/{id}/addenda', { ...path, body })),
    removeDocument: (documentId: number) =>
      call(client.DELETE('/api/v1/tenants/{code}/agreements/{id}/documents/{documentId}', { params: { path: { code: tenant, id, documentId } } })),
    fileUrl: (file: string) => `${API_BASE}${base}/${id}/${file}`,
  };
};

/** Uploads a PDF as the raw request body (the server checks its magic bytes and size). */
export async function uploadDocument(tenant: string, id: number, file: File, title: string): Promise<AgreementDocument> {
  const url = `${API_BASE}${agreementsPath(tenant)}/${id}/documents?filename=${encodeURIComponent(file.name)}&title=${encodeURIComponent(title || file.name)}`;
  // a raw PDF body: openapi-fetch sends JSON bodies; the route's types still name the answer
  return checked<AgreementDocument>(fetch(url, {
    method: 'POST', body: file, credentials: 'same-origin', headers: { ...apiHeaders('POST'), 'Content-Type': 'application/pdf' },
  }));
}
