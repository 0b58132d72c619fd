/**
 * Read-only billing facts other capabilities use (CONTRACTS.md, billing-m1): what a participant-month was
 * billed on (claims take the wage base from it; coverage asks whether the month was billed) and the bills
 * of a PKS oldest due first (payments allocate in that order). No actor: the caller authorises and scopes.
 */
import type { Db } from '../db/database';
import { firstDayOf, type IsoDate, type IsoMonth } from '../domain/calendar';
import './billing.messages';
import * as repo from './bills.repository';

export interface BilledMonth {
  billId: number; billNumber: string; base: number; baseSource: string; scheme: 'pu' | 'bpu';
  ruleIds: string[]; amount: number; programmes: Record<string, number>;
}

/** The bill line a participant's month was billed on (regular or susulan; null when not billed or taken back). */
export async function billedMonth(db: Db, tenantCode: string, participationId: number, month: IsoMonth): Promise<BilledMonth | null> {
  const line = await repo.findBilledLine(db, tenantCode, participationId, firstDayOf(month));
  if (!line) return null;
  return {
    billId: line.bill_id, billNumber: line.number, base: line.base, baseSource: line.base_source, scheme: line.scheme,
    ruleIds: line.rule_ids, amount: line.amount, programmes: { JKK: line.jkk, JKM: line.jkm, JHT: line.jht },
  };
}

export interface BillFact {
  id: number; number: string; month: IsoMonth; groupId: number; scheme: 'pu' | 'bpu';
  kind: 'regular' | 'correction'; dueOn: IsoDate; participants: number; amount: number;
}

/** Bills of a PKS, oldest due first. */
export async function billsOf(db: Db, tenantCode: string, agreementId: number): Promise<BillFact[]> {
  const rows = await repo.listBills(db, tenantCode, { agreementId });
  return rows.map((b) => ({
    id: b.id, number: b.number, month: b.month.slice(0, 7), groupId: b.group_id, scheme: b.scheme,
    kind: b.kind, dueOn: b.due_on, participants: b.participants, amount: b.amount,
  }));
}
