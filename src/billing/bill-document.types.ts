/**
 * What the printed billing documents (bill PDF, lines XLSX, payment receipt PDF) are made of: plain data
 * gathered by bill-documents.service.ts from the billing and payments services, so the renderers stay
 * pure and testable without a database. Money is integer rupiah; months 'YYYY-MM'; dates 'YYYY-MM-DD'.
 */
import type { Letterhead } from '../documents/pdf-kit';

export interface IssuerInfo extends Letterhead {
  /** Region code of the regency: the print time is written in its own zone. */
  tenantCode: string;
}

export interface BillHeader {
  number: string; month: string; kind: 'regular' | 'correction'; scheme: 'pu' | 'bpu';
  /** 'non-asn' bills summarise per OPD, 'rentan' bills per village. */
  groupName: string; issuedOn: string; dueOn: string; participants: number; amount: number;
  programmes: { JKK: number; JKM: number; JHT: number };
  agreementNumber: string; agreementTitle: string;
  /** Demo data is marked on every page so nobody pays an invented bill. */
  example: boolean;
}

export interface BillUnitRow { unitKind: 'opd' | 'village'; code: string; name: string; participants: number; amount: number }

/** A rule id and the regulation it comes from, as the rule book records it. */
export interface RuleBasis { id: string; legalBasis: string; unconfirmed: boolean }

export interface BillPdfInput { issuer: IssuerInfo; bill: BillHeader; byUnit: BillUnitRow[]; rules: RuleBasis[]; generatedAt: Date }

export interface BillLineRow {
  participationId: number; nikMasked: string; name: string; unitName: string; month: string;
  kind: 'regular' | 'susulan' | 'pengurangan'; base: number; baseSource: string; scheme: 'pu' | 'bpu';
  riskClass: string | null; rates: { JKK: number | null; JKM: number | null; JHT: number | null };
  programmes: { JKK: number; JKM: number; JHT: number }; amount: number; ruleIds: string[]; reason: string | null;
}

export interface BillXlsxInput { issuer: IssuerInfo; bill: BillHeader; lines: BillLineRow[]; rules: RuleBasis[]; generatedAt: Date }

export interface ReceiptInput {
  issuer: IssuerInfo;
  payment: {
    id: number; sp2dNumber: string; paidOn: string; amount: number; account: string | null;
    agreementNumber: string; recordedAt: string; reversed: { on: string; reason: string } | null; example: boolean;
  };
  allocations: { billNumber: string; month: string; groupName: string; amount: number }[];
  credit: number;
  generatedAt: Date;
}
