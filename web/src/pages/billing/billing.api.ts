// Billing calls as React Query hooks over the typed client. Keys start with ['billing', tenant] so one
// invalidation refreshes bills, payments, realisation and alerts after any run, payment or reversal (they
// all move together).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiHeaders, call, checked, client } from '../../lib/api';
import type { BillLine, LinesQuery, PaymentBody, ReconciliationResult } from './billing.types';

export const tenantBase = (tenant: string) => `${API_BASE}/tenants/${encodeURIComponent(tenant)}`;
const keyOf = (tenant: string) => ['billing', tenant] as const;
const at = (code: string) => ({ params: { path: { code } } });
const one = (code: string, id: number) => ({ params: { path: { code, id } } });

export function useBills(tenant: string, filter: { agreementId: number | null }) {
  return useQuery({
    queryKey: [...keyOf(tenant), 'bills', filter],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/bills', {
      params: { path: { code: tenant }, query: filter.agreementId !== null ? { agreementId: filter.agreementId } : {} },
    }))).items,
  });
}

export const useBill = (tenant: string, id: number) =>
  useQuery({ queryKey: [...keyOf(tenant), 'bill', id], queryFn: () => call(client.GET('/api/v1/tenants/{code}/bills/{id}', one(tenant, id))) });

export const useBillLines = (tenant: string, id: number, query: LinesQuery) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'bill', id, 'lines', query],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/bills/{id}/lines', { params: { path: { code: tenant, id }, query } })),
    placeholderData: (previous) => previous,
  });

export const useExplanation = (tenant: string, billId: number, line: BillLine | null) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'bill', billId, 'explain', line?.participationId, line?.month],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/bills/{id}/lines/{participationId}/explanation', {
      params: { path: { code: tenant, id: billId, participationId: line!.participationId }, query: { month: line!.month } },
    })),
    enabled: line !== null,
  });

export const usePayments = (tenant: string, agreementId: number) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'payments', agreementId],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/agreements/{id}/payments', one(tenant, agreementId)))).items,
  });

export const useRealisation = (tenant: string, agreementId: number) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'realisation', agreementId],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/agreements/{id}/realisation', one(tenant, agreementId))),
  });

export const useAlerts = (tenant: string | null) =>
  useQuery({
    queryKey: [...keyOf(tenant ?? ''), 'alerts'],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/billing/alerts', at(tenant!)))).items,
    enabled: !!tenant,
  });

export const useReconciliations = (tenant: string) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'reconciliations'],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/billing/reconciliations', at(tenant)))).items,
  });

/** One reconciliation with its rows; the reasons come translated by the server, so the language is part of the key. */
export const useReconciliation = (tenant: string, id: number | null, lang: string) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'reconciliation', id, lang],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/billing/reconciliations/{id}', one(tenant, id!))),
    enabled: id !== null,
  });

/** Any billing write: runs the call, then refreshes everything billing shows for the tenant. */
export function useBillingMutation<TInput, TResult>(tenant: string, run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(tenant) }) });
}

export const billingCalls = (tenant: string) => ({
  run: (body: { month: string; agreementId?: number }) => call(client.POST('/api/v1/tenants/{code}/billing/runs', { ...at(tenant), body })),
  pay: (agreementId: number, body: PaymentBody) => call(client.POST('/api/v1/tenants/{code}/agreements/{id}/payments', { ...one(tenant, agreementId), body })),
  reverse: (paymentId: number, reason: string) => call(client.POST('/api/v1/tenants/{code}/payments/{id}/reversal', { ...one(tenant, paymentId), body: { reason } })),
  // multipart upload: openapi-fetch sends JSON bodies
  reconcile: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return checked<ReconciliationResult>(fetch(`${tenantBase(tenant)}/billing/reconciliations`, { method: 'POST', body: form, credentials: 'same-origin', headers: apiHeaders('POST') }));
  },
  billFile: (billId: number, file: 'bill.pdf' | 'lines.xlsx') => `${tenantBase(tenant)}/bills/${billId}/${file}`,
  receiptUrl: (paymentId: number) => `${tenantBase(tenant)}/payments/${paymentId}/receipt.pdf`,
  // a plain link: the sheet's words follow the screen's language, not the browser's
  errorsUrl: (reconciliationId: number, lang: string) => `${tenantBase(tenant)}/billing/reconciliations/${reconciliationId}/errors.xlsx?lang=${lang === 'en' ? 'en' : 'id'}`,
  scanUrl: (paymentId: number) => `${tenantBase(tenant)}/payments/${paymentId}/scan`,
  attachScan: (paymentId: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return checked<{ paymentId: number; scan: { name: string; sha256: string } }>(fetch(`${tenantBase(tenant)}/payments/${paymentId}/scan`, { method: 'POST', body: form, credentials: 'same-origin', headers: apiHeaders('POST') }));
  },
});
