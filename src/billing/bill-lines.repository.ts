/** SQL on a bill's participant lines, with the NIK and person from enrolment's sub-query. One page at a time. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { BillLineKind } from '../db/schema';
import { participationsActiveInMonth } from '../enrolment/billable-participations.service';

export interface LineFilter {
  opdId?: number | null; villageCode?: string | null; kind?: BillLineKind; nikPrefix?: string; participationId?: number; month?: string;
}

function filtered(db: Db, tenantCode: string, billId: number, f: LineFilter) {
  let q = db.selectFrom('bill_line as l')
    .innerJoin(participationsActiveInMonth(db, tenantCode).as('p'), 'p.participation_id', 'l.participation_id')
    .where('l.tenant_code', '=', tenantCode).where('l.bill_id', '=', billId);
  if (f.opdId != null) q = q.where('l.opd_id', '=', f.opdId);
  if (f.villageCode != null) q = q.where('l.village_code', '=', f.villageCode);
  if (f.kind) q = q.where('l.kind', '=', f.kind);
  if (f.participationId !== undefined) q = q.where('l.participation_id', '=', f.participationId);
  if (f.month) q = q.where('l.month', '=', f.month);
  if (f.nikPrefix) q = q.where('p.nik', 'like', `${f.nikPrefix}%`);
  return q;
}

export async function countLines(db: Db, tenantCode: string, billId: number, f: LineFilter): Promise<number> {
  const r = await filtered(db, tenantCode, billId, f).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export function listLines(db: Db, tenantCode: string, billId: number, f: LineFilter, page: { limit: number; offset: number }) {
  return filtered(db, tenantCode, billId, f)
    .select(['l.participation_id', 'l.month', 'l.kind', 'l.base', 'l.base_source', 'l.scheme', 'l.risk_class', 'l.funding', 'l.jkk', 'l.jkm', 'l.jht',
      'l.amount', 'l.rule_ids', 'l.reason', 'l.reason_on', 'l.opd_id', 'l.village_code', 'p.nik', 'p.person_id'])
    .orderBy('l.participation_id').orderBy('l.month').orderBy('l.kind').limit(page.limit).offset(page.offset).execute();
}

export type LineRow = Awaited<ReturnType<typeof listLines>>[number];
