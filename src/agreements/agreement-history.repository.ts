/** SQL for addenda: the signed changes to an agreement, oldest first. */
import type { Insertable } from 'kysely';
import type { Db } from '../db/database';
import type { AgreementAddendumTable } from '../db/schema';

export const insertAddendum = (db: Db, row: Insertable<AgreementAddendumTable>) =>
  db.insertInto('agreement_addendum').values(row).returning('id').executeTakeFirstOrThrow();

export const listAddenda = (db: Db, tenantCode: string, agreementId: number) =>
  db.selectFrom('agreement_addendum').selectAll().where('tenant_code', '=', tenantCode)
    .where('agreement_id', '=', agreementId).orderBy('version').execute();
