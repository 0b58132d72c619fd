/**
 * The registry as sources for the imports capability's set-based duplicate checks (a staged row against
 * every registered person). Builders only: the caller embeds them as sub-queries, which PostgreSQL
 * flattens into the plan of a join on the table itself.
 */
import type { Db } from '../db/database';

/** Every person of every tenant (a NIK registered in another regency is a duplicate too). */
export const personSource = (db: Db) =>
  db.selectFrom('person').select(['tenant_code', 'id', 'nik', 'name_key', 'name_initials', 'birth_place', 'birth_date', 'sex', 'phone', 'status']);

/** The memberships of every tenant (callers pick the active ones in their join). */
export const membershipSource = (db: Db) =>
  db.selectFrom('membership').select(['tenant_code', 'id', 'person_id', 'worker_group', 'status']);
