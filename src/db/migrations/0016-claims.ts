/**
 * Claims (issue #13): a claim (klaim) of a participant for one benefit type, with its eligibility verdict on
 * the incident date, the computed benefit (lines with their legal basis), BPJS's decision and payment, and
 * the deadlines; `claim_event` is its timeline (one row per status change, never edited).
 *
 * - Citus-ready: `tenant_code` leads both primary keys, the unique number and every foreign key.
 * - `nik`, `worker_group`, `opd_id`, `village_code` are copied from the participation when filed: the
 *   scope filters of `opd`/`desa` users and utilisation per OPD/village run on this table alone.
 * - A claim that is not eligible is still recorded (`eligible = false`, `reasons` typed codes): BPJS decides.
 * - Money is integer rupiah (`bigint`); `benefit` keeps {total, lines[{code,label,amount,basis,rule}]} and
 *   `inputs` what it was computed from (wage base source, percent, months, children, contribution months).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE claim (
      tenant_code text NOT NULL REFERENCES tenant(code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      number text NOT NULL,
      participation_id bigint NOT NULL,
      nik text NOT NULL,
      worker_group text NOT NULL CHECK (worker_group IN ('non-asn','rentan')),
      scheme text NOT NULL CHECK (scheme IN ('pu','bpu')),
      agreement_id bigint NOT NULL,
      group_id bigint NOT NULL,
      opd_id bigint,
      village_code text,
      type text NOT NULL CHECK (type IN ('jkm','jkk-death','jkk-disability-total','jkk-disability-partial',
        'jkk-stmb','jkk-medical','jkk-transport','beasiswa')),
      programme text NOT NULL CHECK (programme IN ('JKK','JKM')),
      incident_date date NOT NULL,
      status text NOT NULL DEFAULT 'dilaporkan'
        CHECK (status IN ('dilaporkan','berkas-lengkap','diajukan','disetujui','ditolak','dibayar')),
      eligible boolean NOT NULL,
      reasons text[] NOT NULL DEFAULT '{}',
      wage_base bigint CHECK (wage_base >= 0),
      benefit_total bigint NOT NULL DEFAULT 0 CHECK (benefit_total >= 0),
      benefit jsonb NOT NULL,
      inputs jsonb NOT NULL DEFAULT '{}',
      chronology text NOT NULL DEFAULT '',
      traffic_accident boolean NOT NULL DEFAULT false,
      reported_on date NOT NULL,
      documents_complete_on date,
      submitted_on date,
      approved_on date,
      approved_amount bigint CHECK (approved_amount >= 0),
      rejected_on date,
      rejected_reason text,
      paid_on date,
      paid_amount bigint CHECK (paid_amount >= 0),
      example boolean NOT NULL DEFAULT false,
      created_by bigint,
      created_by_username text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, number),
      -- filing the same incident twice answers the claim already filed (idempotent)
      UNIQUE (tenant_code, participation_id, type, incident_date),
      FOREIGN KEY (tenant_code, participation_id) REFERENCES participation(tenant_code, id)
    )`.execute(db);
  await sql`CREATE INDEX claim_participation_idx ON claim (tenant_code, participation_id)`.execute(db);
  await sql`CREATE INDEX claim_incident_idx ON claim (tenant_code, incident_date)`.execute(db);
  // claimByNumber answers a number without a tenant (self-service): the number embeds the tenant code.
  await sql`CREATE INDEX claim_number_idx ON claim (number)`.execute(db);
  await sql`
    CREATE TABLE claim_event (
      tenant_code text NOT NULL,
      claim_id bigint NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      from_status text,
      to_status text NOT NULL,
      happened_on date NOT NULL,
      amount bigint,
      note text NOT NULL DEFAULT '',
      actor_id bigint,
      actor_username text,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, claim_id, id),
      FOREIGN KEY (tenant_code, claim_id) REFERENCES claim(tenant_code, id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS claim_event`.execute(db);
  await sql`DROP TABLE IF EXISTS claim`.execute(db);
}
