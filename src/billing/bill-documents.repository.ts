/**
 * SQL behind the printed billing documents (bill PDF, lines XLSX): the distinct rule ids a bill's lines
 * were computed with, and every line of a bill with the person it belongs to — the participation side
 * comes from enrolment's own sub-query (src/enrolment/billable-participations.service.ts), so no foreign
 * table is named here. One query per function; no actor (bill-documents.service.ts scopes).
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { participationsActiveInMonth } from '../enrolment/billable-participations.service';

/** An OPD or village operator sees only their own unit's lines. */
export interface UnitScope { opdId?: number | null; villageCode?: string | null }

/** Every rule id used by a bill's lines, once each (sorted for a stable document). */
export async function distinctRuleIds(db: Db, tenantCode: string, billId: number, unit: UnitScope): Promise<string[]> {
  let q = db.selectFrom('bill_line as l').select(sql<string>`unnest(l.rule_ids)`.as('rule_id'))
    .where('l.tenant_code', '=', tenantCode).where('l.bill_id', '=', billId);
  if (unit.opdId != null) q = q.where('l.opd_id', '=', unit.opdId);
  if (unit.villageCode != null) q = q.where('l.village_code', '=', unit.villageCode);
  const rows = await db.selectFrom(q.as('r')).select('r.rule_id').distinct().orderBy('r.rule_id').execute();
  return rows.map((r) => r.rule_id);
}

/** Every line of a bill in one statement, with the participation's person and NIK, by unit then NIK. */
export function billLinesWithPerson(db: Db, tenantCode: string, billId: number, unit: UnitScope) {
  let q = db.selectFrom('bill_line as l')
    .innerJoin(participationsActiveInMonth(db, tenantCode).as('pa'), 'pa.participation_id', 'l.participation_id')
    .select(['l.participation_id', 'pa.person_id', 'pa.nik', 'l.month', 'l.kind', 'l.base', 'l.base_source', 'l.scheme', 'l.risk_class',
      'l.jkk', 'l.jkm', 'l.jht', 'l.amount', 'l.rule_ids', 'l.reason', 'l.opd_id', 'l.village_code'])
    .where('l.tenant_code', '=', tenantCode).where('l.bill_id', '=', billId);
  if (unit.opdId != null) q = q.where('l.opd_id', '=', unit.opdId);
  if (unit.villageCode != null) q = q.where('l.village_code', '=', unit.villageCode);
  return q.orderBy('l.opd_id').orderBy('l.village_code').orderBy('pa.nik').orderBy('l.month').execute();
}
