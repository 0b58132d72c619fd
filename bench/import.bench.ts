/**
 * Import benchmark (issue #5). On a throw-away embedded PostgreSQL (default settings, fsync on) or
 * BENCH_DATABASE_URL, in one run:
 *   1. generates N realistic rows with 2% injected near-duplicates (bench/generate-workers.ts, in a child
 *      process so its memory is not counted);
 *   2. baseline: raw COPY of the same CSV into a bare table (every column text) with one unique btree
 *      index on the NIK (plus the row number, since the file holds exact duplicates);
 *   3. the full import: parse + validate + stage + dedup + approve into the registry;
 *   4. (stderr only) the registry's floor: the registered rows COPYed again into copies of person and
 *      membership with the same indexes — what writing the registry costs before any import work;
 * and prints one JSON line: rows, seconds, rowsPerSecond, copySeconds, ratio, peakRssMb, dedupRecall,
 * dedupPrecision (against the generator's ground truth).
 *
 *   node --import tsx bench/import.bench.ts --rows 1000000
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { cliContext, type RequestContext } from '../src/auth/actor';
import { createDb } from '../src/db/database';
import { approveBatch, importFile } from '../src/imports/imports.service';
import { stopQueue } from '../src/jobs/queue';
import type { Truth } from './generate-workers';
import { startBenchDatabase } from './bench-database';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, seed: { type: 'string', default: '7' }, keep: { type: 'boolean', default: false } } });
const rows = Number(values.rows);
const log = (m: string) => process.stderr.write(`${m}\n`);
const secondsSince = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;


async function copyBaseline(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS bench_bare;
      CREATE TABLE bench_bare (no text, nik text, nama text, tempat_lahir text, tgl_lahir text, jk text, unit_kerja text, jabatan text, gaji text, hp text);
      CREATE UNIQUE INDEX bench_bare_nik ON bench_bare (nik, no);`);
    const started = process.hrtime.bigint();
    await pipeline(fs.createReadStream(file), client.query(copyFrom("COPY bench_bare FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')")));
    const seconds = secondsSince(started);
    await client.query('DROP TABLE bench_bare');
    return seconds;
  } finally {
    await client.end();
  }
}

/**
 * The registry's own floor: the rows the import registered, written again by a bare COPY (no parsing,
 * validation, staging or checks) into copies of person and membership with the same indexes. No import
 * can write the registry faster than this; printed beside the ratio so the two can be told apart.
 */
async function registryCopyFloor(url: string, tenantCode: string, dir: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ['person', 'membership'] as const;
    for (const t of tables) {
      await pipeline(client.query(copyTo(`COPY (SELECT * FROM ${t} WHERE tenant_code = '${tenantCode}') TO STDOUT`)), fs.createWriteStream(path.join(dir, `${t}.copy`)));
      await client.query(`DROP TABLE IF EXISTS bench_floor_${t}; CREATE TABLE bench_floor_${t} (LIKE ${t} INCLUDING ALL)`);
    }
    await client.query('CHECKPOINT');
    const started = process.hrtime.bigint();
    // COPY writes identity columns as given (like OVERRIDING SYSTEM VALUE)
    for (const t of tables) await pipeline(fs.createReadStream(path.join(dir, `${t}.copy`)), client.query(copyFrom(`COPY bench_floor_${t} FROM STDIN`)));
    const seconds = secondsSince(started);
    await client.query('DROP TABLE bench_floor_person, bench_floor_membership');
    return seconds;
  } finally {
    await client.end();
  }
}

