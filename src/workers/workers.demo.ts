/**
 * The demo registry: synthetic people (src/demo/demo-people.ts — example data) registered as non-ASN of
 * the demo OPDs or pekerja rentan of the regency's villages, in two set-based statements (unnest of
 * arrays: one round trip each, whatever the count). Idempotent: a regency that already has members is
 * left alone. Registered on 2024-12-02, before the 2025 PKS starts; newcomers (replacements) later.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { DemoPerson } from '../demo/demo-people';

const REGISTERED_ON = '2024-12-02';

export async function hasRegistry(db: Db, tenantCode: string): Promise<boolean> {
  return !!(await db.selectFrom('membership').select('id').where('tenant_code', '=', tenantCode).limit(1).executeTakeFirst());
}

/** Registers the people; `opdIds[p.opdIndex]` is a non-ASN's OPD; `wage` the non-ASN wage (UMP). Returns how many. */
export async function seedDemoRegistry(db: Db, tenantCode: string, people: DemoPerson[], opdIds: number[], wage: number): Promise<number> {
  if (!people.length || (await hasRegistry(db, tenantCode))) return 0;
  await db.transaction().execute((tx) => registerPeople(tx, tenantCode, people, opdIds, wage, REGISTERED_ON));
  return people.length;
}

/**
 * Registers a few more example people later in the year (the demo's replacements of the deceased, issue
 * #13 §11), idempotently: a NIK already in the registry is left as it is. Answers the person id per NIK.
 */
export async function seedDemoNewcomers(db: Db, tenantCode: string, people: DemoPerson[], opdIds: number[], wage: number, registeredOn: string) {
  const created = await db.transaction().execute((tx) => registerPeople(tx, tenantCode, people, opdIds, wage, registeredOn));
  const rows = await db.selectFrom('person').select(['id', 'nik']).where('tenant_code', '=', tenantCode)
    .where('nik', 'in', people.length ? people.map((p) => p.nik) : ['']).execute();
  return { created, personIds: new Map(rows.map((r) => [r.nik, r.id])) };
}

/** Two set-based statements: the persons (new NIKs only), then a membership for each person lacking one. */
async function registerPeople(tx: Db, tenantCode: string, people: DemoPerson[], opdIds: number[], wage: number, registeredOn: string): Promise<number> {
  const col = <K extends keyof DemoPerson>(k: K) => people.map((p) => p[k]);
  const persons = await sql`
    INSERT INTO person (tenant_code, nik, name, name_key, name_initials, birth_place, birth_date, sex, village_code, phone, address)
    SELECT ${tenantCode}, t.nik, t.name, t.name_key, t.name_initials, t.birth_place, t.birth_date, t.sex, t.village_code, t.phone,
           'Data contoh (sintetis)'
    FROM unnest(${col('nik')}::text[], ${col('name')}::text[], ${col('nameKey')}::text[], ${col('nameInitials')}::text[],
                ${col('birthPlace')}::text[], ${col('birthDate')}::date[], ${col('sex')}::text[], ${col('villageCode')}::text[], ${col('phone')}::text[])
      AS t(nik, name, name_key, name_initials, birth_place, birth_date, sex, village_code, phone)
    ON CONFLICT DO NOTHING`.execute(tx);
  await sql`
    INSERT INTO membership (tenant_code, person_id, worker_group, opd_id, position, wage, employment_start, occupation, village_code,
                            declared_income, welfare_decile, started_on)
    SELECT ${tenantCode}, p.id, CASE WHEN t.opd_id IS NULL THEN 'rentan' ELSE 'non-asn' END, t.opd_id, t.position,
           CASE WHEN t.opd_id IS NULL THEN NULL ELSE ${wage}::bigint END, CASE WHEN t.opd_id IS NULL THEN NULL ELSE DATE '2020-01-02' END,
           t.occupation, t.village_code, CASE WHEN t.opd_id IS NULL THEN 1000000 END, t.decile, ${registeredOn}::date
    FROM unnest(${col('nik')}::text[], ${people.map((p) => (p.opdIndex === null ? null : opdIds[p.opdIndex]!))}::bigint[], ${col('position')}::text[],
                ${col('occupation')}::text[], ${col('villageCode')}::text[], ${col('decile')}::smallint[])
      AS t(nik, opd_id, position, occupation, village_code, decile)
    JOIN person p ON p.tenant_code = ${tenantCode} AND p.nik = t.nik
    WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.tenant_code = p.tenant_code AND m.person_id = p.id AND m.status = 'active')`.execute(tx);
  return Number(persons.numAffectedRows ?? 0);
}
