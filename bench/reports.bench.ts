/**
 * Reports benchmark (issue #14 §5): on a throw-away embedded PostgreSQL (or BENCH_DATABASE_URL)
 *   1. generates N participations over every regency and city in SQL, with each PKS's 12 months of bills, its
 *      SP2D payments (some short, some overdue) and ~3 claims per 1,000 participants (bench/reports-generate*.ts),
 *      and builds the roll-ups once (the server does this at first start and when the day moves on);
 *   2. times every report endpoint the web uses, warm (3 runs first, then 30; p95), through the same service
 *      its API route calls (bench/reports-panels.ts), as the installation admin — nation, province, regency;
 *   3. freshness: a payment, a paid claim and an ended participation in one regency, then the server's refresh
 *      schedule until the province and national views show all three (bench/reports-freshness.ts);
 * and prints one JSON line {participants, regencies, generateSeconds, panels:{NAME: p95 ms}, maxP95Ms, freshnessSeconds}.
 *
 *   npm run bench:reports -- --participants 10000000
 *   BENCH_DATABASE_URL=… npm run bench:reports -- --participants 10000000 --reuse   (time again on kept data)
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { cliContext } from '../src/auth/actor';
import { seedReferenceData } from '../src/bootstrap/reference-data';
import { systemClock, todayIn } from '../src/clock/clock';
import { createDb } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { refreshReports } from '../src/reports/report-refresh.service';
import { measureFreshness } from './reports-freshness';
import { benchPanels } from './reports-panels';
import { generate } from './reports-generate';
import { startBenchDatabase } from './bench-database';

const { values } = parseArgs({ options: { participants: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '30' }, reuse: { type: 'boolean', default: false } } });
const participants = Number(values.participants);
const log = (m: string) => process.stderr.write(`${m}\n`);
const since = (t: number) => (performance.now() - t) / 1000;


const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;

async function main() {
  const database = await startBenchDatabase({ firstPort: 57432, prefix: 'lindung-bench-reports-', postgresFlags: ['-c', 'shared_buffers=512MB', '-c', 'max_wal_size=4GB'] });
  const db = createDb(database.url, 4);
  try {
    await migrateToLatest(db);
    await seedReferenceData(db);
    const year = Number(todayIn(systemClock, '31').slice(0, 4));
    const generateSeconds = (values.reuse ? await generatedBefore(db, participants) : null) ?? await generateAll(db, database.url, year);
    const regencies = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM tenant`.execute(db)).rows[0]!.n;
    const panels: Record<string, number> = {};
    for (const [name, panel] of Object.entries(benchPanels(db, cliContext(), year))) {
      for (let i = 0; i < 3; i++) await panel();
      const times: number[] = [];
      for (let i = 0; i < Number(values.runs); i++) {
        const t = performance.now();
        await panel();
        times.push(performance.now() - t);
      }
      panels[name] = Math.round(p95(times) * 10) / 10;
      log(`${name}: p95 ${panels[name]} ms`);
    }

    const freshnessSeconds = await measureFreshness(db, year, log);
    const maxP95Ms = Math.max(...Object.values(panels));
    process.stdout.write(`${JSON.stringify({ participants, regencies, generateSeconds, panels, maxP95Ms, freshnessSeconds })}\n`);
  } finally {
    await db.destroy();
    await database.stop();
  }
}

/** Generates the data and builds the roll-up once; remembers how long it took for a later `--reuse` run. */
async function generateAll(db: ReturnType<typeof createDb>, url: string, year: number): Promise<number> {
  const t0 = performance.now();
  const generated = await generate(url, participants, year, todayIn(systemClock, '31'), log);
  log(`${generated.bills} bills, ${generated.payments} payments, ${generated.claims} claims; load ${since(t0).toFixed(1)} s`);
  const t1 = performance.now();
  const built = await refreshReports(db, systemClock, { all: true });
  log(`roll-up of ${built.tenants} regencies (${built.rows} rows) ${since(t1).toFixed(1)} s`);
  const seconds = Math.round(since(t0) * 10) / 10;
  await sql`CREATE TABLE IF NOT EXISTS bench_reports_run (participants bigint PRIMARY KEY, generate_seconds float8 NOT NULL, at timestamptz NOT NULL DEFAULT now())`.execute(db);
  await sql`INSERT INTO bench_reports_run (participants, generate_seconds) VALUES (${participants}, ${seconds})
            ON CONFLICT (participants) DO UPDATE SET generate_seconds = excluded.generate_seconds, at = now()`.execute(db);
  return seconds;
}

/**
 * `--reuse` on a kept database (BENCH_DATABASE_URL) that already holds this size: times the panels again
 * (after a read-model change: the migrations have run, the refresh builds what is new) without generating
 * again; generateSeconds is the generating run's.
 */
async function generatedBefore(db: ReturnType<typeof createDb>, n: number): Promise<number | null> {
  const exists = await sql<{ t: string | null }>`SELECT to_regclass('bench_reports_run')::text AS t`.execute(db);
  if (!exists.rows[0]!.t) return null;
  const r = await sql<{ s: number }>`SELECT generate_seconds AS s FROM bench_reports_run WHERE participants = ${n}`.execute(db);
  if (!r.rows[0]) return null;
  const t1 = performance.now();
  const built = await refreshReports(db, systemClock);
  log(`reusing the generated data (${r.rows[0].s} s to generate); refresh of ${built.tenants} regencies (what a new read model or the day needs) ${since(t1).toFixed(1)} s`);
  return r.rows[0].s;
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
