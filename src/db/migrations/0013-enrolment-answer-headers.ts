/** The answer file's own header row, so its error sheet gives the rows back under the headers BPJS used. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE enrolment_answer ADD COLUMN headers jsonb NOT NULL DEFAULT '[]'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE enrolment_answer DROP COLUMN headers`.execute(db);
}
