/** SQL for the append-only regulation_rule table (migration 0002): one query per function. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { RuleRow } from './rule.types';

export interface RuleStamp { count: number; lastCreatedAt: string | null }

/** Every row, oldest period first: a few hundred rows at most, loaded whole into the rule book. */
export function listRuleRows(db: Db) {
  return db.selectFrom('regulation_rule').selectAll().orderBy('key').orderBy('effective_from').orderBy('id').execute();
}

/** What changes whenever a row is added (the table is append-only): count and newest created_at. */
export async function readRuleStamp(db: Db): Promise<RuleStamp> {
  const row = await db
    .selectFrom('regulation_rule')
    .select((eb) => [eb.fn.countAll<number>().as('count'), sql<string | null>`max(created_at)::text`.as('last')])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), lastCreatedAt: row.last };
}

/** One set-based insert; rows already there (same id) are left untouched. Returns how many were new. */
export async function insertRuleRows(db: Db, rows: readonly RuleRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await sql`
    INSERT INTO regulation_rule (id, key, value, unit, effective_from, effective_to, legal_basis, confidence, note, scope)
    SELECT id, key, value, unit, effective_from, effective_to, legal_basis, confidence, note, scope
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.key)}::text[], ${rows.map((r) => r.value)}::bigint[],
                ${rows.map((r) => r.unit)}::text[], ${rows.map((r) => r.effectiveFrom)}::date[],
                ${rows.map((r) => r.effectiveTo)}::date[], ${rows.map((r) => r.legalBasis)}::text[],
                ${rows.map((r) => r.confidence)}::text[], ${rows.map((r) => r.note ?? null)}::text[],
                ${rows.map((r) => JSON.stringify(r.scope ?? {}))}::jsonb[])
      AS t(id, key, value, unit, effective_from, effective_to, legal_basis, confidence, note, scope)
    ON CONFLICT (id) DO NOTHING
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
