/**
 * Billing benchmark (issue #12 §13). On a throw-away embedded PostgreSQL (or BENCH_DATABASE_URL):
 *   1. N active participations spread over the NTT regencies (one tenant each), two PKS per regency with a
 *      PU and a BPU group each, persons and memberships behind them — all generated in SQL;
 *   2. one month's billing run for every regency (the service, as each regency's Dinas);
 *   3. the bare floor: one INSERT … SELECT of the same lines (the same rows) with precomputed amounts into a
 *      copy of bill_line with the same indexes (no rules, no bills, no totals, no corrections, no locks);
 *   4. the same month again (the idempotent no-op);
 * and prints one JSON line: participants, seconds, bareSeconds, ratio, rerunSeconds, peakRssMb.
 *
 *   npm run bench:billing -- --participants 1000000
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cliContext, type RequestContext } from '../src/auth/actor';
import { changeAgreementStatus, signAgreement } from '../src/agreements/agreement-status.service';
import { createAgreement } from '../src/agreements/agreements.service';
import { runBilling } from '../src/billing/billing-run.service';
import { ensureBranch } from '../src/branches/branch-directory.service';
import { createDb, type Db } from '../src/db/database';
import { stopQueue } from '../src/jobs/queue';
import { createTenant, createOpd } from '../src/tenants/tenants.service';
import { sql } from 'kysely';
import { startBenchDatabase } from './bench-database';

const { values } = parseArgs({ options: { participants: { type: 'string', default: '100000' }, regencies: { type: 'string', default: '20' } } });
const total = Number(values.participants);
const log = (m: string) => process.stderr.write(`${m}\n`);
const secondsSince = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;
const MONTH = '2026-01';


const dinas = (code: string): RequestContext => ({ actor: { ...cliContext().actor, role: 'dinas', tenantCode: code }, ip: 'bench' });

/** Regencies, OPDs, two active PKS per regency (PU + BPU group each), then persons, memberships, participations in SQL. */
async function generate(db: Db, regencies: string[]): Promise<void> {
  await ensureBranch(db, { code: 'KUPANG', name: 'BPJS Ketenagakerjaan Kupang', provinceCode: '53', serves: regencies });
  const perRegency = Math.ceil(total / regencies.length);
  for (const [i, code] of regencies.entries()) {
    await createTenant(db, cliContext(), code);
    const opd = await createOpd(db, cliContext(), code, { name: 'Sekretariat Daerah', kind: 'sekretariat' });
    for (const n of [1, 2]) {
      const a = await createAgreement(db, dinas(code), code, {
        kind: 'pks', number: `PKS/BENCH/${code}/${n}`, title: 'PKS bench', branchCode: 'KUPANG', periodStart: '2026-01-01', periodEnd: '2026-12-31',
        people: [{ role: 'signatory', side: 'regency', name: 'A', position: 'Kepala Dinas', institution: 'Dinas' }, { role: 'signatory', side: 'bpjs', name: 'B', position: 'Kepala Cabang', institution: 'BPJS' }],
        groups: [
          { name: 'non-ASN', scheme: 'pu', targetHeadcount: perRegency, wage: { kind: 'ump', provinceCode: '53', year: 2025 } },
          { name: 'rentan', scheme: 'bpu', targetHeadcount: perRegency, wage: { kind: 'declared', amount: 1_000_000 } },
        ],
      } as Parameters<typeof createAgreement>[3]);
      await signAgreement(db, dinas(code), code, a.id, { signedOn: '2025-12-15', signedPlace: 'Kupang' });
      await changeAgreementStatus(db, dinas(code), code, a.id, 'activate');
    }
    const count = Math.min(perRegency, total - i * perRegency);
    if (count <= 0) continue;
    const digits = code.replace('.', '');
    // one person and membership per participation; every 4th a rentan worker; spread over the 4 groups
    // setup, not measured: the registry's reference checks (statement triggers, foreign keys) are skipped by
    // replica mode inside this transaction; the data is consistent by construction
    await db.transaction().execute(async (tx) => generateRegency(tx, code, digits, count, opd.id));
    // fresh statistics, or the next regency's INSERT … SELECT plans its joins for empty tables
    await sql`ANALYZE person, membership, participation`.execute(db);
    log(`  ${code}: ${count} participations`);
  }
  await sql`ANALYZE`.execute(db);
}

