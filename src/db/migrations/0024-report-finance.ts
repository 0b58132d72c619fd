/**
 * Reports (issue #14 §5): the money side of the province and national views as summary tables, so a table of
 * 38 regencies (or 38 provinces) is one indexed read instead of replaying 38 PKS ledgers per request.
 *
 * - `report_pks_finance` — per PKS: budget, billed, paid, outstanding, overdue (outstanding past its due
 *   date) and late fees, as billing's ledger computes them on the tenant's `as_of` day.
 * - `report_tenant_claims` — per tenant and incident year: claims filed, approved, paid, refused and the
 *   benefits paid.
 * Both are derived data rebuilt by the reports refresher (src/reports/report-refresh.service.ts) for the
 * tenants whose bills, payments, claims, agreements or participations changed, or whose day moved on —
 * keyed by `tenant_code` first so they distribute with the tenant's data on Citus; no foreign keys (derived,
 * like `report_active`).
 * - `claim_updated_idx` — the refresher finds the tenants whose claims changed by `claim.updated_at` (read
 *   through claims' `claimChangedTenantsSince`): a range scan over the recent rows, not every claim.
 * - `participation_headcount_idx` — the budget panel's forecast counts a PKS's participants active today
 *   (enrolment `activeHeadcounts`, through billing's `realisation`): with this covering index that count is an
 *   index-only scan of the PKS's entries instead of one heap page per participant — 270 ms → a few ms for a
 *   regency of 40,000 at 10 M participations (bench/reports.bench.ts).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_pks_finance (
      tenant_code text NOT NULL,
      agreement_id bigint NOT NULL,
      budget bigint NOT NULL CHECK (budget >= 0),
      billed bigint NOT NULL CHECK (billed >= 0),
      paid bigint NOT NULL CHECK (paid >= 0),
      outstanding bigint NOT NULL CHECK (outstanding >= 0),
      overdue bigint NOT NULL CHECK (overdue >= 0),
      late_fees bigint NOT NULL CHECK (late_fees >= 0),
      as_of date NOT NULL,
      PRIMARY KEY (tenant_code, agreement_id)
    );

    CREATE TABLE report_tenant_claims (
      tenant_code text NOT NULL,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      filed integer NOT NULL CHECK (filed >= 0),
      approved integer NOT NULL CHECK (approved >= 0),
      paid integer NOT NULL CHECK (paid >= 0),
      refused integer NOT NULL CHECK (refused >= 0),
      benefits_paid bigint NOT NULL CHECK (benefits_paid >= 0),
      PRIMARY KEY (tenant_code, year)
    );

    CREATE INDEX claim_updated_idx ON claim (updated_at);
    CREATE INDEX participation_headcount_idx ON participation (tenant_code, agreement_id, coverage_to, group_id) INCLUDE (coverage_from, status, ended_on);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX participation_headcount_idx; DROP INDEX claim_updated_idx; DROP TABLE report_tenant_claims, report_pks_finance`.execute(db);
}
