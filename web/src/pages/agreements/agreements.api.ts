// Agreement calls as React Query hooks. Keys start with ['agreements', tenant] so one invalidation
// refreshes the list, the detail and the plan after any change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, ApiError, api, apiRequest } from '../../lib/api';
import { currentLanguage } from '../../i18n';
import type { Agreement, AgreementDetail, AgreementDocument, AgreementTerms, FormOptions, Plan, PlanTotals, WhatIf } from './agreements.types';

export const agreementsPath = (tenant: string) => `/tenants/${encodeURIComponent(tenant)}/agreements`;
const keyOf = (tenant: string) => ['agreements', tenant] as const;

export function useAgreements(tenant: string | null) {
  return useQuery({
    queryKey: [...keyOf(tenant ?? ''), 'list'],
    queryFn: async () => (await api.get<{ items: (Agreement & { plan: PlanTotals | null })[] }>(agreementsPath(tenant!))).items,
    enabled: !!tenant,
  });
}

export function useAgreement(tenant: string, id: number) {
  return useQuery({ queryKey: [...keyOf(tenant), id], queryFn: () => api.get<AgreementDetail>(`${agreementsPath(tenant)}/${id}`) });
}

export function usePlan(tenant: string, id: number, enabled: boolean) {
  return useQuery({ queryKey: [...keyOf(tenant), id, 'plan'], queryFn: () => api.get<Plan>(`${agreementsPath(tenant)}/${id}/plan`), enabled });
}

/** The what-if plan for a set of overrides; each distinct set is fetched once and never saved. */
export function useWhatIf(tenant: string, id: number, whatIf: WhatIf | null) {
  return useQuery({
    queryKey: [...keyOf(tenant), id, 'what-if', whatIf],
    queryFn: () => api.post<Plan>(`${agreementsPath(tenant)}/${id}/plan/what-if`, whatIf),
    enabled: whatIf !== null,
    placeholderData: (previous) => previous,
  });
}

export function useFormOptions(tenant: string) {
  return useQuery({ queryKey: [...keyOf(tenant), 'options'], queryFn: () => api.get<FormOptions>(`${agreementsPath(tenant)}/options`) });
}

/** Any agreement write: runs the call, then refreshes everything under the tenant's agreements. */
export function useAgreementMutation<TInput, TResult = Agreement>(tenant: string, call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(tenant) }) });
}

export const agreementCalls = (tenant: string, id?: number) => {
  const base = agreementsPath(tenant);
  return {
    create: (body: AgreementTerms & { kind: 'mou' | 'pks' }) => api.post<Agreement>(base, body),
    update: (body: Partial<AgreementTerms>) => apiRequest<Agreement>('PATCH', `${base}/${id}`, body),
    sign: (body: { signedOn: string; signedPlace: string }) => api.post<Agreement>(`${base}/${id}/sign`, body),
    activate: () => api.post<Agreement>(`${base}/${id}/activate`),
    end: () => api.post<Agreement>(`${base}/${id}/end`),
    renew: () => api.post<Agreement>(`${base}/${id}/renew`, {}),
    addendum: (body: { number: string; title: string; signedOn: string; reason: string; changes: Partial<AgreementTerms> }) =>
      api.post<{ agreement: Agreement }>(`${base}/${id}/addenda`, body),
    removeDocument: (documentId: number) => apiRequest<void>('DELETE', `${base}/${id}/documents/${documentId}`),
    fileUrl: (file: string) => `${API_BASE}${base}/${id}/${file}`,
  };
};

/** Uploads a PDF as the raw request body (the server checks its magic bytes and size). */
export async function uploadDocument(tenant: string, id: number, file: File, title: string): Promise<AgreementDocument> {
  const url = `${API_BASE}${agreementsPath(tenant)}/${id}/documents?filename=${encodeURIComponent(file.name)}&title=${encodeURIComponent(title || file.name)}`;
  const response = await fetch(url, {
    method: 'POST', body: file, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/pdf', 'X-Requested-With': 'lindung', 'Accept-Language': currentLanguage() },
  });
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } } & AgreementDocument;
  if (!response.ok) throw new ApiError(response.status, body.error?.code ?? `HTTP_${response.status}`, body.error?.message ?? response.statusText);
  return body;
}