async function generateRegency(db: Db, code: string, digits: string, count: number, opdId: number): Promise<void> {
  await sql`SET LOCAL session_replication_role = replica`.execute(db);
  // valid, distinct NIKs: the regency, district 01, a birth date that varies every 10,000 people, a serial
  await sql`INSERT INTO person (tenant_code, nik, name, name_key, name_initials, birth_date, sex)
    SELECT ${code}, ${digits} || '01' || lpad(((g / 10000) % 28 + 1)::text, 2, '0') || lpad(((g / 280000) % 12 + 1)::text, 2, '0') || '85' || lpad((g % 10000)::text, 4, '0'),
           'Peserta ' || g, 'peserta ' || g, 'p', '1985-01-01', 'L'
    FROM generate_series(1, ${count}::int) g`.execute(db);
  const village = (await sql<{ code: string }>`SELECT min(code) AS code FROM region WHERE level = 'village' AND code LIKE ${`${code}.%`}`.execute(db)).rows[0]!.code;
  await sql`INSERT INTO membership (tenant_code, person_id, worker_group, opd_id, wage, village_code, declared_income, started_on)
    SELECT tenant_code, id, CASE WHEN id % 4 = 0 THEN 'rentan' ELSE 'non-asn' END, CASE WHEN id % 4 = 0 THEN NULL ELSE ${opdId}::bigint END,
           CASE WHEN id % 4 = 0 THEN NULL ELSE 2328970 END, CASE WHEN id % 4 = 0 THEN ${village}::text END, CASE WHEN id % 4 = 0 THEN 1000000 END, '2026-01-01'
    FROM person WHERE tenant_code = ${code}`.execute(db);
  // statistics of the rows just written, or the join below is planned for an empty regency (nested loops)
  await sql`ANALYZE person, membership`.execute(db);
  await sql`INSERT INTO participation (tenant_code, person_id, membership_id, nik, worker_group, opd_id, village_code, agreement_id, group_id,
                                       programmes, status, starts_on, coverage_from, coverage_to, kpj)
    SELECT m.tenant_code, m.person_id, m.id, p.nik, m.worker_group, m.opd_id, m.village_code, g.agreement_id, g.id, ARRAY['JKK','JKM'], 'aktif',
           '2026-01-01', '2026-01-01', '2026-12-31', lpad(m.id::text, 11, '0')
    FROM membership m JOIN person p ON p.tenant_code = m.tenant_code AND p.id = m.person_id
    JOIN LATERAL (SELECT ag.agreement_id, ag.id FROM agreement_group ag WHERE ag.tenant_code = m.tenant_code
                  AND ag.scheme = CASE WHEN m.worker_group = 'rentan' THEN 'bpu' ELSE 'pu' END
                  ORDER BY ag.id OFFSET ((m.id / 4) % 2) LIMIT 1) g ON true
    WHERE m.tenant_code = ${code}`.execute(db);
}

/**
 * The floor: the run's lines again — the same rows, byte for byte — into a copy of bill_line (same columns,
 * indexes and checks), in one INSERT … SELECT with each bill's per-head terms precomputed (read from one
 * line of each bill before the clock starts). Checked afterwards to hold exactly the run's rows.
 */
