/**
 * `lindung participants list|show|end`: participants (peserta) of BPJS Ketenagakerjaan from the console,
 * as the tenant's Dinas, through the enrolment services; every view and change is audit-logged as "cli".
 * JSON keys are a contract (issue #11 §7).
 */
import type { Command } from 'commander';
import { END_REASONS, type EndReason } from '../../domain/participation';
import { DomainError, notFound } from '../../domain/errors';
import { endParticipationByNik } from '../../enrolment/enrolment-lifecycle.service';
import { getParticipant, listParticipants } from '../../enrolment/enrolment.service';
import { printResult, run } from '../output';
import { withSystem } from '../system';
import { contractItem, dinasOf, optionalDate, positiveInt, todayIso } from './enrolment-cli';

const STATUSES = ['calon', 'diajukan', 'aktif', 'berakhir', 'ditolak'] as const;

interface ListOpts { json?: boolean; tenant: string; agreement?: string; group?: string; status?: string; limit?: string }
interface NikOpts { json?: boolean; tenant: string; nik: string }
interface EndOpts extends NikOpts { on: string; reason: string }

function assertNik(nik: string) {
  if (!/^\d{16}$/.test(nik)) throw new DomainError('VALIDATION', 'invalid', { field: 'nik' });
  return nik;
}

const line = (p: ReturnType<typeof contractItem>) => `${p.nik}  ${p.name}  ${p.status}  KPJ ${p.kpj ?? '-'}  ${p.groupName}  ${p.coverageFrom ?? '?'} s.d. ${p.coverageTo}`;

export function registerParticipantsCommands(program: Command) {
  const participants = program.command('participants').description('BPJS participants (peserta): list, show, end');

  participants.command('list').description('participants of a regency (status as of today)').requiredOption('--tenant <code>', 'regency code, e.g. 53.16')
    .option('--agreement <id>', 'PKS id').option('--group <id>', 'PKS group id').option('--status <status>', STATUSES.join(' | '))
    .option('--limit <n>', 'at most N items (default 100)').option('--json', 'JSON output')
    .action((opts: ListOpts) => run(opts, async () => {
      if (opts.status !== undefined && !(STATUSES as readonly string[]).includes(opts.status)) throw new DomainError('VALIDATION', 'invalid', { field: 'status' });
      const query = {
        agreementId: positiveInt(opts.agreement, 'agreement'), groupId: positiveInt(opts.group, 'group'), status: opts.status as (typeof STATUSES)[number] | undefined,
        limit: positiveInt(opts.limit, 'limit') ?? 100, offset: 0, revealNik: true,
      };
      const result = await withSystem((db) => listParticipants(db, dinasOf(opts.tenant), opts.tenant, query, todayIso(opts.tenant)));
      const out = { total: result.total, items: result.items.map(contractItem) };
      printResult(opts, out, (r: typeof out) => [`${r.total} peserta`, ...r.items.map(line)].join('\n'));
    }));

  participants.command('show').description('one participant by NIK (the latest participation) with its history')
    .requiredOption('--tenant <code>').requiredOption('--nik <nik>').option('--json', 'JSON output')
    .action((opts: NikOpts) => run(opts, async () => {
      const nik = assertNik(opts.nik);
      const result = await withSystem(async (db) => {
        const ctx = dinasOf(opts.tenant);
        const found = await listParticipants(db, ctx, opts.tenant, { nik, limit: 1000, offset: 0, revealNik: true }, todayIso(opts.tenant));
        const latest = found.items.at(-1);
        if (!latest) throw notFound('participation', nik);
        const detail = await getParticipant(db, ctx, opts.tenant, latest.id, todayIso(opts.tenant), true);
        return { ...contractItem(detail), history: detail.history };
      });
      printResult(opts, result, (r: typeof result) => [line(r), ...r.history.map((h) => `  ${h.at}  ${h.action}  ${h.fromStatus ?? '-'} → ${h.toStatus}  ${h.actor ?? ''}`)].join('\n'));
    }));

  participants.command('end').description('end the participation running on a day (covered through that day)')
    .requiredOption('--tenant <code>').requiredOption('--nik <nik>').requiredOption('--on <date>', 'YYYY-MM-DD')
    .requiredOption('--reason <reason>', END_REASONS.join(' | ')).option('--json', 'JSON output')
    .action((opts: EndOpts) => run(opts, async () => {
      const nik = assertNik(opts.nik);
      const on = optionalDate(opts.on, 'on')!;
      if (!(END_REASONS as readonly string[]).includes(opts.reason)) throw new DomainError('VALIDATION', 'invalid', { field: 'reason' });
      const result = await withSystem((db) => endParticipationByNik(db, dinasOf(opts.tenant), opts.tenant, nik, { on, reason: opts.reason as Exclude<EndReason, 'akhir-pks'> }, todayIso(opts.tenant)));
      const out = contractItem(result);
      printResult(opts, out, line);
    }));
}
