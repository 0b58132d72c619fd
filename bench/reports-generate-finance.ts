/**
 * The money side of the reports benchmark, generated in SQL after the participations (bench/reports-generate.ts):
 *   - bills: per regency's PKS group, one regular bill a month for the 12 months of the year, its participants
 *     counted from the participations the way whole-month billing counts them (a participation covered on any
 *     day of a month is billed that month) and its amount = participants × the group's per-head rate;
 *   - payments: one SP2D a month per PKS for both groups' bills, recorded three days before the due date, with
 *     their allocations — 1 regency in 4 pays its latest due month short (0.4 % under), 1 in 5 has not paid
 *     its two latest due months (overdue);
 *   - claims: ~3 per 1,000 participations, every type and every status, benefits approved and paid on the
 *     approved/paid ones (amounts of the type's order of magnitude, not the rule book's computation).
 * Bill lines (one per participant-month: 120 M rows at 10 M participants) are not generated: no dashboard or
 * roll-up reads them — the panels read bill headers, payments and claims.
 */
import type pg from 'pg';

/** Per-head monthly contribution of the bench groups: PU 0.24 % JKK + 0.30 % JKM of Rp 2,500,000; BPU Rp 10,000 + Rp 6,800. */
const RATES = { pu: { jkk: 6_000, jkm: 7_500 }, bpu: { jkk: 10_000, jkm: 6_800 } };

