/**
 * The rule book: validated, effective-dated rule rows and the lookup "which row is in force on this
 * date for this key and scope". Implements the domain's RuleLookup port.
 *
 * Resolution: among rows of a key whose scope matches the request (every scope entry of the row equals
 * the request's), per scope take the latest row with effectiveFrom ≤ on, in force if effectiveTo is null
 * or ≥ on (inclusive). The most specific scope wins; two equally specific matches are RULE_AMBIGUOUS.
 * Adding a row with a later effectiveFrom supersedes an open-ended row: old rows are never edited.
 */
import { isValidDate, type IsoDate } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import { requireRuleAt, type RuleLookup } from '../domain/rule-lookup';
import { formatScope } from './define-rule';
import type { RuleRow, RuleScope } from './rule.types';

const UNITS = new Set(['bp', 'rupiah', 'sen', 'multiplier', 'months', 'day-of-month', 'working-days', 'count', 'rounding-mode']);
const KEY_PATTERN = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

export interface RuleBook extends RuleLookup {
  readonly rows: readonly RuleRow[];
  findRuleAt(key: string, on: IsoDate, scope?: RuleScope): RuleRow | null;
}

function invalid(row: RuleRow, reason: string): DomainError {
  return new DomainError('RULE_INVALID', 'invalid', { id: row.id, reason });
}

function validateRow(row: RuleRow): void {
  if (!KEY_PATTERN.test(row.key)) throw invalid(row, 'key');
  if (!row.id) throw invalid(row, 'id');
  if (!Number.isSafeInteger(row.value)) throw invalid(row, 'value must be an integer');
  if (!UNITS.has(row.unit)) throw invalid(row, 'unit');
  if (!isValidDate(row.effectiveFrom)) throw invalid(row, 'effectiveFrom');
  if (row.effectiveTo !== null && !(isValidDate(row.effectiveTo) && row.effectiveTo >= row.effectiveFrom)) {
    throw invalid(row, 'effectiveTo');
  }
  if (!row.legalBasis.trim()) throw invalid(row, 'legalBasis');
  if (row.confidence !== 'confirmed' && row.confidence !== 'unconfirmed') throw invalid(row, 'confidence');
}

/** Rows of one key + scope, sorted by start; consecutive rows must not overlap. */
function checkNoOverlap(rows: readonly RuleRow[]): void {
  for (let i = 1; i < rows.length; i += 1) {
    const [previous, next] = [rows[i - 1], rows[i]];
    if (!previous || !next) continue;
    const overlaps = previous.effectiveFrom === next.effectiveFrom || (previous.effectiveTo !== null && previous.effectiveTo >= next.effectiveFrom);
    if (overlaps) throw new DomainError('RULE_OVERLAP', 'invalid', { key: next.key, rules: [previous.id, next.id] });
  }
}

function matchesScope(rowScope: RuleScope | undefined, requested: RuleScope): boolean {
  return Object.entries(rowScope ?? {}).every(([name, value]) => requested[name] === value);
}

function findInForce(rows: readonly RuleRow[], on: IsoDate): RuleRow | null {
  let latest: RuleRow | null = null;
  for (const row of rows) if (row.effectiveFrom <= on) latest = row;
  return latest && (latest.effectiveTo === null || on <= latest.effectiveTo) ? latest : null;
}

/** Validates every row (RULE_INVALID, RULE_DUPLICATE_ID, RULE_OVERLAP) and returns the book. */
export function createRuleBook(rows: readonly RuleRow[]): RuleBook {
  const ids = new Set<string>();
  const groups = new Map<string, Map<string, RuleRow[]>>(); // key → scope text → rows
  for (const row of rows) {
    validateRow(row);
    if (ids.has(row.id)) throw new DomainError('RULE_DUPLICATE_ID', 'invalid', { id: row.id });
    ids.add(row.id);
    const byScope = groups.get(row.key) ?? new Map<string, RuleRow[]>();
    groups.set(row.key, byScope);
    const scopeText = formatScope(row.scope);
    byScope.set(scopeText, [...(byScope.get(scopeText) ?? []), row]);
  }
  for (const byScope of groups.values()) {
    for (const group of byScope.values()) {
      group.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
      checkNoOverlap(group);
    }
  }

  function findRuleAt(key: string, on: IsoDate, scope: RuleScope = {}): RuleRow | null {
    if (!isValidDate(on)) throw new DomainError('DATE_INVALID', 'invalid', { field: 'on', value: on });
    const candidates: RuleRow[] = [];
    for (const group of groups.get(key)?.values() ?? []) {
      const row = findInForce(group, on);
      if (row && matchesScope(row.scope, scope)) candidates.push(row);
    }
    const specificity = (row: RuleRow) => Object.keys(row.scope ?? {}).length;
    candidates.sort((a, b) => specificity(b) - specificity(a));
    const [best, second] = candidates;
    if (best && second && specificity(best) === specificity(second)) {
      throw new DomainError('RULE_AMBIGUOUS', 'invalid', { key, on, rules: [best.id, second.id] });
    }
    return best ?? null;
  }

  return { rows: [...rows], findRuleAt };
}

/** The row in force on `on`, or null. */
export function findRuleAt(book: RuleBook, key: string, on: IsoDate, scope?: RuleScope): RuleRow | null {
  return book.findRuleAt(key, on, scope);
}

/** The row in force on `on`; throws DomainError RULE_NOT_FOUND when none. */
export function ruleAt(book: RuleBook, key: string, on: IsoDate, scope?: RuleScope): RuleRow {
  return requireRuleAt(book, key, on, scope) as RuleRow;
}
