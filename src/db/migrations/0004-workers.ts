/**
 * Participant registry and bulk import (issue #5): person, membership (non-ASN or pekerja rentan), history,
 * fuzzy-duplicate reviews; the staged import batch and its rows; background jobs with progress.
 *
 * Performance notes (the import writes up to millions of rows with COPY and INSERT … SELECT):
 * - person has ONE secondary index, UNIQUE (nik, tenant_code): it enforces one person per NIK per regency
 *   and also answers "is this NIK enrolled by another regency?" (a lookup by nik alone).
 * - import_row is staging: its only index is the primary key, appended in order; it has no foreign key
 *   to import_batch (a per-row RI check would double the COPY time) — rows are written and removed only
 *   together with their batch by the import service.
 * - name search and fuzzy matching scan a regency's rows (blocked on birth date); pg_trgm provides
 *   similarity(). No trigram index: at a regency's size a scan is fast, and a GIN index would dominate
 *   the cost of approving a large batch.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;

    CREATE TABLE job (
      tenant_code text NOT NULL REFERENCES tenant(code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL,
      status text NOT NULL DEFAULT 'running' CHECK (status IN ('running','succeeded','failed')),
      phase text,
      processed bigint NOT NULL DEFAULT 0,
      total bigint,
      percent real NOT NULL DEFAULT 0,
      rows_per_second real,
      eta_seconds integer,
      result jsonb,
      error jsonb,
      created_by bigint,
      created_by_username text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      PRIMARY KEY (tenant_code, id)
    );

    CREATE TABLE import_batch (
      tenant_code text NOT NULL REFERENCES tenant(code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      worker_group text NOT NULL CHECK (worker_group IN ('non-asn','rentan')),
      status text NOT NULL CHECK (status IN ('staged','approved','discarded')),
      file_name text NOT NULL,
      file_sha256 text NOT NULL,
      file_bytes bigint NOT NULL,
      format text NOT NULL CHECK (format IN ('csv','xlsx')),
      sheet text,
      encoding text,
      delimiter text,
      header_row integer NOT NULL,
      headers jsonb NOT NULL,
      column_map jsonb NOT NULL,
      unknown_columns jsonb NOT NULL DEFAULT '[]',
      notes jsonb NOT NULL DEFAULT '[]',
      opd_id bigint,
      village_code text REFERENCES region(code),
      rules_on date NOT NULL,
      rows integer NOT NULL DEFAULT 0,
      accepted integer NOT NULL DEFAULT 0,
      rejected integer NOT NULL DEFAULT 0,
      dup_in_file integer NOT NULL DEFAULT 0,
      dup_in_registry integer NOT NULL DEFAULT 0,
      fuzzy integer NOT NULL DEFAULT 0,
      warnings integer NOT NULL DEFAULT 0,
      created_by bigint,
      created_by_username text,
      created_at timestamptz NOT NULL DEFAULT now(),
      decided_by bigint,
      decided_by_username text,
      decided_at timestamptz,
      approval jsonb,
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, opd_id) REFERENCES opd(tenant_code, id)
    );
    -- the same file for the same group and scope is one batch: re-importing it changes nothing
    CREATE UNIQUE INDEX import_batch_file_uq ON import_batch
      (tenant_code, worker_group, file_sha256, coalesce(opd_id, 0), coalesce(village_code, '')) WHERE status <> 'discarded';

    CREATE TABLE import_row (
      tenant_code text NOT NULL,
      batch_id bigint NOT NULL,
      row_no integer NOT NULL,
      status text NOT NULL CHECK (status IN ('accepted','rejected','duplicate')),
      nik text,
      name text,
      name_key text,
      name_initials text,
      birth_place text,
      birth_date date,
      sex text,
      mother_name text,
      address text,
      village_code text,
      phone text,
      opd_id bigint,
      position text,
      wage bigint,
      employment_start date,
      occupation text,
      income bigint,
      welfare_decile smallint,
      reasons jsonb,
      warnings jsonb,
      raw jsonb,
      PRIMARY KEY (tenant_code, batch_id, row_no)
    );

    -- fuzzy candidates found while staging: another row of the file, or a registered person
    CREATE TABLE import_match (
      tenant_code text NOT NULL,
      batch_id bigint NOT NULL,
      row_no integer NOT NULL,
      other_row_no integer,
      other_person_id bigint,
      score real NOT NULL,
      signals text[] NOT NULL,
      CHECK ((other_row_no IS NULL) <> (other_person_id IS NULL))
    );
    CREATE INDEX import_match_row_idx ON import_match (tenant_code, batch_id, row_no);

    CREATE TABLE person (
      tenant_code text NOT NULL REFERENCES tenant(code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      nik text NOT NULL CHECK (nik ~ '^[0-9]{16}$'),
      name text NOT NULL,
      name_key text NOT NULL,
      name_initials text NOT NULL,
      birth_place text,
      birth_date date NOT NULL,
      sex text NOT NULL CHECK (sex IN ('L','P')),
      mother_name text,
      address text,
      village_code text,
      phone text,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','inactive','merged')),
      merged_into bigint,
      source_batch_id bigint,
      source_row_no integer,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, merged_into) REFERENCES person(tenant_code, id)
    );
    CREATE UNIQUE INDEX person_nik_uq ON person (nik, tenant_code);

    CREATE TABLE membership (
      tenant_code text NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      person_id bigint NOT NULL,
      worker_group text NOT NULL CHECK (worker_group IN ('non-asn','rentan')),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','ended')),
      opd_id bigint,
      position text,
      wage bigint CHECK (wage >= 0),
      employment_start date,
      occupation text,
      village_code text,
      declared_income bigint CHECK (declared_income >= 0),
      welfare_decile smallint CHECK (welfare_decile BETWEEN 1 AND 10),
      started_on date NOT NULL,
      ended_on date,
      source_batch_id bigint,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, person_id) REFERENCES person(tenant_code, id),
      FOREIGN KEY (tenant_code, opd_id) REFERENCES opd(tenant_code, id),
      CHECK (worker_group <> 'non-asn' OR (opd_id IS NOT NULL AND wage IS NOT NULL)),
      CHECK (worker_group <> 'rentan' OR (village_code IS NOT NULL AND declared_income IS NOT NULL))
    );
    CREATE INDEX membership_person_idx ON membership (tenant_code, person_id);
    -- one active membership per person and group
    CREATE UNIQUE INDEX membership_active_uq ON membership (tenant_code, person_id, worker_group) WHERE status = 'active';

    CREATE TABLE person_history (
      tenant_code text NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      person_id bigint NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id bigint,
      actor_username text,
      action text NOT NULL,
      batch_id bigint,
      changes jsonb NOT NULL DEFAULT '{}',
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, person_id) REFERENCES person(tenant_code, id)
    );
    CREATE INDEX person_history_person_idx ON person_history (tenant_code, person_id, id);

    CREATE TABLE dedup_review (
      tenant_code text NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      person_id bigint NOT NULL,
      other_person_id bigint NOT NULL,
      score real NOT NULL,
      signals text[] NOT NULL,
      batch_id bigint,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','merged','kept')),
      kept_person_id bigint,
      decided_by bigint,
      decided_by_username text,
      decided_at timestamptz,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, person_id) REFERENCES person(tenant_code, id),
      FOREIGN KEY (tenant_code, other_person_id) REFERENCES person(tenant_code, id),
      CHECK (person_id <> other_person_id)
    );
    CREATE UNIQUE INDEX dedup_review_pair_uq ON dedup_review
      (tenant_code, least(person_id, other_person_id), greatest(person_id, other_person_id));
    CREATE INDEX dedup_review_status_idx ON dedup_review (tenant_code, status, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE dedup_review, person_history, membership, person, import_match, import_row, import_batch, job`.execute(db);
}