export async function generateFinance(c: pg.Client, year: number, today: string, log: (m: string) => void): Promise<{ bills: number; payments: number; claims: number }> {
  log('generating bills');
  const bills = await c.query(`
    WITH ev AS (
      SELECT p.tenant_code, p.group_id, e.month, sum(e.delta)::int AS delta
      FROM participation p
      CROSS JOIN LATERAL (VALUES (date_trunc('month', p.coverage_from)::date, 1),
                                 ((date_trunc('month', p.coverage_to) + interval '1 month')::date, -1)) AS e(month, delta)
      WHERE p.status IN ('aktif', 'berakhir') AND p.coverage_to >= p.coverage_from
      GROUP BY 1, 2, 3
    ), cells AS (
      SELECT g.tenant_code, g.id AS group_id, g.agreement_id, g.position, g.scheme, m::date AS month,
             sum(coalesce(ev.delta, 0)) OVER (PARTITION BY g.tenant_code, g.id ORDER BY m) AS n
      FROM agreement_group g
      JOIN agreement a ON a.tenant_code = g.tenant_code AND a.id = g.agreement_id AND a.fiscal_year = $1
      CROSS JOIN generate_series(make_date($1, 1, 1), make_date($1, 12, 1), interval '1 month') AS m
      LEFT JOIN ev ON ev.tenant_code = g.tenant_code AND ev.group_id = g.id AND ev.month = m::date
    )
    INSERT INTO bill (tenant_code, number, agreement_id, group_id, month, kind, scheme, due_on, due_rule_ids, participants, jkk, jkm, amount, issued_at, issued_by, example)
    SELECT tenant_code, 'TAG/BENCH/' || position || '/' || to_char(month, 'YYYY-MM'), agreement_id, group_id, month, 'regular', scheme,
           (month + interval '1 month' + interval '14 days')::date, '{bench}', n,
           n * CASE scheme WHEN 'pu' THEN ${RATES.pu.jkk} ELSE ${RATES.bpu.jkk} END,
           n * CASE scheme WHEN 'pu' THEN ${RATES.pu.jkm} ELSE ${RATES.bpu.jkm} END,
           n * CASE scheme WHEN 'pu' THEN ${RATES.pu.jkk + RATES.pu.jkm} ELSE ${RATES.bpu.jkk + RATES.bpu.jkm} END,
           month - interval '5 days', 'bench', true
    FROM cells WHERE n > 0`, [year]);
  log(`  ${bills.rowCount} bills; payments`);
  // the due months so far, newest first: rank 1 and 2 are the ones 1 regency in 5 has not paid yet
  const payments = await c.query(`
    WITH months AS (
      SELECT b.tenant_code, b.agreement_id, b.month, min(b.due_on) AS due_on, sum(b.amount) AS amount, array_agg(b.id ORDER BY b.id) AS bill_ids,
             abs(hashtext(b.tenant_code)) AS h, rank() OVER (PARTITION BY b.tenant_code, b.agreement_id ORDER BY b.month DESC) AS recent
      FROM bill b WHERE b.due_on < $1::date AND b.issued_by = 'bench'
      GROUP BY b.tenant_code, b.agreement_id, b.month
    )
    INSERT INTO payment (tenant_code, agreement_id, sp2d_number, paid_on, amount, account, bill_ids, example, created_at, created_by_username)
    SELECT tenant_code, agreement_id, 'SP2D/BENCH/' || to_char(month, 'YYYY-MM'), due_on - 3,
           amount - CASE WHEN h % 4 = 1 AND recent = 1 THEN amount * 4 / 1000 ELSE 0 END, 'BPD', bill_ids, true, (due_on - 3)::timestamptz, 'bench'
    FROM months WHERE NOT (h % 5 = 0 AND recent <= 2)`, [today]);
  await c.query(`
    INSERT INTO payment_allocation (tenant_code, payment_id, bill_id, amount)
    SELECT tenant_code, payment_id, bill_id, least(bill_amount, payment_amount - before) FROM (
      SELECT p.tenant_code, p.id AS payment_id, b.id AS bill_id, b.amount AS bill_amount, p.amount AS payment_amount,
             coalesce(sum(b.amount) OVER (PARTITION BY p.tenant_code, p.id ORDER BY b.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
      FROM payment p JOIN bill b ON b.tenant_code = p.tenant_code AND b.id = ANY(p.bill_ids)
      WHERE p.created_by_username = 'bench'
    ) x WHERE payment_amount - before > 0`);
  log(`  ${payments.rowCount} payments; claims`);
  const claims = await c.query(`
    WITH picked AS (
      SELECT p.tenant_code, p.id, p.nik, p.worker_group, p.agreement_id, p.group_id, p.opd_id, p.village_code, (p.person_id / 331) AS k,
             (ARRAY['jkm','jkk-death','jkk-disability-total','jkk-disability-partial','jkk-stmb','jkk-medical','jkk-transport','beasiswa'])[1 + (p.person_id / 331) % 8] AS type,
             (ARRAY['dilaporkan','berkas-lengkap','diajukan','disetujui','ditolak','dibayar','dibayar','dibayar'])[1 + (p.person_id / 2647) % 8] AS status,
             least(p.coverage_from + (p.person_id % 300)::int, $1::date - 20, p.coverage_to) AS incident
      FROM participation p WHERE p.person_id % 331 = 7 AND p.coverage_from <= $1::date - 20
    )
    INSERT INTO claim (tenant_code, number, participation_id, nik, worker_group, scheme, agreement_id, group_id, opd_id, village_code, type, programme,
                       incident_date, status, eligible, wage_base, benefit_total, benefit, reported_on, documents_complete_on, submitted_on,
                       approved_on, approved_amount, rejected_on, rejected_reason, paid_on, paid_amount, example, created_by_username)
    SELECT tenant_code, 'KLM/BENCH/' || id, id, nik, worker_group, CASE worker_group WHEN 'rentan' THEN 'bpu' ELSE 'pu' END, agreement_id, group_id,
           opd_id, village_code, type, CASE WHEN type IN ('jkm', 'beasiswa') THEN 'JKM' ELSE 'JKK' END, incident, status, status <> 'ditolak',
           2500000, b.amount, json_build_object('total', b.amount, 'lines', json_build_array())::jsonb, incident + 2,
           CASE WHEN status <> 'dilaporkan' THEN incident + 5 END, CASE WHEN status IN ('diajukan','disetujui','ditolak','dibayar') THEN incident + 7 END,
           CASE WHEN status IN ('disetujui','dibayar') THEN incident + 12 END, CASE WHEN status IN ('disetujui','dibayar') THEN b.amount END,
           CASE WHEN status = 'ditolak' THEN incident + 12 END, CASE WHEN status = 'ditolak' THEN 'bench' END,
           CASE WHEN status = 'dibayar' THEN incident + 18 END, CASE WHEN status = 'dibayar' THEN b.amount END, true, 'bench'
    FROM picked CROSS JOIN LATERAL (SELECT CASE type WHEN 'jkm' THEN 42000000 WHEN 'jkk-death' THEN 120000000 + (k % 50) * 100000
      WHEN 'jkk-disability-total' THEN 140000000 WHEN 'jkk-disability-partial' THEN 20000000 + (k % 40) * 500000
      WHEN 'jkk-stmb' THEN 2500000 + (k % 10) * 250000 WHEN 'jkk-medical' THEN 5000000 + (k % 30) * 300000
      WHEN 'jkk-transport' THEN 1000000 ELSE 12000000 END::bigint AS amount) b`, [today]);
  log(`  ${claims.rowCount} claims`);
  await c.query('ANALYZE bill; ANALYZE payment; ANALYZE payment_allocation; ANALYZE claim');
  return { bills: bills.rowCount ?? 0, payments: payments.rowCount ?? 0, claims: claims.rowCount ?? 0 };
}
