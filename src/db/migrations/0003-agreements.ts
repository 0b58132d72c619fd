/**
 * Agreements: MoU → PKS → addenda, the participant groups a PKS promises to protect (target headcount and
 * pricing policy), its APBD budget line, and attached documents (PDF scans kept in the database as bytea,
 * so a pg_dump backup carries them; at most 10 MB each, checked in the service).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agreement (
      tenant_code text NOT NULL REFERENCES tenant(code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL CHECK (kind IN ('mou','pks')),
      parent_id bigint,
      renewed_from_id bigint,
      number text NOT NULL,
      title text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','signed','active','ended')),
      branch_code text NOT NULL REFERENCES bpjs_branch(code),
      regency_party text NOT NULL,
      dinas_name text NOT NULL,
      dinas_address text NOT NULL DEFAULT '',
      bpjs_party text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL,
      fiscal_year integer,
      programmes text[] NOT NULL DEFAULT '{JKK,JKM}',
      people jsonb NOT NULL DEFAULT '[]',
      budget_fiscal_year integer,
      budget_account text,
      budget_amount bigint CHECK (budget_amount >= 0),
      budget_dpa_number text,
      signed_on date,
      signed_place text,
      note text NOT NULL DEFAULT '',
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      activated_at timestamptz,
      ended_at timestamptz,
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, number),
      FOREIGN KEY (tenant_code, parent_id) REFERENCES agreement(tenant_code, id),
      FOREIGN KEY (tenant_code, renewed_from_id) REFERENCES agreement(tenant_code, id),
      CHECK (period_end >= period_start),
      CHECK (kind = 'pks' OR parent_id IS NULL),
      CHECK (programmes <@ ARRAY['JKK','JKM','JHT']::text[]),
      -- a signed agreement says when and where it was signed
      CHECK (status = 'draft' OR signed_on IS NOT NULL)
    );
    CREATE INDEX agreement_branch_idx ON agreement (branch_code, tenant_code);

    CREATE TABLE agreement_group (
      tenant_code text NOT NULL,
      agreement_id bigint NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      position integer NOT NULL,
      name text NOT NULL,
      scheme text NOT NULL CHECK (scheme IN ('pu','bpu')),
      risk_class text CHECK (risk_class IN ('very-low','low','medium','high','very-high')),
      funding text NOT NULL DEFAULT 'apbd' CHECK (funding IN ('apbd','apbn','self')),
      sector text CHECK (sector IN ('transport','other')),
      target_headcount integer NOT NULL CHECK (target_headcount >= 0),
      wage_policy text NOT NULL CHECK (wage_policy IN ('ump','fixed','declared')),
      wage_province_code text REFERENCES region(code),
      wage_year integer,
      wage_amount bigint CHECK (wage_amount >= 0),
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement(tenant_code, id) ON DELETE CASCADE,
      CHECK (wage_policy <> 'ump' OR (wage_province_code IS NOT NULL AND wage_year IS NOT NULL)),
      CHECK (wage_policy = 'ump' OR wage_amount IS NOT NULL),
      CHECK (scheme = 'pu' OR wage_policy = 'declared'),
      CHECK (scheme = 'bpu' OR wage_policy <> 'declared')
    );
    CREATE INDEX agreement_group_agreement_idx ON agreement_group (tenant_code, agreement_id, position);

    CREATE TABLE agreement_addendum (
      tenant_code text NOT NULL,
      agreement_id bigint NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      version integer NOT NULL,
      number text NOT NULL,
      title text NOT NULL,
      signed_on date NOT NULL,
      reason text NOT NULL DEFAULT '',
      changes jsonb NOT NULL,
      created_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement(tenant_code, id),
      UNIQUE (tenant_code, agreement_id, version)
    );

    CREATE TABLE agreement_document (
      tenant_code text NOT NULL,
      agreement_id bigint NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      title text NOT NULL,
      filename text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL CHECK (size > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea NOT NULL,
      uploaded_by text,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement(tenant_code, id),
      UNIQUE (tenant_code, agreement_id, sha256)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE agreement_document, agreement_addendum, agreement_group, agreement`.execute(db);
}
