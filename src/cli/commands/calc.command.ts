/**
 * `lindung calc contribution|benefit …|plan`: the public calculator from the console, with the rules in
 * force in the database on `--on` (default today). `--json` prints the same document the API answers:
 * integers in rupiah, every line with its rule id and legal basis, totals with their words.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { calculateContribution } from '../../calc/calc.service';
import { FUNDINGS, RISK_CLASSES, SCHEMES, SECTORS } from '../../calc/calc.schemas';
import { calculatePlan } from '../../calc/plan.service';
import { DomainError } from '../../domain/errors';
import { cliLang, printResult, run } from '../output';
import { withSystem } from '../system';
import { registerBenefitCommands } from './calc-benefit.command';
import { readChoice, readRupiah } from './calc-options';
import { formatLines, rp } from './calc-text';

interface ContributionOpts {
  json?: boolean; scheme: string; wage: string; risk: string; jkp?: boolean; funding: string; sector: string; on?: string;
}

function registerContributionCommand(calc: Command) {
  calc.command('contribution').description('monthly JKK + JKM contribution (iuran) of one participant')
    .requiredOption('--scheme <scheme>', 'pu (wage earner) | bpu (non-wage earner)')
    .requiredOption('--wage <rupiah>', 'monthly wage (PU) or declared income (BPU), whole rupiah')
    .option('--risk <class>', RISK_CLASSES.join('|'), 'very-low')
    .option('--jkp', 'PU participant also in JKP (PP 49/2023 rates)')
    .option('--funding <who>', FUNDINGS.join('|'), 'self')
    .option('--sector <sector>', SECTORS.join('|'), 'other')
    .option('--on <date>', 'YYYY-MM-DD the rules are evaluated on (default: today)')
    .option('--json', 'JSON output')
    .action((opts: ContributionOpts) => run(opts, async () => {
      const input = {
        scheme: readChoice(opts.scheme, SCHEMES, 'SCHEME_INVALID', 'scheme'),
        wage: readRupiah(opts.wage, 'wage'),
        risk: readChoice(opts.risk, RISK_CLASSES, 'RISK_CLASS_INVALID', 'risk'),
        jkp: !!opts.jkp,
        funding: readChoice(opts.funding, FUNDINGS, 'FUNDING_INVALID', 'funding'),
        sector: readChoice(opts.sector, SECTORS, 'SECTOR_INVALID', 'sector'),
        on: opts.on,
      };
      const result = await withSystem((db) => calculateContribution(db, input, cliLang()));
      printResult(opts, result, (r: typeof result) =>
        [`${r.scheme.toUpperCase()} on ${r.on}, base ${rp(r.base)}`, ...formatLines(r.lines), `total ${rp(r.total)} (${r.totalInWords.id})`,
          ...r.warnings.map((w) => `! ${w.message}`)].join('\n'));
    }));
}

function readPlanFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DomainError('PLAN_FILE_INVALID', 'invalid', { field: 'file', reason: e instanceof Error ? e.message : String(e) });
  }
}

function registerPlanCommand(calc: Command) {
  calc.command('plan').description('programme budget plan from a JSON file: total, shortfall or surplus, month by month')
    .argument('<plan.json>', '{"start":"YYYY-MM","months":12,"budget":…,"groups":[{"name","scheme","headcount","wage",…}]}')
    .option('--json', 'JSON output')
    .action((file: string, opts: { json?: boolean }) => run(opts, async () => {
      const raw = readPlanFile(file);
      const result = await withSystem((db) => calculatePlan(db, raw, cliLang()));
      printResult(opts, result, (r: typeof result) => [
        ...r.groups.map((g) => `${g.name}: ${g.headcount} × ${rp(g.perHeadMonthly)}/month → ${rp(g.total)}`),
        `total ${rp(r.total)} / budget ${rp(r.budget)} → ${r.verdict} ${rp(Math.abs(r.remaining))}`,
        `the budget carries ${r.headsCarried ?? '—'} heads at this mix, or ${r.monthsCarried} of ${r.monthCount} months`,
      ].join('\n'));
    }));
}

export function registerCalcCommands(program: Command) {
  const calc = program.command('calc').description('contributions, benefits and budget plans (regulation rules from the database)');
  registerContributionCommand(calc);
  registerBenefitCommands(calc);
  registerPlanCommand(calc);
}
