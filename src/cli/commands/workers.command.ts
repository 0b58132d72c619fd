/**
 * `lindung workers import|approve|search`: the worker registry from the server's console. The console
 * operator acts as the Dinas of the tenant named by --tenant (or of the batch's tenant), through the same
 * services as the web app; every action is audit-logged as "cli". Progress (import and approval are both
 * jobs) goes to stderr as a bar; --json prints exactly one JSON document on stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { RequestContext } from '../../auth/actor';
import { cliContext } from '../../auth/actor';
import { DomainError } from '../../domain/errors';
import { openErrorSheet, writeErrorSheetInTx } from '../../imports/import-review.service';
import { approveBatch, findBatchTenant, importFile, type ApprovalPhase } from '../../imports/imports.service';
import { searchWorkers } from '../../workers/workers.service';
import { log, printResult, run } from '../output';
import { withSystem } from '../system';

/** The console operator, acting as the Dinas of one tenant. */
const dinasOf = (tenantCode: string): RequestContext => ({ actor: { ...cliContext().actor, role: 'dinas', tenantCode }, ip: 'cli' });

const assertGroup = (group: string) => {
  if (group !== 'non-asn' && group !== 'rentan') throw new DomainError('VALIDATION', 'invalid', { field: 'group' });
  return group;
};

interface ImportOpts { json?: boolean; tenant: string; group: string; dryRun?: boolean; sheet?: string; opd?: string; errorsFile?: string }

type JobView = { percent: number; processed: number; rowsPerSecond: number | null; etaSeconds: number | null; phase: string | null };

/** A job's progress on stderr (a terminal only): rows, rate and time left for an import; phases for an approval. */
function progressBar(format: string, first: string, words: Record<string, string> = {}) {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar({ stream: process.stderr, hideCursor: true, format }, cliProgress.Presets.shades_classic);
  bar.start(100, 0, { processed: 0, rate: 0, eta_s: '?', phase: first });
  return {
    update: (v: JobView) =>
      bar.update(v.percent, { processed: v.processed, rate: v.rowsPerSecond ?? 0, eta_s: v.etaSeconds ?? '?', phase: (v.phase && words[v.phase]) ?? v.phase ?? '' }),
    stop: () => bar.stop(),
  };
}

const importBar = (json: boolean | undefined) =>
  progressBar(`${json ? '' : 'impor '}[{bar}] {percentage}% | {processed} baris | {rate} baris/dtk | sisa {eta_s} dtk | {phase}`, 'membaca');

// one INSERT … SELECT registers the whole batch, so an approval can only tell which phase it is in
const APPROVAL_WORDS: Record<ApprovalPhase, string> = {
  waiting: 'menunggu giliran', duplicates: 'memeriksa NIK yang baru terdaftar',
  registering: 'mendaftarkan pekerja', recording: 'mencatat keputusan', done: 'selesai',
};
const approvalBar = () => progressBar('setujui [{bar}] {percentage}% | {phase}', APPROVAL_WORDS.waiting, APPROVAL_WORDS);

async function runImport(file: string, opts: ImportOpts) {
  const group = assertGroup(opts.group);
  if (!fs.existsSync(file)) throw new DomainError('IMPORT_FILE_REQUIRED', 'invalid', { field: 'file' });
  const errorsFile = path.resolve(opts.errorsFile ?? path.join(path.dirname(file), `${path.basename(file).replace(/\.[^.]+$/, '')}-ditolak.xlsx`));
  const bar = importBar(opts.json);
  const result = await withSystem(async (db) => {
    const ctx = dinasOf(opts.tenant);
    let written = 0;
    const outcome = await importFile(db, ctx, {
      tenantCode: opts.tenant, group, filePath: path.resolve(file), fileName: path.basename(file), sheet: opts.sheet,
      opdId: opts.opd ? Number(opts.opd) : null, dryRun: !!opts.dryRun,
      writeErrors: async (tx, batchId) => { written = await writeErrorSheetInTx(tx, opts.tenant, batchId, fs.createWriteStream(errorsFile)); },
    }, bar.update);
    bar.stop();
    if (outcome.reused && outcome.summary.errorsFile && outcome.summary.batchId) {
      const sheet = await openErrorSheet(db, ctx, opts.tenant, outcome.summary.batchId);
      written = await sheet.write(fs.createWriteStream(errorsFile));
    }
    if (written === 0) fs.rmSync(errorsFile, { force: true });
    if (outcome.reused) log(`file already imported as batch ${outcome.summary.batchId}: nothing changed`);
    return { ...outcome.summary, errorsFile: written > 0 ? errorsFile : null };
  });
  printResult(opts, result, (r: typeof result) => [
    `${opts.dryRun ? 'uji coba (dry run), tidak disimpan' : `batch ${r.batchId}`}: ${r.rows} baris — diterima ${r.accepted}, ditolak ${r.rejected}, ` +
      `ganda dalam berkas ${r.duplicates.inFile}, ganda di registri ${r.duplicates.inRegistry}, mirip (ditinjau) ${r.duplicates.fuzzy}, peringatan ${r.warnings}`,
    r.errorsFile ? `lembar alasan penolakan: ${r.errorsFile}` : 'tidak ada baris yang ditolak',
  ].join('\n'));
}

