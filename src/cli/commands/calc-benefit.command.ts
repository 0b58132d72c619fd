/**
 * `lindung calc benefit jkm|jkk-death|jkk-disability|jkk-stmb`: what an heir or an injured worker is
 * entitled to (PP 82/2019), with the rules in force on `--on` (default today).
 */
import type { Command } from 'commander';
import {
  calculateDisabilityBenefit, calculateJkkDeathBenefit, calculateJkmBenefit, calculateStmbBenefit,
} from '../../calc/calc.service';
import { SCHEMES } from '../../calc/calc.schemas';
import type { Db } from '../../db/database';
import { printResult, run } from '../output';
import { withSystem } from '../system';
import { readChoice, readCount, readPercent, readRupiah, usageError } from './calc-options';
import { formatLines, rp } from './calc-text';

interface Explained { total?: number; amount?: number; lines: Parameters<typeof formatLines>[0]; totalInWords: { id: string } }

function text(r: Explained): string {
  const total = r.total ?? r.amount ?? 0;
  return [...formatLines(r.lines), `total ${rp(total)} (${r.totalInWords.id})`].join('\n');
}

/** Runs one benefit calculation against the database and prints it. */
function answer<T extends Explained>(opts: { json?: boolean }, compute: (db: Db) => Promise<T>) {
  return run(opts, async () => {
    const result = await withSystem((db) => compute(db));
    printResult(opts, result, text);
  });
}

const ON = ['--on <date>', 'YYYY-MM-DD the rules are evaluated on (default: today)'] as const;

export function registerBenefitCommands(calc: Command) {
  const benefit = calc.command('benefit').description('benefits (manfaat) of JKM and JKK, PP 82/2019');

  benefit.command('jkm').description('death not caused by work: lump sum, periodic, funeral, scholarship')
    .requiredOption('--contribution-months <n>', 'months of contributions paid before the death')
    .option('--scheme <scheme>', SCHEMES.join('|'), 'pu').option(...ON).option('--json', 'JSON output')
    .action((opts: { json?: boolean; contributionMonths: string; scheme: string; on?: string }) => answer(opts, (db) =>
      calculateJkmBenefit(db, {
        scheme: readChoice(opts.scheme, SCHEMES, 'SCHEME_INVALID', 'scheme'),
        contributionMonths: readCount(opts.contributionMonths, 'contributionMonths', 'CONTRIBUTION_MONTHS_INVALID'),
        on: opts.on,
      })));

  benefit.command('jkk-death').description('death from a work accident: 48 × wage + periodic + funeral')
    .requiredOption('--wage <rupiah>', 'reported wage (PU) or declared income (BPU)').option(...ON).option('--json', 'JSON output')
    .action((opts: { json?: boolean; wage: string; on?: string }) => answer(opts, (db) =>
      calculateJkkDeathBenefit(db, { wage: readRupiah(opts.wage, 'wage'), on: opts.on })));

  benefit.command('jkk-disability').description('permanent disability: --total (56 × wage) or --percent <p> (p% × 80 × wage)')
    .requiredOption('--wage <rupiah>', 'reported wage (PU) or declared income (BPU)')
    .option('--total', 'total permanent disability')
    .option('--percent <p>', 'partial disability: table percentage of the lost body part, e.g. 2.5')
    .option('--function-loss <p>', 'partial functional disability: loss-of-function percentage')
    .option(...ON).option('--json', 'JSON output')
    .action((opts: { json?: boolean; wage: string; total?: boolean; percent?: string; functionLoss?: string; on?: string }) => {
      if (!!opts.total === (opts.percent !== undefined)) usageError(opts, 'give exactly one of --total or --percent <p>');
      return answer(opts, (db) => calculateDisabilityBenefit(db, {
        wage: readRupiah(opts.wage, 'wage'),
        kind: opts.total ? 'total' : 'partial',
        percent: opts.percent === undefined ? undefined : readPercent(opts.percent, 'percent'),
        functionLossPercent: opts.functionLoss === undefined ? undefined : readPercent(opts.functionLoss, 'functionLoss'),
        on: opts.on,
      }));
    });

  benefit.command('jkk-stmb').description('temporary incapacity (STMB): 100% of wage for 12 months, 50% after')
    .requiredOption('--wage <rupiah>', 'reported wage (PU) or declared income (BPU)')
    .requiredOption('--months <m>', 'whole months of incapacity').option(...ON).option('--json', 'JSON output')
    .action((opts: { json?: boolean; wage: string; months: string; on?: string }) => answer(opts, (db) =>
      calculateStmbBenefit(db, { wage: readRupiah(opts.wage, 'wage'), months: readCount(opts.months, 'months', 'MONTHS_INVALID'), on: opts.on })));
}
