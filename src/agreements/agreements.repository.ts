/** SQL for agreements and their participant groups. One query per function; callers pass a transaction for writes. */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../db/database';
import type { AgreementGroupTable, AgreementTable } from '../db/schema';

export type AgreementRow = Selectable<AgreementTable>;
export type GroupRow = Selectable<AgreementGroupTable>;
export type NewAgreementRow = Insertable<AgreementTable>;
export type AgreementUpdate = Updateable<AgreementTable>;
export type NewGroupRow = Insertable<AgreementGroupTable>;

/** Agreements of a tenant, newest period first; `branchCode` narrows to one BPJS branch's. */
export function listAgreements(db: Db, tenantCode: string, branchCode: string | null) {
  let q = db.selectFrom('agreement').selectAll().where('tenant_code', '=', tenantCode)
    .orderBy('period_start', 'desc').orderBy('id', 'desc');
  if (branchCode !== null) q = q.where('branch_code', '=', branchCode);
  return q.execute();
}

export const findAgreement = (db: Db, tenantCode: string, id: number) =>
  db.selectFrom('agreement').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();

/** By id alone (ids are unique across tenants): the CLI's `agreements show <id>`. */
export const findAgreementAnyTenant = (db: Db, id: number) =>
  db.selectFrom('agreement').select(['tenant_code']).where('id', '=', id).executeTakeFirst();

export const isNumberTaken = async (db: Db, tenantCode: string, number: string, exceptId: number | null) =>
  !!(await db.selectFrom('agreement').select('id').where('tenant_code', '=', tenantCode).where('number', '=', number)
    .$if(exceptId !== null, (q) => q.where('id', '<>', exceptId!)).executeTakeFirst());

export const insertAgreement = (db: Db, row: NewAgreementRow) =>
  db.insertInto('agreement').values(row).returning('id').executeTakeFirstOrThrow();

export const updateAgreement = (db: Db, tenantCode: string, id: number, set: AgreementUpdate) =>
  db.updateTable('agreement').set({ ...set, updated_at: new Date() }).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();

export const listGroups = (db: Db, tenantCode: string, agreementIds: number[]) =>
  db.selectFrom('agreement_group').selectAll().where('tenant_code', '=', tenantCode)
    .where('agreement_id', 'in', agreementIds.length ? agreementIds : [-1]).orderBy('agreement_id').orderBy('position').execute();

export const insertGroups = (db: Db, rows: NewGroupRow[]) =>
  rows.length ? db.insertInto('agreement_group').values(rows).execute() : Promise.resolve([]);

export const updateGroup = (db: Db, tenantCode: string, id: number, set: Updateable<AgreementGroupTable>) =>
  db.updateTable('agreement_group').set(set).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();

export const deleteGroupsExcept = (db: Db, tenantCode: string, agreementId: number, keepIds: number[]) =>
  db.deleteFrom('agreement_group').where('tenant_code', '=', tenantCode).where('agreement_id', '=', agreementId)
    .$if(keepIds.length > 0, (q) => q.where('id', 'not in', keepIds)).execute();