/** Pairs the import linked (exact in-file duplicates + fuzzy candidates), scored against the truth clusters. */
async function dedupQuality(db: ReturnType<typeof createDb>, batchId: number, truth: Truth) {
  const clusterOf = new Map<number, number>();
  truth.clusters.forEach((c, i) => c.forEach((row) => clusterOf.set(row, i)));
  const exact = await db.selectFrom('import_row').select(['row_no', 'reasons']).where('batch_id', '=', batchId).where('status', '=', 'duplicate').execute();
  const fuzzy = await db.selectFrom('import_match').select(['row_no', 'other_row_no']).where('batch_id', '=', batchId).where('other_row_no', 'is not', null).execute();
  const pairs = [
    ...exact.flatMap((r) => (r.reasons?.[0]?.code === 'DUP_IN_FILE' ? [[r.row_no, Number(r.reasons[0].params?.row)]] : [])),
    ...fuzzy.map((m) => [m.row_no, m.other_row_no!]),
  ];
  const truePairs = pairs.filter(([a, b]) => clusterOf.has(a!) && clusterOf.get(a!) === clusterOf.get(b!));
  if (process.env.BENCH_EXPLAIN) {
    const all = await db.selectFrom('import_match as m').innerJoin('import_row as a', (j) => j.onRef('a.batch_id', '=', 'm.batch_id').onRef('a.row_no', '=', 'm.row_no'))
      .innerJoin('import_row as b', (j) => j.onRef('b.batch_id', '=', 'm.batch_id').onRef('b.row_no', '=', 'm.other_row_no'))
      .select(['m.row_no', 'm.other_row_no', 'm.score', 'm.signals', 'a.nik as an', 'b.nik as bn', 'a.name as aname', 'b.name as bname']).where('m.batch_id', '=', batchId).execute();
    const hamming = (x: string, y: string) => [...x].filter((c, i) => c !== y[i]).length;
    const buckets = new Map<string, [number, number]>();
    for (const m of all) {
      const ok = clusterOf.has(m.row_no) && clusterOf.get(m.row_no) === clusterOf.get(m.other_row_no!);
      const key = `${m.signals.join('+')} sim${Math.floor(m.score * 10) / 10} nikd${Math.min(hamming(m.an!, m.bn!), 3)}`;
      const v = buckets.get(key) ?? [0, 0];
      v[ok ? 0 : 1]++;
      buckets.set(key, v);
      if (!ok && Math.random() < 0.002) log(`  FP ${m.aname} | ${m.bname} ${m.score.toFixed(2)} ${m.signals}`);
    }
    for (const [k, [t, f]] of [...buckets].sort()) log(`  ${k}: true ${t} false ${f}`);
  }
  const linked = new Set(truePairs.flat());
  const duplicates = truth.clusters.flatMap((c) => c.slice(1));
  return {
    recall: duplicates.filter((row) => linked.has(row)).length / Math.max(duplicates.length, 1),
    precision: truePairs.length / Math.max(pairs.length, 1),
    detail: { pairs: pairs.length, truePairs: truePairs.length, injected: duplicates.length },
  };
}

const database = await startBenchDatabase({ firstPort: 56432 });
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-bench-'));
const file = path.join(outDir, `workers-${rows}.csv`);
try {
  // schema, reference regions and the Nagekeo demo through the CLI, in child processes: loading 83,000
  // villages is setup, and must not count in this process's peak memory
  const env = { ...process.env, DATABASE_URL: database.url };
  for (const args of [['db', 'migrate'], ['demo', 'seed']]) execFileSync(process.execPath, [path.join(import.meta.dirname, '../bin/lindung.mjs'), ...args, '--json'], { env, stdio: 'ignore' });
  const db = createDb(database.url, 4);
  log(`generating ${rows} rows…`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'generate-workers.ts'), '--rows', String(rows), '--out', file, '--seed', values.seed!], { stdio: ['ignore', 'ignore', 'inherit'] });
  const truth = JSON.parse(fs.readFileSync(`${file}.truth.json`, 'utf8')) as Truth;
  log(`file ${(fs.statSync(file).size / 1e6).toFixed(0)} MB; COPY baseline…`);
  const copySeconds = await copyBaseline(database.url, file);
  log(`COPY ${copySeconds.toFixed(1)} s; full import…`);
  const operator: RequestContext = { actor: { ...cliContext().actor, role: 'dinas', tenantCode: '53.16' }, ip: 'bench' };
  const started = process.hrtime.bigint();
  let lastLog = 0;
  let phase: string | null = null;
  const { summary } = await importFile(db, operator, { tenantCode: '53.16', group: 'non-asn', filePath: file, fileName: path.basename(file), on: '2025-06-30' }, (p) => {
    if (p.phase !== phase) { phase = p.phase; log(`  ${secondsSince(started).toFixed(1)} s: ${phase}`); }
    if (Date.now() - lastLog > 5_000) { lastLog = Date.now(); log(`  ${p.phase} ${p.percent}% ${p.processed} rows ${p.rowsPerSecond ?? 0} rows/s eta ${p.etaSeconds ?? '?'} s`); }
  });
  const stagedSeconds = secondsSince(started);
  await approveBatch(db, operator, '53.16', summary.batchId!);
  const seconds = secondsSince(started);
  log(`staged in ${stagedSeconds.toFixed(1)} s, approved in ${(seconds - stagedSeconds).toFixed(1)} s: ${JSON.stringify(summary)}`);
  const quality = await dedupQuality(db, summary.batchId!, truth);
  log(`dedup ${JSON.stringify(quality.detail)}`);
  const floorSeconds = await registryCopyFloor(database.url, '53.16', outDir);
  log(`registry floor: a bare COPY of the registered rows into person + membership (same indexes) takes ${floorSeconds.toFixed(1)} s `
    + `= ${(floorSeconds / copySeconds).toFixed(2)}× the COPY baseline; the import takes ${(seconds / floorSeconds).toFixed(2)}× that floor`);
  await stopQueue(db); // the approval ran on this process's job queue
  await db.destroy();
  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  process.stdout.write(`${JSON.stringify({
    rows, seconds: round(seconds, 1), rowsPerSecond: Math.round(rows / seconds), copySeconds: round(copySeconds, 1), ratio: round(seconds / copySeconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), dedupRecall: round(quality.recall, 3), dedupPrecision: round(quality.precision, 3),
  })}\n`);
} finally {
  if (!values.keep) fs.rmSync(outDir, { recursive: true, force: true });
  await database.stop();
}
