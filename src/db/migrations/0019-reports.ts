/**
 * Reports (issue #14): the roll-ups every dashboard panel reads, and the UCJ reference figures.
 *
 * - `report_active` — participants active on each month's last day (today for the current month), per
 *   tenant × PKS group × unit (an OPD for non-ASN, a village for pekerja rentan). A regency has ~2,000
 *   rows a year, the nation ~1 M: a national panel sums a few thousand tenant totals instead of counting
 *   10 M participations. Keyed by `tenant_code` first, so it distributes with the participations on Citus.
 * - `report_tenant_month` — the same per tenant × month × group (the units summed): what national and province
 *   panels read — 514 regencies × 12 months × 2 groups is ~12,000 rows a year.
 *   Both are derived data rebuilt from participations (which reference the tenant): no row-level foreign key,
 *   which would cost a trigger call per roll-up row (a third of a rebuild's time).
 * - `report_tenant_state` — when each tenant's roll-up was refreshed and for which day ("today" in its zone):
 *   a tenant is refreshed again when a participation of it changed or its day moved on.
 * - `report_refresh_mark` — the installation's watermark for "changed since" (one row).
 * - `ucj_reference` — reference data (tenant-free, keyed by Kemendagri region code): BPS employed population,
 *   Kemendagri UCJ targets and BPJS active totals per region and year, each with its source; `example`
 *   marks invented demo figures so no screen presents them as real.
 * - `participation_updated_idx` — the refresh finds changed tenants by `participation.updated_at` (read through
 *   enrolment's `participationChangedTenants`): a range scan over the recently changed rows, not a 10 M scan.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_active (
      tenant_code text NOT NULL,
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      on_date date NOT NULL,
      group_id bigint NOT NULL,
      agreement_id bigint NOT NULL,
      worker_group text NOT NULL CHECK (worker_group IN ('non-asn','rentan')),
      opd_id bigint,
      village_code text,
      unit text NOT NULL,
      active integer NOT NULL CHECK (active >= 0),
      PRIMARY KEY (tenant_code, month, group_id, unit)
    );

    CREATE TABLE report_tenant_month (
      tenant_code text NOT NULL,
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      on_date date NOT NULL,
      group_id bigint NOT NULL,
      agreement_id bigint NOT NULL,
      worker_group text NOT NULL CHECK (worker_group IN ('non-asn','rentan')),
      active integer NOT NULL CHECK (active >= 0),
      PRIMARY KEY (tenant_code, month, group_id)
    );

    CREATE TABLE report_tenant_state (
      tenant_code text NOT NULL REFERENCES tenant(code),
      as_of date NOT NULL,
      refreshed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code)
    );

    CREATE TABLE report_refresh_mark (
      id integer PRIMARY KEY CHECK (id = 1),
      since timestamptz NOT NULL
    );

    CREATE TABLE ucj_reference (
      kind text NOT NULL CHECK (kind IN ('employed-population','ucj-target','bpjs-participants')),
      region_code text NOT NULL REFERENCES region(code),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      value numeric(16,2) NOT NULL CHECK (value >= 0),
      source text NOT NULL CHECK (length(source) > 0),
      example boolean NOT NULL DEFAULT false,
      imported_at timestamptz NOT NULL DEFAULT now(),
      imported_by text,
      PRIMARY KEY (kind, region_code, year),
      CHECK (kind <> 'ucj-target' OR value <= 100)
    );

    CREATE INDEX participation_updated_idx ON participation (updated_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX participation_updated_idx; DROP TABLE ucj_reference, report_refresh_mark, report_tenant_state, report_tenant_month, report_active`.execute(db);
}
