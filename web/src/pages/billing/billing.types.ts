// The billing API's shapes as CONTRACTS.md "Billing HTTP API" fixes them. TRANSITIONAL: the billing and
// payments routes are being written on their branches; once they are merged these become names of the
// generated types (ResponseOf<'/api/v1/tenants/{code}/bills', 'get'> …) — this file is the one swap point.
export type BillStatus = 'terbit' | 'lunas' | 'kurang-bayar' | 'belum-bayar' | 'lewat-jatuh-tempo';
export type LineKind = 'regular' | 'susulan' | 'pengurangan';

export interface BillItem {
  id: number; number: string; month: string; agreementId: number; groupId: number; groupName: string; scheme: 'pu' | 'bpu';
  kind: 'regular' | 'correction'; participants: number; amount: number; paid: number; outstanding: number; lateFee: number;
  status: BillStatus; dueOn: string;
}

export interface BillDetail extends BillItem {
  issuedAt?: string; example?: boolean; programmes?: { JKK: number; JKM: number; JHT: number };
  byUnit: { unitKind: 'opd' | 'village'; code: string; name: string; participants: number; amount: number }[];
}

export interface BillLine {
  participationId: number; nikMasked: string; name: string; month: string; kind: LineKind; base: number; baseSource: string;
  scheme: 'pu' | 'bpu'; riskClass: string | null; programmes: { JKK: number; JKM: number; JHT: number }; amount: number;
  ruleIds: string[]; reason: string | null;
}

export interface LinesQuery { opdId?: number; villageCode?: string; kind?: LineKind; q?: string; limit: number; offset: number }

export interface Explanation {
  lines: { code: string; label: string; amount: number; basis: string; ruleId: string }[];
  inputs: Record<string, string | number | boolean | null>;
}

export interface RunResult { month: string; created: number; bills: { id: number }[] }

export interface Payment {
  id: number; sp2dNumber: string; paidOn: string; amount: number; account: string | null; recordedAt: string;
  reversedAt: string | null; reversalReason: string | null; allocated: { billId: number; amount: number }[]; credit: number;
}
export interface PaymentBody { sp2dNumber: string; paidOn: string; amount: number; account?: string; billIds?: number[] }
export interface PaymentResult { paymentId: number; allocated: { billId: number; amount: number }[]; credit: number }

export interface Realisation {
  agreementId: number; budget: number | null; billed: number; paid: number; outstanding: number; lateFees: number; credit: number;
  remainingBudget: number | null; runsOutIn: string | null; months: { month: string; billed: number; paid: number; status: string }[];
  warnings: { code: string; billId: number; dueOn: string }[];
}

export interface BillingAlert { code: string; billId: number; number: string; agreementId: number; groupName: string; dueOn: string; outstanding: number }

export interface ReconciliationResult { id: number; rows: number; matched: number; amountDiffers: number; unmatched: number; invalid: number }
