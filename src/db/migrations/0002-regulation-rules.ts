/**
 * Regulation rules as data (REGULATIONS.md): one row per rate, flat amount, multiplier, cap, deadline
 * and discount, with its effective period, legal basis and confidence. Tenant-free reference table.
 * Append-only: a new regulation INSERTS rows (a later row supersedes an open-ended one, see
 * src/regulation/rule.types.ts); history is never edited, so a trigger refuses UPDATE, DELETE and
 * TRUNCATE — every past amount stays recomputable from the rows that were in force.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE regulation_rule (
      id text PRIMARY KEY,
      key text NOT NULL CHECK (key ~ '^[a-z0-9-]+(\.[a-z0-9-]+)*$'),
      value bigint NOT NULL,
      unit text NOT NULL CHECK (unit IN ('bp','rupiah','sen','multiplier','months','day-of-month','working-days','count','rounding-mode')),
      effective_from date NOT NULL,
      -- the LAST day in force (inclusive, as regulations word it), NULL while open-ended
      effective_to date CHECK (effective_to IS NULL OR effective_to >= effective_from),
      legal_basis text NOT NULL CHECK (btrim(legal_basis) <> ''),
      confidence text NOT NULL CHECK (confidence IN ('confirmed','unconfirmed')),
      note text,
      scope jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(scope) = 'object'),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX regulation_rule_key_idx ON regulation_rule (key, effective_from);

    CREATE FUNCTION regulation_rule_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'regulation_rule is append-only: a new regulation adds rows, history is never edited'
        USING ERRCODE = 'restrict_violation';
    END
    $$;
    CREATE TRIGGER regulation_rule_no_update_delete BEFORE UPDATE OR DELETE ON regulation_rule
      FOR EACH ROW EXECUTE FUNCTION regulation_rule_refuse_change();
    CREATE TRIGGER regulation_rule_no_truncate BEFORE TRUNCATE ON regulation_rule
      FOR EACH STATEMENT EXECUTE FUNCTION regulation_rule_refuse_change();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE regulation_rule; DROP FUNCTION regulation_rule_refuse_change()`.execute(db);
}
