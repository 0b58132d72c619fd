/**
 * Regulation rule rows (migration 0002): tenant-free, append-only reference data. Mirrors
 * src/regulation/rule.types.ts RuleRow in snake_case; `value` is bigint holding an integer (bp, rupiah,
 * sen, multiplier, …), `effective_to` the inclusive last day or null.
 */
import type { ColumnType, Generated } from 'kysely';

export interface RegulationRuleTable {
  id: string;
  key: string;
  value: number;
  unit: string;
  /** 'YYYY-MM-DD' (the pool keeps dates as strings). */
  effective_from: string;
  effective_to: string | null;
  legal_basis: string;
  confidence: 'confirmed' | 'unconfirmed';
  note: string | null;
  scope: ColumnType<Record<string, string>, string | undefined, never>;
  created_at: Generated<Date>;
}

export interface RegulationTables {
  regulation_rule: RegulationRuleTable;
}
