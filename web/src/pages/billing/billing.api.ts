// Billing calls as React Query hooks. Keys start with ['billing', tenant] so one invalidation refreshes
// bills, payments, realisation and alerts after any run, payment or reversal (they all move together).
// TRANSITIONAL (see billing.types.ts): plain fetches through `checked`; they become typed client calls
// when the billing routes are merged.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiHeaders, checked } from '../../lib/api';
import type {
  BillDetail, BillItem, BillingAlert, Explanation, BillLine, LinesQuery, Payment, PaymentBody, PaymentResult, Realisation,
  ReconciliationResult, RunResult,
} from './billing.types';

export const tenantBase = (tenant: string) => `${API_BASE}/tenants/${encodeURIComponent(tenant)}`;
const keyOf = (tenant: string) => ['billing', tenant] as const;

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

const get = <T>(url: string) => checked<T>(fetch(url, { credentials: 'same-origin', headers: apiHeaders('GET') }));
const post = <T>(url: string, body: unknown) => checked<T>(fetch(url, {
  method: 'POST', credentials: 'same-origin', body: JSON.stringify(body), headers: { ...apiHeaders('POST'), 'Content-Type': 'application/json' },
}));

export function useBills(tenant: string, filter: { agreementId: number | null; month?: string; status?: string }) {
  return useQuery({
    queryKey: [...keyOf(tenant), 'bills', filter],
    queryFn: async () => (await get<{ items: BillItem[] }>(`${tenantBase(tenant)}/bills${query({ agreementId: filter.agreementId ?? undefined, month: filter.month, status: filter.status })}`)).items,
  });
}

export const useBill = (tenant: string, id: number) =>
  useQuery({ queryKey: [...keyOf(tenant), 'bill', id], queryFn: () => get<BillDetail>(`${tenantBase(tenant)}/bills/${id}`) });

export const useBillLines = (tenant: string, id: number, q: LinesQuery) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'bill', id, 'lines', q],
    queryFn: () => get<{ total: number; items: BillLine[] }>(`${tenantBase(tenant)}/bills/${id}/lines${query({ ...q })}`),
    placeholderData: (previous) => previous,
  });

export const useExplanation = (tenant: string, billId: number, line: BillLine | null) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'bill', billId, 'explain', line?.participationId, line?.month],
    queryFn: () => get<Explanation>(`${tenantBase(tenant)}/bills/${billId}/lines/${line!.participationId}/explanation${query({ month: line!.month })}`),
    enabled: line !== null,
  });

export const usePayments = (tenant: string, agreementId: number) =>
  useQuery({
    queryKey: [...keyOf(tenant), 'payments', agreementId],
    queryFn: async () => (await get<{ items: Payment[] }>(`${tenantBase(tenant)}/agreements/${agreementId}/payments`)).items,
  });

export const useRealisation = (tenant: string, agreementId: number) =>
  useQuery({ queryKey: [...keyOf(tenant), 'realisation', agreementId], queryFn: () => get<Realisation>(`${tenantBase(tenant)}/agreements/${agreementId}/realisation`) });

export const useAlerts = (tenant: string | null) =>
  useQuery({
    queryKey: [...keyOf(tenant ?? ''), 'alerts'],
    queryFn: async () => (await get<{ items: BillingAlert[] }>(`${tenantBase(tenant!)}/billing/alerts`)).items,
    enabled: !!tenant,
  });

/** Any billing write: runs the call, then refreshes everything billing shows for the tenant. */
export function useBillingMutation<TInput, TResult>(tenant: string, run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(tenant) }) });
}

export const billingCalls = (tenant: string) => ({
  run: (body: { month: string; agreementId?: number }) => post<RunResult>(`${tenantBase(tenant)}/billing/runs`, body),
  pay: (agreementId: number, body: PaymentBody) => post<PaymentResult>(`${tenantBase(tenant)}/agreements/${agreementId}/payments`, body),
  reverse: (paymentId: number, reason: string) => post<unknown>(`${tenantBase(tenant)}/payments/${paymentId}/reversal`, { reason }),
  reconcile: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return checked<ReconciliationResult>(fetch(`${tenantBase(tenant)}/billing/reconciliations`, { method: 'POST', body: form, credentials: 'same-origin', headers: apiHeaders('POST') }));
  },
  billFile: (billId: number, file: 'bill.pdf' | 'lines.xlsx') => `${tenantBase(tenant)}/bills/${billId}/${file}`,
  receiptUrl: (paymentId: number) => `${tenantBase(tenant)}/payments/${paymentId}/receipt.pdf`,
  errorsUrl: (reconciliationId: number) => `${tenantBase(tenant)}/billing/reconciliations/${reconciliationId}/errors.xlsx`,
});