export function registerWorkersCommands(program: Command) {
  const workers = program.command('workers').description('worker registry: import, approve, search');

  workers.command('import <file>').description('stage a CSV/XLSX of workers as a batch (approve it to register)')
    .requiredOption('--tenant <code>', 'regency code, e.g. 53.16').requiredOption('--group <group>', 'non-asn | rentan')
    .option('--dry-run', 'validate and report, store nothing').option('--sheet <name>', 'XLSX sheet (default: the first with a header)')
    .option('--opd <id>', 'non-ASN: the OPD of rows that name none').option('--errors-file <path>', 'where to write the error sheet (XLSX)')
    .option('--json', 'JSON output')
    .action((file: string, opts: ImportOpts) => run(opts, () => runImport(file, opts)));

  workers.command('approve <batchId>').description('approve a staged batch into the registry (all-or-nothing)').option('--json', 'JSON output')
    .action((batchId: string, opts: { json?: boolean }) => run(opts, async () => {
      const id = Number(batchId);
      if (!Number.isSafeInteger(id)) throw new DomainError('VALIDATION', 'invalid', { field: 'batchId' });
      // --json prints only the one document; a person at a terminal watches the phases on stderr, once a
      // job runs (an approved batch answers at once, without one)
      let bar: ReturnType<typeof approvalBar> | undefined;
      const onProgress = opts.json ? undefined : (v: JobView) => (bar ??= approvalBar()).update(v);
      const result = await withSystem(async (db) => {
        const tenant = await findBatchTenant(db, id);
        if (!tenant) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'import_batch', id });
        return approveBatch(db, dinasOf(tenant), tenant, id, onProgress);
      }).finally(() => bar?.stop());
      printResult(opts, result, (r: typeof result) =>
        `batch ${r.batchId} ${r.alreadyApproved ? 'sudah disetujui sebelumnya' : 'disetujui'}: ${r.registered?.persons ?? 0} orang baru, ${r.registered?.memberships ?? 0} keanggotaan, ${r.registered?.reviews ?? 0} untuk ditinjau`);
    }));

  workers.command('search').description('search the registry by NIK or name').requiredOption('--tenant <code>').requiredOption('--q <text>', 'NIK or name')
    .option('--group <group>', 'non-asn | rentan').option('--limit <n>', 'at most n results', '20').option('--reveal-nik', 'show full NIKs (audit-logged)')
    .option('--json', 'JSON output')
    .action((opts: { json?: boolean; tenant: string; q: string; group?: string; limit: string; revealNik?: boolean }) => run(opts, async () => {
      const result = await withSystem((db) => searchWorkers(db, dinasOf(opts.tenant), opts.tenant, {
        q: opts.q, group: opts.group ? assertGroup(opts.group) : undefined, limit: Math.min(Number(opts.limit) || 20, 200), offset: 0, revealNik: !!opts.revealNik,
      }));
      printResult(opts, result, (r: typeof result) => [`${r.total} ditemukan`, ...r.items.map((p) =>
        `  #${p.id} ${p.nik} ${p.name} (${p.birthDate}, ${p.sex}) ${p.memberships.map((m) => `${m.group}${m.opdName ? `: ${m.opdName}` : m.villageName ? `: ${m.villageName}` : ''}`).join('; ')}`)].join('\n'));
    }));
}
