/**
 * Reports benchmark (issue #14): on a throw-away embedded PostgreSQL (or BENCH_DATABASE_URL)
 *   1. generates N participations over every regency and city in SQL (bench/reports-generate.ts) and builds
 *      the roll-up once (the server does this at first start and when the day moves on);
 *   2. times every dashboard panel warm (a few runs first, then 30), through the same services the API calls;
 *   3. freshness: ends 100 participations of one regency and runs the server's refresh schedule until the
 *      regency's figure shows it — seconds from the change to the dashboard;
 * and prints one JSON line {participants, regencies, generateSeconds, panels:{NAME: p95 ms}, maxP95Ms, freshnessSeconds}.
 *
 *   npm run bench:reports -- --participants 10000000
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { cliContext } from '../src/auth/actor';
import { seedReferenceData } from '../src/bootstrap/reference-data';
import { systemClock, todayIn } from '../src/clock/clock';
import { createDb } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { REPORT_REFRESH_EVERY_MS } from '../src/reports/report-refresh.schedule';
import { refreshReports } from '../src/reports/report-refresh.service';
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

    // freshness: a change in one regency, then the server's schedule (every REPORT_REFRESH_EVERY_MS) until it shows
    const regency = '35.15'; // Kabupaten Sidoarjo
    const before = await activeToday(db, regency);
    const changedAt = performance.now();
    await sql`UPDATE participation SET status = 'berakhir', end_reason = 'berhenti', ended_on = CURRENT_DATE - 1, coverage_to = CURRENT_DATE - 1, updated_at = now()
              WHERE tenant_code = ${regency} AND id IN (SELECT id FROM participation WHERE tenant_code = ${regency} AND status = 'aktif' AND coverage_to >= CURRENT_DATE AND coverage_from < CURRENT_DATE - 1 LIMIT 100)`.execute(db);
    // the change lands at a random moment of the schedule's interval: on average half an interval before the next tick
    let freshnessSeconds = 0;
    for (let tick = 0; tick < 10; tick++) {
      await new Promise((r) => setTimeout(r, tick === 0 ? REPORT_REFRESH_EVERY_MS / 2 : REPORT_REFRESH_EVERY_MS));
      await refreshReports(db, systemClock);
      if ((await activeToday(db, regency)) === before - 100) { freshnessSeconds = Math.round(since(changedAt) * 10) / 10; break; }
    }
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
 * (after a read-model change: the migrations have run, the roll-up is rebuilt in full) without generating
 * again; generateSeconds is the generating run's.
 */
async function generatedBefore(db: ReturnType<typeof createDb>, n: number): Promise<number | null> {
  const exists = await sql<{ t: string | null }>`SELECT to_regclass('bench_reports_run')::text AS t`.execute(db);
  if (!exists.rows[0]!.t) return null;
  const r = await sql<{ s: number }>`SELECT generate_seconds AS s FROM bench_reports_run WHERE participants = ${n}`.execute(db);
  if (!r.rows[0]) return null;
  const t1 = performance.now();
  const built = await refreshReports(db, systemClock, { all: true });
  log(`reusing the generated data (${r.rows[0].s} s to generate); roll-up of ${built.tenants} regencies rebuilt in ${since(t1).toFixed(1)} s`);
  return r.rows[0].s;
}

async function activeToday(db: ReturnType<typeof createDb>, regency: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT coalesce(sum(active), 0)::int AS n FROM report_active WHERE tenant_code = ${regency} AND month = date_trunc('month', CURRENT_DATE)`.execute(db);
  return r.rows[0]!.n;
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
