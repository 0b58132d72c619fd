/**
 * The rule book built from the shipped seed rows (until the DB-backed loader replaces it).
 */
import { createRuleBook, type RuleBook } from './rule-book';
import { SEED_RULES } from './rules.seed';

export function createDefaultRuleBook(): RuleBook {
  return createRuleBook(SEED_RULES);
}
