/**
 * Payment, claim and calculation-policy rules — REGULATIONS.md §3 and §Money.
 */
import { defineRule } from './define-rule';
import type { RuleRow } from './rule.types';

/** An open-ended PP 44/2015 row from its start date, confirmed unless `extra` says otherwise. */
const pp44 = (key: string, value: number, unit: RuleRow['unit'], extra: Partial<RuleRow> = {}) =>
  defineRule({ key, value, unit, effectiveFrom: '2015-07-01', effectiveTo: null, legalBasis: 'PP 44/2015', confidence: 'confirmed', ...extra });

export const PAYMENT_RULES: readonly RuleRow[] = [
  // PU: due by the 15th of the FOLLOWING month (next working day if a holiday: a calendar concern).
  pp44('payment.pu.due-day', 15, 'day-of-month'),
  pp44('payment.pu.due-month-offset', 1, 'months'),
  // BPU: due by the 15th of the contribution month ITSELF (paid in advance).
  pp44('payment.bpu.due-day', 15, 'day-of-month'),
  pp44('payment.bpu.due-month-offset', 0, 'months'),
  // Late fee (denda) 2% per month of delay: confirmed for non-state employers, not for penyelenggara negara.
  pp44('payment.pu.late-fee.rate', 200, 'bp', { scope: { employer: 'other' }, note: 'per month of delay' }),
  pp44('payment.pu.late-fee.rate', 200, 'bp', {
    scope: { employer: 'penyelenggara-negara' },
    confidence: 'unconfirmed',
    note: 'per month of delay; application to penyelenggara negara unconfirmed',
  }),
  // Claim SLA: BPJS pays within 7 working days of complete documents, else 1% of the benefit per day late.
  pp44('claim.sla.working-days', 7, 'working-days', { legalBasis: 'PP 44/2015 art. 37' }),
  pp44('claim.late-penalty.rate', 100, 'bp', { legalBasis: 'PP 44/2015 art. 37', note: 'per day of delay, paid to the participant' }),
  // Work-accident report to BPJS, stage I: within 2 × 24 h [U: Permenaker 5/2021 as commonly reported].
  defineRule({
    key: 'claim.jkk.report.hours', value: 48, unit: 'count', effectiveFrom: '2021-01-01', effectiveTo: null,
    legalBasis: 'Permenaker 5/2021 (as commonly reported)', confidence: 'unconfirmed', note: 'hours after the accident; a setting; start date approximate',
  }),
  // Rounding is our documented assumption, itself a setting: 1 = half-up (see ROUNDING_MODE_CODES).
  pp44('rounding.mode', 1, 'rounding-mode', {
    legalBasis: 'Lindung policy (REGULATIONS.md §Money): half up per participant, per program, per month',
    confidence: 'unconfirmed',
    note: 'project assumption, not a regulation',
  }),
];
