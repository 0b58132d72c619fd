/**
 * Self-service (issue #15): the one-time codes a worker asks for on the public coverage check. One row
 * per NIK — its keyed digest (HMAC under the installation's secret, never the NIK) — installation-wide
 * like request_throttle: the public page does not know the regency before the lookup, and a NIK may be
 * enrolled in several. In Citus terms a local table of the coordinator, pointing at no tenant table. The
 * code itself is kept only as a keyed digest; asking again replaces the row (one live code per NIK).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE self_service_code (
      nik_digest text PRIMARY KEY CHECK (nik_digest ~ '^[0-9a-f]{64}$'),
      code_digest text NOT NULL CHECK (code_digest ~ '^[0-9a-f]{64}$'),
      expires_at timestamptz NOT NULL,
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE self_service_code`.execute(db);
}
