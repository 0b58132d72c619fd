/**
 * What enrolment (src/enrolment) reads from the registry, exposed by its owner: the identity of given
 * persons (for lists, cards and BPJS exports) and, as a Kysely sub-query over person/membership, the
 * active memberships of a worker group — so enrolment can INSERT … SELECT them set-based without naming
 * registry tables. No actor here: the enrolment service scopes and audits.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface PersonIdentity {
  id: number; nik: string; name: string; birth_place: string | null; birth_date: string; sex: 'L' | 'P';
  mother_name: string | null; address: string | null; phone: string | null; village_code: string | null;
}

export async function personIdentities(db: Db, tenantCode: string, personIds: number[]): Promise<Map<number, PersonIdentity>> {
  if (!personIds.length) return new Map();
  const rows = await db.selectFrom('person')
    .select(['id', 'nik', 'name', 'birth_place', 'birth_date', 'sex', 'mother_name', 'address', 'phone', 'village_code'])
    .where('tenant_code', '=', tenantCode).where('id', 'in', [...new Set(personIds)]).execute();
  return new Map(rows.map((r) => [r.id, r as PersonIdentity]));
}

/**
 * Active memberships of active (not merged, not inactive) persons of one worker group: the candidates a
 * PKS group may enrol. `registered_at` orders the waitlist after the welfare decile (P3KE deciles 1–4 are
 * the poorest: lower first).
 */
export function activeMembershipsQuery(db: Db, tenantCode: string, group: 'non-asn' | 'rentan') {
  return db.selectFrom('membership as m')
    .innerJoin('person as p', (j) => j.onRef('p.tenant_code', '=', 'm.tenant_code').onRef('p.id', '=', 'm.person_id'))
    .select(['m.id as membership_id', 'm.person_id', 'p.nik', 'm.worker_group', 'm.opd_id', 'm.village_code', 'm.welfare_decile',
      sql<Date>`m.created_at`.as('registered_at'), 'p.name'])
    .where('m.tenant_code', '=', tenantCode).where('m.worker_group', '=', group)
    .where('m.status', '=', 'active').where('p.status', '=', 'active');
}

/** The same query for named persons (a hand-picked enrolment). */
export const activeMembershipsOf = (db: Db, tenantCode: string, group: 'non-asn' | 'rentan', personIds: number[]) =>
  activeMembershipsQuery(db, tenantCode, group).where('m.person_id', 'in', personIds.length ? personIds : [-1]);

/** The membership facts a BPJS registration carries: the wage (non-ASN) or declared income (rentan), the post. */
export async function membershipFacts(db: Db, tenantCode: string, membershipIds: number[]) {
  if (!membershipIds.length) return new Map<number, { wage: number | null; position: string | null; occupation: string | null }>();
  const rows = await db.selectFrom('membership').select(['id', 'worker_group', 'wage', 'declared_income', 'position', 'occupation'])
    .where('tenant_code', '=', tenantCode).where('id', 'in', [...new Set(membershipIds)]).execute();
  return new Map(rows.map((r) => [r.id, { wage: r.worker_group === 'non-asn' ? r.wage : r.declared_income, position: r.position, occupation: r.occupation }]));
}
