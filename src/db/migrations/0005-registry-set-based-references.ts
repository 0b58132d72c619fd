/**
 * Referential integrity of the bulk-written registry tables, checked per STATEMENT instead of per row.
 *
 * Approving a staged batch inserts up to millions of person and membership rows in one statement each.
 * A FOREIGN KEY checks every inserted row on its own (a trigger event, an index probe and a row lock
 * per row): at a million rows the four foreign keys below cost ~14 s of a 26 s approval on the reference
 * machine (bench/import.bench.ts). The same guarantees are kept here set-based:
 *  - AFTER INSERT/UPDATE statement triggers with transition tables check every new row's references in
 *    one anti-join (person → tenant and → the person it was merged into; membership → person and → OPD)
 *    and lock the referenced tenant and OPD rows (FOR KEY SHARE, as a foreign key does) so a concurrent
 *    delete cannot slip between the check and the commit;
 *  - persons are never deleted and never change key (a registry entry is merged or made inactive; its
 *    id is quoted in history, reviews and audit), so a membership's person cannot vanish — a DELETE or a
 *    key change on person is refused;
 *  - deleting an OPD or a tenant, or changing their key, is refused while a registry row refers to it.
 * Violations raise SQLSTATE 23503 (foreign_key_violation), as a foreign key would.
 * Low-volume tables (person_history, dedup_review) keep their ordinary foreign keys.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE person DROP CONSTRAINT person_tenant_code_fkey;
    ALTER TABLE person DROP CONSTRAINT person_tenant_code_merged_into_fkey;
    ALTER TABLE membership DROP CONSTRAINT membership_tenant_code_person_id_fkey;
    ALTER TABLE membership DROP CONSTRAINT membership_tenant_code_opd_id_fkey;

    -- Every reference is probed through the referenced table's primary key, so a check costs in proportion
    -- to the rows of the statement, never to the size of the registry, whatever the statistics say (right
    -- after a bulk insert person's are stale, often "empty", and the planner would then scan all of person
    -- once per new row): OFFSET 0 keeps NOT EXISTS a per-row probe instead of a planner-chosen anti-join,
    -- and enable_seqscan = off makes that probe an index lookup.
    CREATE FUNCTION person_check_references() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
    DECLARE
      wanted bigint;
      locked bigint;
    BEGIN
      -- the tenants referred to, locked and counted in one step (as for OPDs below): a tenant deleted
      -- between a check and a later lock would otherwise go unnoticed
      SELECT count(*) INTO wanted FROM (SELECT DISTINCT tenant_code FROM new_rows) n;
      WITH hit AS (SELECT 1 FROM tenant t WHERE t.code IN (SELECT DISTINCT tenant_code FROM new_rows) FOR KEY SHARE OF t)
      SELECT count(*) INTO locked FROM hit;
      IF locked < wanted THEN
        RAISE EXCEPTION 'person.tenant_code refers to no tenant' USING ERRCODE = 'foreign_key_violation';
      END IF;
      IF EXISTS (
        SELECT 1 FROM new_rows n
        WHERE n.merged_into IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM person p WHERE p.tenant_code = n.tenant_code AND p.id = n.merged_into OFFSET 0)
      ) THEN
        RAISE EXCEPTION 'person.merged_into refers to no person of the same tenant' USING ERRCODE = 'foreign_key_violation';
      END IF;
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER person_references_on_insert AFTER INSERT ON person
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_check_references();
    CREATE TRIGGER person_references_on_update AFTER UPDATE ON person
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_check_references();

    CREATE FUNCTION person_refuse_delete_or_rekey() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'registry persons are never deleted and never change key: merge them or mark them inactive'
        USING ERRCODE = 'foreign_key_violation';
    END
    $$;
    CREATE TRIGGER person_no_delete BEFORE DELETE ON person
      FOR EACH STATEMENT EXECUTE FUNCTION person_refuse_delete_or_rekey();
    CREATE TRIGGER person_no_truncate BEFORE TRUNCATE ON person
      FOR EACH STATEMENT EXECUTE FUNCTION person_refuse_delete_or_rekey();
    CREATE TRIGGER person_no_rekey BEFORE UPDATE OF tenant_code, id ON person
      FOR EACH ROW WHEN (OLD.tenant_code IS DISTINCT FROM NEW.tenant_code OR OLD.id IS DISTINCT FROM NEW.id)
      EXECUTE FUNCTION person_refuse_delete_or_rekey();

    CREATE FUNCTION membership_check_references() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
    DECLARE
      wanted bigint;
      locked bigint;
    BEGIN
      IF EXISTS (
        SELECT 1 FROM new_rows n
        WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.tenant_code = n.tenant_code AND p.id = n.person_id OFFSET 0)
      ) THEN
        RAISE EXCEPTION 'membership.person_id refers to no person of the same tenant' USING ERRCODE = 'foreign_key_violation';
      END IF;
      -- the OPDs referred to: a handful, locked as a foreign key would
      SELECT count(*) INTO wanted FROM (SELECT DISTINCT tenant_code, opd_id FROM new_rows WHERE opd_id IS NOT NULL) n;
      WITH refs AS (SELECT DISTINCT tenant_code, opd_id FROM new_rows WHERE opd_id IS NOT NULL),
           hit AS (SELECT 1 FROM opd o JOIN refs r ON o.tenant_code = r.tenant_code AND o.id = r.opd_id FOR KEY SHARE OF o)
      SELECT count(*) INTO locked FROM hit;
      IF locked < wanted THEN
        RAISE EXCEPTION 'membership.opd_id refers to no OPD of the same tenant' USING ERRCODE = 'foreign_key_violation';
      END IF;
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER membership_references_on_insert AFTER INSERT ON membership
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION membership_check_references();
    CREATE TRIGGER membership_references_on_update AFTER UPDATE ON membership
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION membership_check_references();

    -- the referenced side: an OPD or a tenant still referred to cannot go away or change key
    CREATE FUNCTION opd_check_not_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (
        SELECT 1 FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM opd x WHERE x.tenant_code = o.tenant_code AND x.id = o.id)
          AND EXISTS (SELECT 1 FROM membership m WHERE m.tenant_code = o.tenant_code AND m.opd_id = o.id)
      ) THEN
        RAISE EXCEPTION 'the OPD is still referred to by memberships' USING ERRCODE = 'foreign_key_violation';
      END IF;
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER opd_referenced_on_delete AFTER DELETE ON opd
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opd_check_not_referenced();
    CREATE TRIGGER opd_referenced_on_update AFTER UPDATE ON opd
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opd_check_not_referenced();

    CREATE FUNCTION tenant_check_not_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (
        SELECT 1 FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM tenant x WHERE x.code = o.code)
          AND EXISTS (SELECT 1 FROM person p WHERE p.tenant_code = o.code)
      ) THEN
        RAISE EXCEPTION 'the tenant still has registered persons' USING ERRCODE = 'foreign_key_violation';
      END IF;
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER tenant_referenced_on_delete AFTER DELETE ON tenant
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tenant_check_not_referenced();
    CREATE TRIGGER tenant_referenced_on_update AFTER UPDATE ON tenant
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tenant_check_not_referenced();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER tenant_referenced_on_update ON tenant;
    DROP TRIGGER tenant_referenced_on_delete ON tenant;
    DROP TRIGGER opd_referenced_on_update ON opd;
    DROP TRIGGER opd_referenced_on_delete ON opd;
    DROP TRIGGER membership_references_on_update ON membership;
    DROP TRIGGER membership_references_on_insert ON membership;
    DROP TRIGGER person_no_rekey ON person;
    DROP TRIGGER person_no_truncate ON person;
    DROP TRIGGER person_no_delete ON person;
    DROP TRIGGER person_references_on_update ON person;
    DROP TRIGGER person_references_on_insert ON person;
    DROP FUNCTION tenant_check_not_referenced(), opd_check_not_referenced(), membership_check_references(),
      person_refuse_delete_or_rekey(), person_check_references();
    ALTER TABLE membership ADD FOREIGN KEY (tenant_code, opd_id) REFERENCES opd(tenant_code, id);
    ALTER TABLE membership ADD FOREIGN KEY (tenant_code, person_id) REFERENCES person(tenant_code, id);
    ALTER TABLE person ADD FOREIGN KEY (tenant_code, merged_into) REFERENCES person(tenant_code, id);
    ALTER TABLE person ADD FOREIGN KEY (tenant_code) REFERENCES tenant(code);
  `.execute(db);
}
