/**
 * `lindung reports export --report coverage|budget|claims|monthly --region CODE [--year YYYY] [--month YYYY-MM]
 * --format pdf|xlsx --out FILE`: a report written to a file through the same service as the API
 * (src/reports/report-export.service.ts), atomically — a temporary file beside FILE, then a rename — so a
 * failed or interrupted export never leaves half a document where a previous one was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { systemClock } from '../../clock/clock';
import { DomainError } from '../../domain/errors';
import { checkExportQuery, exportReport } from '../../reports/report-export.service';
import { refreshReports } from '../../reports/report-refresh.service';
import { printResult, run } from '../output';
import { withSystem } from '../system';

interface ExportOpts { report: string; region?: string; year?: string; month?: string; format: string; out: string; json?: boolean }

function writeAtomically(file: string, content: Buffer) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content, { mode: 0o644 });
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true });
    throw new DomainError('REPORT_OUT', 'invalid', { field: 'out', path: file });
  }
}

export function registerReportExportCommand(reports: Command, yearOption: (v: string | undefined) => number | undefined) {
  reports.command('export').description('a report as PDF or XLSX: coverage, budget or claims of the nation, a province or a regency; the monthly report to the Bupati of a regency')
    .requiredOption('--report <kind>', 'coverage | budget | claims | monthly').option('--region <code>', 'ID or none = the nation, NN = a province, NN.NN = a regency/city')
    .option('--year <yyyy>', 'year (default: this year)').option('--month <yyyy-mm>', 'month of the monthly report (default: December of --year, or this month)')
    .requiredOption('--format <format>', 'pdf | xlsx').requiredOption('--out <file>', 'file to write').option('--json', 'JSON output')
    .action((opts: ExportOpts) => run(opts, async () => {
      const out = path.resolve(opts.out);
      if (!fs.existsSync(path.dirname(out))) throw new DomainError('REPORT_OUT', 'invalid', { field: 'out', path: out });
      const query = { report: opts.report, format: opts.format, region: opts.region ?? null, year: yearOption(opts.year), month: opts.month };
      checkExportQuery(query); // a typo is answered at once, before the database starts
      const file = await withSystem(async (db, ctx) => {
        await refreshReports(db, systemClock);
        return exportReport(db, ctx, query);
      });
      writeAtomically(out, file.content);
      const { report, region, level, format, rows } = file;
      printResult(opts, { report, region, level, format, out, bytes: file.content.length, rows },
        (r: { out: string; bytes: number; rows: number }) => `${r.out} (${r.bytes} bytes, ${r.rows} rows)`);
    }));
}
