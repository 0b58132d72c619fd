/**
 * The registry's references are checked per statement (migration 0005) instead of by row-level foreign
 * keys: these tests hold the same guarantees a foreign key gives — a bad reference is refused with
 * SQLSTATE 23503, nothing of the statement is written, and referenced rows cannot go away.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { useTestDb } from '../../test/support/db';

const db = useTestDb();
const TENANT = '53.16';
let opdId: number;
let personId: number;

const insertPerson = (tenant: string, nik: string, mergedInto: number | null = null) => sql<{ id: number }>`
  INSERT INTO person (tenant_code, nik, name, name_key, name_initials, birth_date, sex, merged_into)
  VALUES (${tenant}, ${nik}, 'Yohanes Ndona', 'ndona yohanes', 'ny', '1985-01-12', 'L', ${mergedInto}) RETURNING id`;
const insertMembership = (person: number, opd: number | null, status: 'active' | 'ended' = 'active') => sql`
  INSERT INTO membership (tenant_code, person_id, worker_group, opd_id, wage, started_on, status)
  VALUES (${TENANT}, ${person}, 'non-asn', ${opd}, 2500000, '2025-01-01', ${status})`;
const count = async (table: 'person' | 'membership') =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db())).rows[0]!.n);

/** Rejects with the PostgreSQL error code of a foreign-key violation. */
const violatesReference = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ code: '23503' });

beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  // an OPD only memberships refer to (the demo's OPDs are also referred to by accounts and batches)
  opdId = Number((await sql<{ id: number }>`INSERT INTO opd (tenant_code, name) VALUES (${TENANT}, 'Dinas Uji Integritas') RETURNING id`.execute(db())).rows[0]!.id);
  personId = Number((await insertPerson(TENANT, '5316011201850001').execute(db())).rows[0]!.id);
  await insertMembership(personId, opdId).execute(db());
});

describe('new rows must refer to existing rows', () => {
  it('refuses a person of an unknown tenant', async () => {
    const before = await count('person');
    await violatesReference(insertPerson('99.99', '5316011201850002').execute(db()));
    expect(await count('person')).toBe(before);
  });

  it('refuses a person merged into a person of another tenant or none', async () => {
    await violatesReference(insertPerson(TENANT, '5316011201850003', 987654321).execute(db()));
    await violatesReference(sql`UPDATE person SET merged_into = 987654321 WHERE id = ${personId}`.execute(db()));
  });

  it('refuses, all-or-nothing, a multi-row insert in which one membership names no person', async () => {
    const before = await count('membership');
    await violatesReference(sql`
      INSERT INTO membership (tenant_code, person_id, worker_group, opd_id, wage, started_on, status)
      VALUES (${TENANT}, ${personId}, 'non-asn', ${opdId}, 2500000, '2024-01-01', 'ended'),
             (${TENANT}, 987654321, 'non-asn', ${opdId}, 2500000, '2024-01-01', 'ended')`.execute(db()));
    expect(await count('membership')).toBe(before);
  });

  it('refuses a membership naming an OPD that does not exist or belongs to another tenant', async () => {
    await violatesReference(insertMembership(personId, 987654321, 'ended').execute(db()));
    await violatesReference(sql`UPDATE membership SET opd_id = 987654321 WHERE person_id = ${personId}`.execute(db()));
  });

  it('accepts a valid reference (the check is not simply refusing everything)', async () => {
    const other = Number((await insertPerson(TENANT, '5316011201850004').execute(db())).rows[0]!.id);
    await insertMembership(other, opdId).execute(db());
    await sql`UPDATE person SET status = 'merged', merged_into = ${personId} WHERE id = ${other}`.execute(db());
    const row = await db().selectFrom('person').select('merged_into').where('id', '=', other).executeTakeFirstOrThrow();
    expect(Number(row.merged_into)).toBe(personId);
  });
});

describe('referenced rows cannot go away', () => {
  it('never deletes, truncates or re-keys a registry person', async () => {
    await violatesReference(sql`DELETE FROM person WHERE id = ${personId}`.execute(db()));
    await violatesReference(sql`TRUNCATE person CASCADE`.execute(db()));
    await violatesReference(sql`UPDATE person SET id = DEFAULT WHERE id = ${personId}`.execute(db()));
    await violatesReference(sql`UPDATE person SET tenant_code = '53.08' WHERE id = ${personId}`.execute(db()));
    expect(await db().selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst()).toBeDefined();
  });

  it('refuses to delete or re-key an OPD that memberships refer to', async () => {
    await violatesReference(sql`DELETE FROM opd WHERE tenant_code = ${TENANT} AND id = ${opdId}`.execute(db()));
    await violatesReference(sql`UPDATE opd SET id = DEFAULT WHERE tenant_code = ${TENANT} AND id = ${opdId}`.execute(db()));
    expect(await db().selectFrom('opd').select('id').where('id', '=', opdId).executeTakeFirst()).toBeDefined();
  });

  it('refuses to delete a tenant that has registered persons', async () => {
    await expect(sql`DELETE FROM tenant WHERE code = ${TENANT}`.execute(db())).rejects.toMatchObject({ code: '23503' });
  });
});
