/**
 * `lindung enrolment enrol|export|answer`: assigning registry members to a PKS's groups within quota,
 * the registration batch for BPJS in its template's layout, and BPJS's answer — as the tenant's Dinas,
 * through the enrolment services, audit-logged as "cli". JSON keys are a contract (issue #11 §7).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../../domain/errors';
import { answerErrorSheet, importAnswer } from '../../enrolment/enrolment-answer.service';
import { enrol } from '../../enrolment/enrolment-assign.service';
import { createRegistrationBatch, exportBatch } from '../../enrolment/enrolment-exchange.service';
import { printResult, run } from '../output';
import { withSystem } from '../system';
import { dinasOf, optionalDate, positiveInt, todayIso } from './enrolment-cli';

interface EnrolOpts { json?: boolean; tenant: string; agreement: string; group?: string; from?: string }
interface ExportOpts { json?: boolean; tenant: string; agreement: string; out: string }
interface AnswerOpts { json?: boolean; tenant: string; errorsFile?: string }

export function registerEnrolmentCommands(program: Command) {
  const enrolment = program.command('enrolment').description('enrolment with BPJS Ketenagakerjaan: enrol, export, answer');

  enrolment.command('enrol').description("enrol the registry's eligible members into a PKS's groups up to the free quota (the rest wait)")
    .requiredOption('--tenant <code>').requiredOption('--agreement <id>', 'PKS id').option('--group <id>', 'one group of the PKS')
    .option('--from <date>', 'coverage asked from (YYYY-MM-DD; default today within the PKS period)').option('--json', 'JSON output')
    .action((opts: EnrolOpts) => run(opts, async () => {
      const req = { agreementId: positiveInt(opts.agreement, 'agreement')!, groupId: positiveInt(opts.group, 'group'), from: optionalDate(opts.from, 'from') };
      const r = await withSystem((db) => enrol(db, dinasOf(opts.tenant), opts.tenant, req, todayIso(opts.tenant)));
      const out = { enrolled: r.enrolled, waitlisted: r.waitlisted, groups: r.groups.map((g) => ({ groupId: g.groupId, quota: g.quota, active: g.active, free: g.free })) };
      printResult(opts, out, (o: typeof out) => `${o.enrolled} didaftarkan (calon), ${o.waitlisted} menunggu\n${o.groups.map((g) => `  kelompok ${g.groupId}: kuota ${g.quota}, terisi ${g.active}, sisa ${g.free}`).join('\n')}`);
    }));

  enrolment.command('export').description('submit every calon of a PKS in a registration batch and write it in the BPJS template (XLSX or CSV)')
    .requiredOption('--tenant <code>').requiredOption('--agreement <id>', 'PKS id').requiredOption('--out <file>', 'FILE.xlsx or FILE.csv')
    .option('--json', 'JSON output')
    .action((opts: ExportOpts) => run(opts, async () => {
      const format = path.extname(opts.out).toLowerCase().slice(1);
      if (format !== 'xlsx' && format !== 'csv') throw new DomainError('VALIDATION', 'invalid', { field: 'out' });
      const agreementId = positiveInt(opts.agreement, 'agreement')!;
      const file = await withSystem(async (db) => {
        const ctx = dinasOf(opts.tenant);
        const batch = await createRegistrationBatch(db, ctx, opts.tenant, agreementId);
        return exportBatch(db, ctx, opts.tenant, batch.id, format, todayIso(opts.tenant));
      });
      const out = path.resolve(opts.out);
      fs.writeFileSync(out, file.body);
      const result = { batchId: file.batchId, participants: file.participants, file: out, template: file.template };
      printResult(opts, result, (r: typeof result) => `batch ${r.batchId}: ${r.participants} peserta diajukan → ${r.file} (${r.template})`);
    }));

  enrolment.command('answer <file>').description("import BPJS's answer (KPJ numbers or refusals); unusable rows go to an error sheet")
    .requiredOption('--tenant <code>').option('--errors-file <file>', 'where to write the error sheet (default: beside the file)')
    .option('--json', 'JSON output')
    .action((file: string, opts: AnswerOpts) => run(opts, async () => {
      if (!fs.existsSync(file)) throw new DomainError('IMPORT_FILE_REQUIRED', 'invalid', { field: 'file' });
      const errorsFile = path.resolve(opts.errorsFile ?? path.join(path.dirname(file), `${path.basename(file).replace(/\.[^.]+$/, '')}-tidak-diterapkan.xlsx`));
      const result = await withSystem(async (db) => {
        const ctx = dinasOf(opts.tenant);
        const r = await importAnswer(db, ctx, opts.tenant, { path: file, name: path.basename(file) });
        const bad = r.unmatched + r.invalid + r.duplicates;
        if (bad > 0) fs.writeFileSync(errorsFile, (await answerErrorSheet(db, ctx, opts.tenant, r.answerId)).body);
        return { rows: r.rows, activated: r.activated, refused: r.refused, unmatched: r.unmatched, invalid: r.invalid, duplicates: r.duplicates, errorsFile: bad > 0 ? errorsFile : null };
      });
      printResult(opts, result, (r: typeof result) =>
        `${r.rows} baris: ${r.activated} aktif, ${r.refused} ditolak BPJS, ${r.unmatched} tidak cocok, ${r.invalid} tidak valid, ${r.duplicates} duplikat${r.errorsFile ? `\nlembar kesalahan: ${r.errorsFile}` : ''}`);
    }));
}
