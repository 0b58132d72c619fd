/**
 * Throttles with back-off (OWASP ASVS 2.2.1): failed logins per typed username and per client address,
 * and full-NIK lookups per user. One row per key, installation-wide like accounts and sessions (a username
 * or an address belongs to no tenant). Keyed by the name that was typed, so an unknown username is
 * throttled exactly like an existing one and the answers cannot tell them apart. `app_user.failed_logins`
 * and `locked_until` are no longer written (kept for the rows that have them).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE request_throttle (
      key text PRIMARY KEY,
      hits integer NOT NULL,
      strikes integer NOT NULL,
      window_started_at timestamptz NOT NULL,
      last_hit_at timestamptz NOT NULL,
      blocked_until timestamptz
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE request_throttle`.execute(db);
}
