/**
 * "Which rules are in force on this date": the rows a calculation on `on` can read — one per key and
 * scope, superseded and expired rows left out. For listings (GET /api/v1/rules) and audits.
 */
import { assertDate, type IsoDate } from '../domain/calendar';
import { formatScope } from './define-rule';
import type { RuleBook } from './rule-book';
import type { RuleRow } from './rule.types';

export function listRulesInForce(book: RuleBook, on: IsoDate): RuleRow[] {
  assertDate(on, 'on');
  const seen = new Set<string>();
  const inForce: RuleRow[] = [];
  for (const row of book.rows) {
    const slot = `${row.key}|${formatScope(row.scope)}`;
    if (seen.has(slot)) continue;
    seen.add(slot);
    // Asking with the row's own scope returns the row of that exact scope in force, if any; a less
    // specific row answering instead means this scope has nothing in force on that day.
    const found = book.findRuleAt(row.key, on, row.scope);
    if (found && formatScope(found.scope) === formatScope(row.scope)) inForce.push(found);
  }
  return inForce.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
