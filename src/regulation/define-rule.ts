/**
 * Builds rule rows with their stable id, so seed files stay one row per line and ids never drift.
 */
import type { RuleRow, RuleScope } from './rule.types';

/** Canonical text of a scope: keys sorted, 'k=v' joined by ','. '' for no scope. */
export function formatScope(scope: RuleScope | undefined): string {
  if (!scope) return '';
  return Object.keys(scope)
    .sort()
    .map((key) => `${key}=${scope[key] ?? ''}`)
    .join(',');
}

export function formatRuleId(key: string, effectiveFrom: string, scope?: RuleScope): string {
  const scopeText = formatScope(scope);
  return `${key}${scopeText ? `[${scopeText}]` : ''}@${effectiveFrom}`;
}

export function defineRule(row: Omit<RuleRow, 'id'>): RuleRow {
  return { id: formatRuleId(row.key, row.effectiveFrom, row.scope), ...row };
}
