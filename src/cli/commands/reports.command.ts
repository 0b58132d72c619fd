/**
 * `lindung reports coverage|budget|export` and `lindung reference import`: the reports and the UCJ reference data from
 * the server's console, through the same services as the API. A report first brings the roll-up up to
 * date (the CLI may run while no server does), so it answers what the data says now.
 */
import type { Command } from 'commander';
import { systemClock } from '../../clock/clock';
import { DomainError } from '../../domain/errors';
import { budgetReport } from '../../reports/budget.service';
import { coverageReport, type CoverageReport } from '../../reports/coverage.service';
import { importReference, type ReferenceImportResult } from '../../reports/reference.service';
import { refreshReports } from '../../reports/report-refresh.service';
import { cliLang, EXIT, printResult, run } from '../output';
import { registerReportExportCommand } from './reports-export.command';
import { withSystem } from '../system';

interface JsonOpt { json?: boolean }

export function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new DomainError('REPORT_YEAR', 'invalid', { field: 'year' });
  return Number(value);
}

const coverageText = (r: CoverageReport) => [
  `${r.level} ${r.region ?? 'Indonesia'} ${r.year}`,
  ...r.rows.map((x) => `${x.code}\t${x.name}\t${x.participants}\t(non-ASN ${x.nonAsn}, rentan ${x.rentan})${x.ucj === null ? '' : `\tUCJ ${x.ucj}%`}`),
  `total\t${r.total.participants}`,
].join('\n');

export function registerReportsCommands(program: Command) {
  const reports = program.command('reports').description('coverage, budget and claims reports');
  reports.command('coverage').description('participants by region: the nation (provinces), a province (regencies/cities) or a regency (kecamatan)')
    .option('--region <code>', 'Kemendagri code; none = the nation').option('--year <yyyy>', 'year (default: this year, as of today)')
    .option('--json', 'JSON output')
    .action((opts: JsonOpt & { region?: string; year?: string }) => run(opts, async () => {
      const r = await withSystem(async (db, ctx) => {
        await refreshReports(db, systemClock);
        return coverageReport(db, ctx, { region: opts.region ?? null, year: yearOption(opts.year) });
      });
      const { region, level, rows, total } = r;
      printResult(opts, { region, level, rows, total }, () => coverageText(r));
    }));

  reports.command('budget').description("a regency's PKS realisation: budget, billed, paid, outstanding, late fees, the month the money runs out")
    .requiredOption('--tenant <code>', 'regency code, e.g. 53.16').option('--year <yyyy>', 'year of the PKS (default: this year)').option('--json', 'JSON output')
    .action((opts: JsonOpt & { tenant: string; year?: string }) => run(opts, async () => {
      const b = await withSystem((db, ctx) => budgetReport(db, ctx, opts.tenant, { year: yearOption(opts.year) }));
      const { budget, billed, paid, outstanding, lateFees, runsOutIn } = b;
      printResult(opts, { budget, billed, paid, outstanding, lateFees, runsOutIn }, () =>
        `budget ${budget}\nbilled ${billed}\npaid ${paid}\noutstanding ${outstanding}\nlate fees ${lateFees}\nruns out in ${runsOutIn ?? '-'}`);
    }));

  registerReportExportCommand(reports, yearOption);

  const reference = program.command('reference').description('UCJ reference data: employed population, UCJ targets, BPJS totals');
  reference.command('import').description('import figures per region and year from CSV/XLSX (columns kode_wilayah, tahun, nilai, sumber)')
    .argument('<kind>', 'employed-population | ucj-target | bpjs-participants').argument('<file>')
    .option('--source <text>', 'the source of rows that name none, e.g. "BPS, Sakernas Agustus 2024"')
    .option('--example', 'mark every figure as example data (not official)').option('--json', 'JSON output')
    .action((kind: string, file: string, opts: JsonOpt & { source?: string; example?: boolean }) => run(opts, async () => {
      const r = await withSystem((db, ctx) => importReference(db, ctx, kind, file, { source: opts.source, example: opts.example, lang: cliLang() }));
      printResult(opts, r, (x: ReferenceImportResult) => [`${x.kind}: ${x.rows} rows, ${x.inserted} new, ${x.updated} replaced, ${x.invalid} invalid, ${x.duplicates} duplicates`,
        ...x.items.filter((i) => i.reason).map((i) => `row ${i.rowNo}\t${i.regionCode}\t${i.reason}`)].join('\n'));
      return r.invalid + r.duplicates > 0 ? EXIT.invalid : EXIT.ok;
    }));
}
