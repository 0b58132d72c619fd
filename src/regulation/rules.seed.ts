/**
 * Every rule row Lindung ships with, from REGULATIONS.md. A new regulation adds rows to one of the
 * files below; it never edits a row (see rule.types.ts). The DB loader later copies these rows.
 */
import { BENEFIT_RULES } from './rules-benefit.seed';
import { CONTRIBUTION_RULES } from './rules-contribution.seed';
import { COVERAGE_RULES } from './rules-coverage.seed';
import { PAYMENT_RULES } from './rules-payment.seed';
import { REGISTRY_RULES } from './rules-registry.seed';
import type { RuleRow } from './rule.types';
import { WAGE_RULES } from './rules-wage.seed';

export const SEED_RULES: readonly RuleRow[] = [
  ...CONTRIBUTION_RULES, ...BENEFIT_RULES, ...PAYMENT_RULES, ...WAGE_RULES, ...REGISTRY_RULES,
  ...COVERAGE_RULES,
];