async function bareInsert(db: Db): Promise<number> {
  await sql`DROP TABLE IF EXISTS bench_bare_line, bench_bare_head; CREATE TABLE bench_bare_line (LIKE bill_line INCLUDING ALL)`.execute(db);
  await sql`CREATE TABLE bench_bare_head AS
    SELECT l.tenant_code, l.bill_id, l.group_id, l.month, l.base, l.base_source, l.scheme, l.risk_class, l.funding, l.jkk, l.jkm, l.jht, l.amount, l.rule_ids
    FROM bill b CROSS JOIN LATERAL (SELECT * FROM bill_line l WHERE l.tenant_code = b.tenant_code AND l.bill_id = b.id LIMIT 1) l
    WHERE b.kind = 'regular' AND b.month = ${`${MONTH}-01`}::date`.execute(db);
  await sql`ANALYZE bench_bare_head`.execute(db);
  await sql`CHECKPOINT`.execute(db);
  const started = process.hrtime.bigint();
  await sql`INSERT INTO bench_bare_line (tenant_code, bill_id, participation_id, month, kind, group_id, base, base_source, scheme, risk_class, funding,
                                          jkk, jkm, jht, amount, rule_ids, worker_group, opd_id, village_code)
    SELECT h.tenant_code, h.bill_id, p.id, h.month, 'regular', h.group_id, h.base, h.base_source, h.scheme, h.risk_class, h.funding,
           h.jkk, h.jkm, h.jht, h.amount, h.rule_ids, p.worker_group, p.opd_id, p.village_code
    FROM participation p JOIN bench_bare_head h ON h.tenant_code = p.tenant_code AND h.group_id = p.group_id
    WHERE p.status IN ('aktif','berakhir') AND p.coverage_from <= '2026-01-31' AND p.coverage_to >= '2026-01-01'`.execute(db);
  const seconds = secondsSince(started);
  const check = (await sql<{ bare: string; run: string; missing: boolean }>`SELECT
    (SELECT count(*) FROM bench_bare_line) AS bare, (SELECT count(*) FROM bill_line WHERE month = ${`${MONTH}-01`}::date) AS run,
    EXISTS (SELECT * FROM bench_bare_line EXCEPT ALL SELECT * FROM bill_line WHERE month = ${`${MONTH}-01`}::date) AS missing`.execute(db)).rows[0]!;
  if (check.bare !== check.run || check.missing) throw new Error(`the floor did not write the run's rows: ${JSON.stringify(check)}`);
  await sql`DROP TABLE bench_bare_line, bench_bare_head`.execute(db);
  return seconds;
}

async function billEveryRegency(db: Db, regencies: string[]): Promise<{ seconds: number; created: number; lines: number }> {
  await sql`CHECKPOINT`.execute(db);
  const started = process.hrtime.bigint();
  let created = 0;
  let lines = 0;
  for (const code of regencies) {
    const r = await runBilling(db, dinas(code), code, { month: MONTH });
    created += r.created;
    lines += r.bills.reduce((n, b) => n + b.participants, 0);
  }
  return { seconds: secondsSince(started), created, lines };
}

const database = await startBenchDatabase({ firstPort: 57432 });
try {
  execFileSync(process.execPath, [path.join(import.meta.dirname, '../bin/lindung.mjs'), 'db', 'migrate', '--json'], { env: { ...process.env, DATABASE_URL: database.url }, stdio: 'ignore' });
  const db = createDb(database.url, 4);
  const all = (await sql<{ code: string }>`SELECT code FROM region WHERE parent_code = '53' ORDER BY code`.execute(db)).rows.map((r) => r.code);
  const regencies = all.slice(0, Number(values.regencies));
  log(`generating ${total} participations over ${regencies.length} regencies…`);
  const genStart = process.hrtime.bigint();
  await generate(db, regencies);
  log(`generated in ${secondsSince(genStart).toFixed(1)} s`);
  await sql`SELECT count(*) FROM participation`.execute(db); // warm the cache for both measurements alike
  // the run first (it creates the bills the bare insert joins for its bill ids), then the floor, then the rerun
  const first = await billEveryRegency(db, regencies);
  log(`billing run: ${first.created} bills, ${first.lines} lines in ${first.seconds.toFixed(2)} s`);
  const bareSeconds = await bareInsert(db);
  log(`bare INSERT … SELECT: ${bareSeconds.toFixed(2)} s`);
  const rerun = await billEveryRegency(db, regencies);
  log(`rerun: ${rerun.created} bills created in ${rerun.seconds.toFixed(2)} s`);
  await stopQueue(db);
  await db.destroy();
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({
    participants: first.lines, seconds: Number(first.seconds.toFixed(2)), bareSeconds: Number(bareSeconds.toFixed(2)),
    ratio: Number((first.seconds / bareSeconds).toFixed(2)), rerunSeconds: Number(rerun.seconds.toFixed(2)), peakRssMb,
  })}\n`);
} finally {
  await database.stop();
}
