/**
 * Active participants for card tests, written straight into the registry and enrolment tables of a test
 * database: what enrol → export → BPJS answer produces (that path has its own tests and the browser
 * journey), without the files in between. Coverage runs around today, so the cards are valid now.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/database';

export const TENANT = '53.16';

export interface Seeded { participationId: number; personId: number; nik: string; name: string; kpj: string }

function shift(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One person with a membership and an active participation in the demo PKS's PU (OPD) or BPU (village) group. */
export async function activeParticipant(db: Db, p: { nik: string; name: string; kpj: string; villageCode?: string; opdName?: string }): Promise<Seeded> {
  const group = await db.selectFrom('agreement_group').select(['id', 'agreement_id']).where('tenant_code', '=', TENANT)
    .where('scheme', '=', p.opdName ? 'pu' : 'bpu').orderBy('id').executeTakeFirstOrThrow();
  const opd = p.opdName ? await db.selectFrom('opd').select('id').where('tenant_code', '=', TENANT).where('name', '=', p.opdName).executeTakeFirstOrThrow() : null;
  const village = p.villageCode ?? null;
  const person = await db.insertInto('person').values({
    tenant_code: TENANT, nik: p.nik, name: p.name, name_key: p.name.toLowerCase(), name_initials: p.name[0]!.toLowerCase(),
    birth_date: '1990-01-01', sex: 'L', village_code: village,
  }).returning('id').executeTakeFirstOrThrow();
  const membership = await db.insertInto('membership').values({
    tenant_code: TENANT, person_id: person.id, worker_group: opd ? 'non-asn' : 'rentan', opd_id: opd?.id ?? null, wage: opd ? 2_328_969 : null,
    village_code: village, declared_income: opd ? null : 1_000_000, started_on: shift(-60),
  }).returning('id').executeTakeFirstOrThrow();
  const row = await sql<{ id: number }>`
    INSERT INTO participation (tenant_code, person_id, membership_id, nik, worker_group, opd_id, village_code, agreement_id, group_id,
      programmes, status, starts_on, coverage_from, coverage_to, kpj)
    VALUES (${TENANT}, ${person.id}, ${membership.id}, ${p.nik}, ${opd ? 'non-asn' : 'rentan'}, ${opd?.id ?? null}, ${village},
      ${group.agreement_id}, ${group.id}, ARRAY['JKK','JKM'], 'aktif', ${shift(-30)}, ${shift(-30)}, ${shift(300)}, ${p.kpj})
    RETURNING id::int AS id`.execute(db);
  return { participationId: row.rows[0]!.id, personId: Number(person.id), nik: p.nik, name: p.name, kpj: p.kpj };
}

/** Ends a participation yesterday, as `participants end` would (the end service has its own tests). */
export async function endedYesterday(db: Db, participationId: number): Promise<void> {
  await sql`UPDATE participation SET status = 'berakhir', end_reason = 'berhenti', ended_on = ${shift(-1)}
    WHERE tenant_code = ${TENANT} AND id = ${participationId}`.execute(db);
}
