// Enrolment and card calls as React Query hooks. Keys start with ['enrolment', tenant]; every change
// (enrol, end, export, answer) invalidates that prefix and the registry's, whose drawer shows participations.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { currentLanguage } from '../../i18n';
import { API_BASE, call, checked, client, qs } from '../../lib/api';
import type { AnswerResult, EndBody, EnrolBody, ParticipantFilters } from './enrolment.types';

const base = (tenant: string) => `/tenants/${encodeURIComponent(tenant)}`;
const path = (code: string) => ({ path: { code } });
const keyOf = (tenant: string) => ['enrolment', tenant] as const;
export const PAGE_SIZE = 25;

function useRefresh(tenant: string) {
  const queryClient = useQueryClient();
  return useCallback(() => Promise.all([
    queryClient.invalidateQueries({ queryKey: keyOf(tenant) }),
    queryClient.invalidateQueries({ queryKey: ['workers', tenant] }),
    queryClient.invalidateQueries({ queryKey: ['agreements'] }),
  ]), [queryClient, tenant]);
}

export function useParticipants(tenant: string, filters: Partial<ParticipantFilters> & { personId?: number }, page: number, limit = PAGE_SIZE) {
  const query = {
    status: filters.status ?? undefined, agreementId: filters.agreementId ?? undefined, groupId: filters.groupId ?? undefined,
    opdId: filters.opdId ?? undefined, villageCode: filters.villageCode ?? undefined, personId: filters.personId,
    limit, offset: (page - 1) * limit,
  };
  return useQuery({
    queryKey: [...keyOf(tenant), 'participants', query],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/participants', { params: { ...path(tenant), query } })),
    placeholderData: keepPreviousData,
  });
}

export function useGroupCounts(tenant: string, agreementId: number, enabled = true) {
  return useQuery({
    queryKey: [...keyOf(tenant), 'groups', agreementId],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/agreements/{id}/enrolment-groups', { params: { path: { code: tenant, id: agreementId } } }))).groups,
    enabled,
    retry: false,
  });
}

export function useEnrol(tenant: string) {
  const refresh = useRefresh(tenant);
  return useMutation({
    mutationFn: (body: EnrolBody) => call(client.POST('/api/v1/tenants/{code}/enrolment/enrol', { params: path(tenant), body })),
    onSuccess: refresh,
  });
}

export function useEndParticipation(tenant: string) {
  const refresh = useRefresh(tenant);
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & EndBody) => call(client.POST('/api/v1/tenants/{code}/participants/{id}/end', { params: { path: { code: tenant, id } }, body })),
    onSuccess: refresh,
  });
}

export function useEnrolmentBatches(tenant: string) {
  return useQuery({
    queryKey: [...keyOf(tenant), 'batches'],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/enrolment/batches', { params: path(tenant) }))).items,
  });
}

export function useCreateBatch(tenant: string) {
  const refresh = useRefresh(tenant);
  return useMutation({
    // a registration batch is per PKS; the non-active report covers the whole regency
    mutationFn: ({ agreementId, kind }: { agreementId: number; kind: 'registration' | 'non-active' }) => (kind === 'registration'
      ? call(client.POST('/api/v1/tenants/{code}/enrolment/batches', { params: path(tenant), body: { agreementId } }))
      : call(client.POST('/api/v1/tenants/{code}/enrolment/non-active-export', { params: path(tenant) }))),
    onSuccess: refresh,
  });
}

export const batchFileUrl = (tenant: string, id: number, format: 'xlsx' | 'csv') => `${API_BASE}${base(tenant)}/enrolment/batches/${id}/export${qs({ format })}`;
export const answerErrorsUrl = (tenant: string, id: number) => `${API_BASE}${base(tenant)}/enrolment/answers/${id}/errors.xlsx${qs({ lang: currentLanguage() })}`;
/** A participant's card (PDF); the server refuses one for a participation that is not active. */
export const cardUrl = (tenant: string, participationId: number) => `${API_BASE}${base(tenant)}/cards/participations/${participationId}`;
export const cardSheetUrl = (tenant: string, by: { villageCode: string } | { opdId: number }) => `${API_BASE}${base(tenant)}/cards/sheet${qs(by)}`;

/** BPJS's answer file, multipart (field `file`): the one call the typed client cannot make. */
function uploadAnswer({ tenant, file }: { tenant: string; file: File }): Promise<AnswerResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return checked<AnswerResult>(fetch(`${API_BASE}${base(tenant)}/enrolment/answers`, {
    method: 'POST', body: form, credentials: 'same-origin',
    headers: { 'X-Requested-With': 'lindung', 'Accept-Language': currentLanguage(), Accept: 'application/json' },
  }));
}

export function useUploadAnswer(tenant: string) {
  const refresh = useRefresh(tenant);
  return useMutation({ mutationFn: (file: File) => uploadAnswer({ tenant, file }), onSuccess: refresh });
}
