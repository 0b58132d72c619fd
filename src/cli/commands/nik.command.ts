/**
 * `lindung nik check <nik>`: structure, region of first registration (from the region table), birth
 * date and sex. It always prints the full answer (`valid`, `errors`, `warnings`); an invalid NIK is invalid
 * input like any other, so it exits 1 (a script can test `$?`), as does a malformed flag (e.g. --sex X).
 */
import type { Command } from 'commander';
import { checkNik } from '../../calc/nik-check.service';
import { cliLang, EXIT, printResult, run } from '../output';
import { withSystem } from '../system';
import { readChoice } from './calc-options';

interface Opts { json?: boolean; birthDate?: string; sex?: string; on?: string }

export function registerNikCommands(program: Command) {
  const nik = program.command('nik').description('NIK (Nomor Induk Kependudukan)');
  nik.command('check').description('check a NIK against the Kemendagri regions and a declared birth date/sex')
    .argument('<nik>', '16 digits')
    .option('--birth-date <date>', 'declared birth date YYYY-MM-DD (resolves the century)')
    .option('--sex <sex>', 'declared sex: L (laki-laki) | P (perempuan)')
    .option('--on <date>', 'today, for the century when no birth date is given (default: today)')
    .option('--json', 'JSON output')
    .action((value: string, opts: Opts) => run(opts, async () => {
      const sex = opts.sex === undefined ? undefined : readChoice(opts.sex, ['L', 'P'] as const, 'SEX_INVALID', 'sex');
      const result = await withSystem((db) => checkNik(db, { nik: value, birthDate: opts.birthDate, sex, on: opts.on }, cliLang()));
      printResult(opts, result, (r: typeof result) => [
        r.valid ? 'valid' : 'INVALID',
        `region: ${[r.province, r.regency, r.district].map((region) => region?.name ?? '?').join(' / ')}`,
        `born ${r.birthDate ?? '?'}, sex ${r.sex ?? '?'}`,
        ...r.errors.map((e) => `error ${e.code}: ${e.message}`),
        ...r.warnings.map((w) => `warning ${w.code}: ${w.message}`),
      ].join('\n'));
      return result.valid ? EXIT.ok : EXIT.invalid;
    }));
}
