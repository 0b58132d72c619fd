/**
 * Deadlines of stored claims: loads the working-day calendar over the span the claims need and applies the
 * pure domain/claim-deadlines.ts with the rule book.
 */
import { addDays, type IsoDate } from '../domain/calendar';
import { claimDeadlines, type Deadline } from '../domain/claim-deadlines';
import { isWorkAccident } from '../domain/claim-types';
import type { Db } from '../db/database';
import { getRuleBook } from '../regulation/rule-book.service';
import { workingDayAdder } from './claim-billing.port';
import type { ClaimRow } from './claims.repository';

/** The benefit the late-payment penalty is a share of: BPJS's approved amount, else the computed one. */
export const penaltyBase = (row: ClaimRow) => row.approved_amount ?? row.benefit_total;

export async function deadlinesOf(db: Db, rows: readonly ClaimRow[], today: IsoDate): Promise<Map<number, Deadline[]>> {
  const out = new Map<number, Deadline[]>();
  if (rows.length === 0) return out;
  const starts = rows.map((r) => r.submitted_on ?? r.incident_date).sort();
  const from = starts[0] ?? today;
  // 7 working days fit in a month even across Lebaran; a quarter keeps a margin for long holiday runs.
  const adder = await workingDayAdder(db, from, addDays(starts[starts.length - 1] ?? today, 92));
  const book = await getRuleBook(db);
  for (const r of rows) {
    out.set(r.id, claimDeadlines({
      workAccident: isWorkAccident(r.type), incidentDate: r.incident_date, status: r.status, submittedOn: r.submitted_on,
      paidOn: r.paid_on, benefit: penaltyBase(r),
    }, today, adder, book));
  }
  return out;
}
