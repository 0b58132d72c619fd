/**
 * A claim's deadlines, computed from rules and the working-day calendar (passed in: the calendar kernel
 * reads holidays from the database):
 * - `report-bpjs` (work accidents): report to BPJS within 2 × 24 h of the accident — rule
 *   'claim.jkk.report.hours' [U, a setting]; met when the claim was submitted (diajukan) by then.
 * - `bpjs-payment`: BPJS pays within 7 working days of complete documents — rule 'claim.sla.working-days'
 *   (PP 44/2015 art. 37), counted from the day the complete file was submitted (diajukan). Past it, 1% of
 *   the benefit per day of delay is due to the participant ('claim.late-penalty.rate'), computed here.
 */
import { addDays, daysBetween, type IsoDate } from './calendar';
import type { ClaimStatus } from './claim-types';
import { applyRate, rupiah } from './money';
import { findRoundingModeAt, requireValueAt, type RuleLookup } from './rule-lookup';

/** The working-day arithmetic the deadlines need (src/domain/working-days.ts over a loaded calendar). */
export type AddWorkingDays = (date: IsoDate, n: number) => IsoDate;

export interface DeadlineInput {
  readonly workAccident: boolean;
  readonly incidentDate: IsoDate;
  readonly status: ClaimStatus;
  readonly submittedOn: IsoDate | null;
  readonly paidOn: IsoDate | null;
  /** The benefit the penalty is a share of: BPJS's approved amount, else Lindung's computed one. */
  readonly benefit: number;
}

export interface Deadline {
  readonly code: 'report-bpjs' | 'bpjs-payment';
  readonly due: IsoDate;
  /** The day it was met (null while open). */
  readonly metOn: IsoDate | null;
  readonly overdue: boolean;
  readonly daysLate: number;
  readonly rule: string;
  readonly basis: string;
  readonly confidence: 'confirmed' | 'unconfirmed';
  /** bpjs-payment only: 1% of the benefit per day late (PP 44/2015 art. 37). */
  readonly latePenalty?: number;
}

const lateness = (due: IsoDate, metOn: IsoDate | null, today: IsoDate) => Math.max(0, daysBetween(due, metOn ?? today));

export function claimDeadlines(input: DeadlineInput, today: IsoDate, addWorkingDays: AddWorkingDays, book: RuleLookup): Deadline[] {
  const out: Deadline[] = [];
  if (input.workAccident) {
    const rule = requireValueAt(book, 'claim.jkk.report.hours', input.incidentDate, 'count');
    // Hours in whole days from the incident date (the hour of the accident is not recorded).
    const due = addDays(input.incidentDate, Math.ceil(rule.value / 24));
    const daysLate = lateness(due, input.submittedOn, today);
    out.push({ code: 'report-bpjs', due, metOn: input.submittedOn, overdue: daysLate > 0, daysLate, rule: rule.id, basis: rule.legalBasis, confidence: rule.confidence });
  }
  if (input.submittedOn && input.status !== 'ditolak') {
    const sla = requireValueAt(book, 'claim.sla.working-days', input.submittedOn, 'working-days');
    const rate = requireValueAt(book, 'claim.late-penalty.rate', input.submittedOn, 'bp');
    const due = addWorkingDays(input.submittedOn, sla.value);
    const daysLate = lateness(due, input.paidOn, today);
    const { mode } = findRoundingModeAt(book, input.submittedOn);
    const latePenalty = applyRate(rupiah(input.benefit), rate.value * daysLate, mode);
    out.push({
      code: 'bpjs-payment', due, metOn: input.paidOn, overdue: daysLate > 0, daysLate, rule: sla.id, basis: sla.legalBasis,
      confidence: sla.confidence, latePenalty,
    });
  }
  return out;
}
