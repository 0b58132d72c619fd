/**
 * Data for the reports benchmark, generated inside PostgreSQL (no rows cross the network): every regency
 * and city of the reference list as a tenant with one PKS for the current year (a PU and a BPU group), and
 * N participations spread over them by a skewed weight (big Javanese regencies hold more), ~2/3 non-ASN in
 * 30 OPDs and ~1/3 rentan in the regency's villages, started over the first three months, ~3% (1 in 31) ended early.
 *
 * Light on purpose (2 shared cores): foreign-key triggers are skipped for the load (session_replication_role
 * = replica — the registry rows a participation points at are not what the reports read), and the
 * participation indexes are dropped before the load and rebuilt after it (one sorted build each instead of
 * N random inserts).
 */
import pg from 'pg';
import { generateFinance } from './reports-generate-finance';

export async function generate(url: string, participants: number, year: number, today: string, log: (m: string) => void):
  Promise<{ regencies: number; bills: number; payments: number; claims: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`SET session_replication_role = replica; SET synchronous_commit = off; SET maintenance_work_mem = '512MB'`);
    await c.query(`INSERT INTO bpjs_branch (code, name, province_code) VALUES ('BENCH', 'Kantor Cabang Uji', '31') ON CONFLICT DO NOTHING`);
    await c.query(`INSERT INTO tenant (code, name, province_code) SELECT code, name, parent_code FROM region WHERE level = 'regency' ON CONFLICT DO NOTHING`);
    const regencies = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM tenant')).rows[0]!.n;
    await c.query(`
      INSERT INTO agreement (tenant_code, kind, number, title, status, branch_code, regency_party, dinas_name, bpjs_party, period_start, period_end,
                             fiscal_year, budget_fiscal_year, budget_amount, signed_on)
      SELECT code, 'pks', 'PKS/BENCH/' || code, 'PKS uji', 'active', 'BENCH', name, 'Dinas', 'BPJS', make_date($1, 1, 1), make_date($1, 12, 31),
             $1, $1, 1500000000, make_date($1 - 1, 12, 15)
      FROM tenant WHERE NOT EXISTS (SELECT 1 FROM agreement a WHERE a.tenant_code = tenant.code);
      INSERT INTO agreement_group (tenant_code, agreement_id, position, name, scheme, risk_class, target_headcount, wage_policy, wage_amount)
      SELECT a.tenant_code, a.id, 1, 'Non-ASN', 'pu', 'very-low', 1000000, 'fixed', 2500000 FROM agreement a
      WHERE NOT EXISTS (SELECT 1 FROM agreement_group g WHERE g.tenant_code = a.tenant_code);
      INSERT INTO agreement_group (tenant_code, agreement_id, position, name, scheme, target_headcount, wage_policy, wage_amount)
      SELECT a.tenant_code, a.id, 2, 'Pekerja rentan', 'bpu', 1000000, 'declared', 1000000 FROM agreement a
      WHERE NOT EXISTS (SELECT 1 FROM agreement_group g WHERE g.tenant_code = a.tenant_code AND g.position = 2)`.replaceAll('$1', String(year)));
    const { rows: indexes } = await c.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'participation' AND indexname NOT LIKE '%_pkey'`);
    for (const i of indexes) await c.query(`DROP INDEX ${i.name}`);
    log(`generating ${participants} participations over ${regencies} regencies`);
    // weights: a regency's share ∝ 1 + 9·u² (u uniform) — a long tail like Indonesia's; chunks keep each statement bounded
    await c.query(`
      CREATE TEMP TABLE bench_bucket AS
      WITH t AS (
        SELECT t.code, g1.id AS pu, g2.id AS bpu, a.id AS agreement_id, x.w, sum(x.w) OVER (ORDER BY t.code) AS hi, sum(x.w) OVER () AS total
        FROM tenant t JOIN agreement a ON a.tenant_code = t.code
        JOIN agreement_group g1 ON g1.tenant_code = t.code AND g1.agreement_id = a.id AND g1.position = 1
        JOIN agreement_group g2 ON g2.tenant_code = t.code AND g2.agreement_id = a.id AND g2.position = 2
        CROSS JOIN LATERAL (SELECT (1 + 9 * (abs(hashtext(t.code)) % 1000 / 1000.0) ^ 2)::float8 AS w) x
      ), r AS (SELECT t.*, floor((t.hi - t.w) / t.total * 100000)::int AS lo_b, floor(t.hi / t.total * 100000)::int AS hi_b FROM t)
      SELECT b, r.code, r.pu, r.bpu, r.agreement_id, v.codes
      FROM r CROSS JOIN LATERAL generate_series(r.lo_b, r.hi_b - 1) AS b
      LEFT JOIN (SELECT left(code, 5) AS tenant_code, array_agg(code ORDER BY code) AS codes FROM region WHERE level = 'village' GROUP BY 1) v
        ON v.tenant_code = r.code;
      CREATE UNIQUE INDEX ON bench_bucket (b)`);
    const chunk = 2_000_000;
    for (let from = 0; from < participants; from += chunk) {
      await c.query(`
        INSERT INTO participation (tenant_code, person_id, membership_id, nik, worker_group, opd_id, village_code, agreement_id, group_id,
                                   programmes, status, starts_on, coverage_from, coverage_to, kpj, end_reason, ended_on, example)
        SELECT t.code, s.i, s.i, lpad(s.i::text, 16, '7'), CASE WHEN s.i % 3 = 0 THEN 'rentan' ELSE 'non-asn' END,
               CASE WHEN s.i % 3 <> 0 THEN 1 + s.i % 30 END,
               CASE WHEN s.i % 3 = 0 THEN t.codes[1 + (s.i / 3) % cardinality(t.codes)] END,
               t.agreement_id, CASE WHEN s.i % 3 = 0 THEN t.bpu ELSE t.pu END, '{JKK,JKM}',
               CASE WHEN s.i % 31 = 0 THEN 'berakhir' ELSE 'aktif' END, d.starts, d.starts,
               CASE WHEN s.i % 31 = 0 THEN d.starts + (s.i % 200)::int ELSE make_date(${year}, 12, 31) END,
               lpad((s.i % 100000000000)::text, 11, '0'),
               CASE WHEN s.i % 31 = 0 THEN 'berhenti' END, CASE WHEN s.i % 31 = 0 THEN d.starts + (s.i % 200)::int END, true
        FROM generate_series($1::bigint, $2::bigint) AS s(i)
        JOIN bench_bucket t ON t.b = floor(((s.i * 0.6180339887) % 1) * 100000)::int
        CROSS JOIN LATERAL (SELECT make_date(${year}, 1 + (s.i % 3)::int, 1) AS starts) d`, [from + 1, Math.min(from + chunk, participants)]);
      log(`  ${Math.min(from + chunk, participants)} rows`);
    }
    log('rebuilding the participation indexes');
    for (const i of indexes) await c.query(i.def);
    // VACUUM sets the visibility map (index-only scans, as autovacuum would on a live table); ANALYZE the statistics
    await c.query('VACUUM (ANALYZE) participation');
    // the late fee is a PKS switch (off by default for a penyelenggara negara): on for 1 regency in 3
    await c.query(`INSERT INTO billing_agreement_setting (tenant_code, agreement_id, late_fee)
                   SELECT tenant_code, id, true FROM agreement WHERE abs(hashtext(tenant_code)) % 3 = 0 ON CONFLICT DO NOTHING`);
    return { regencies, ...(await generateFinance(c, year, today, log)) };
  } finally {
    await c.end();
  }
}
