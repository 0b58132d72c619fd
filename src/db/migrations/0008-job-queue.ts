/**
 * Jobs on a PostgreSQL queue (graphile-worker, src/jobs/queue.ts). The `job` row stays what the web app
 * and the CLI poll; it now also records which runner (process) and which graphile-worker worker run it
 * and the attempt, so a runner that starts can tell a job whose process died (its liveness lock is free)
 * and hand it back to the queue to be retried. Job kinds become dotted names (src/jobs/job-kinds.ts).
 * graphile-worker's own schema is installed by migrateToLatest (src/db/migrate.ts), after these.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE job ADD COLUMN runner_id text, ADD COLUMN worker_id text, ADD COLUMN attempts integer NOT NULL DEFAULT 0`.execute(db);
  await sql`UPDATE job SET kind = CASE kind WHEN 'import' THEN 'import.stage' WHEN 'approve' THEN 'import.approve' ELSE kind END`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE job SET kind = CASE kind WHEN 'import.stage' THEN 'import' WHEN 'import.approve' THEN 'approve' ELSE kind END`.execute(db);
  await sql`ALTER TABLE job DROP COLUMN runner_id, DROP COLUMN worker_id, DROP COLUMN attempts`.execute(db);
}
