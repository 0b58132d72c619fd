/**
 * Coverage-follows-payment rules (REGULATIONS.md §3: "coverage starts: PU registration + first
 * contribution; BPU first paid month" [U]). Grace = months after a bill's due date during which an unpaid
 * month still counts as covered. PU: the default of the tenant setting (a Dinas may change it per tenant);
 * BPU: none, it pays in advance. Both unconfirmed: the UI says so.
 */
import { defineRule } from './define-rule';
import type { RuleRow } from './rule.types';

const grace = (scheme: 'pu' | 'bpu', months: number, note: string) => defineRule({
  key: 'coverage.grace-months', value: months, unit: 'months', scope: { scheme },
  effectiveFrom: '2015-07-01', effectiveTo: null, legalBasis: 'PP 44/2015 (BPJS practice)', confidence: 'unconfirmed', note,
});

export const COVERAGE_RULES: readonly RuleRow[] = [
  grace('pu', 1, 'default of the tenant setting; months after the due date an unpaid PU month stays covered'),
  grace('bpu', 0, 'BPU pays in advance: no grace after the due date'),
];
