/**
 * `lindung agreements list --tenant 53.16`, `lindung agreements show <id>` (with plan totals, budget and
 * what remains) and `lindung agreements export <id> --format pdf|xlsx --out <file>`.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { tenantOfAgreement } from '../../agreements/agreement-access.service';
import { getAgreementDetail } from '../../agreements/agreement-detail.service';
import { exportAgreementPdf, exportPlanXlsx } from '../../agreements/agreement-exports.service';
import type { PlanTotals } from '../../agreements/agreements.service';
import { listAgreements } from '../../agreements/agreements.service';
import { groupDigits, percentText, rupiahText } from '../../documents/document-format';
import { DomainError } from '../../domain/errors';
import { printResult, run } from '../output';
import { withSystem } from '../system';

interface Row { id: number; kind: string; number: string; status: string; periodStart: string; periodEnd: string; plan: PlanTotals | null }

/** "Anggaran kurang Rp 5.897.856 (0,39%)" / "Anggaran cukup, sisa Rp …": the verdict the UI shows. */
export function verdictText(plan: PlanTotals): string {
  if (plan.remaining === null) return 'Anggaran belum dicatat';
  if (plan.remaining < 0) {
    return `Anggaran kurang ${rupiahText(-plan.remaining)} (${percentText(-(plan.remainingBp ?? 0))}); menanggung ${groupDigits(plan.headsCarried ?? 0)} dari ${groupDigits(plan.headcount)} pekerja, atau ${plan.monthsCarried} bulan penuh`;
  }
  return `Anggaran cukup, sisa ${rupiahText(plan.remaining)}`;
}

const listText = (r: { items: Row[] }) => r.items.map((a) =>
  [String(a.id).padStart(4), a.kind.toUpperCase().padEnd(3), a.status.padEnd(7), `${a.periodStart}..${a.periodEnd}`, a.number,
    a.plan ? `| rencana ${rupiahText(a.plan.total)} / anggaran ${a.plan.budget === null ? '-' : rupiahText(a.plan.budget)} | ${verdictText(a.plan)}` : ''].join('  ')).join('\n') || '(belum ada perjanjian)';

type Detail = Awaited<ReturnType<typeof getAgreementDetail>>;
const showText = ({ agreement: a, plan, addenda, documents }: Detail) => [
  `${a.kind.toUpperCase()} ${a.number} (${a.status}, versi ${a.version})`, a.title,
  `periode ${a.periodStart}..${a.periodEnd}; ${a.regencyParty} — ${a.bpjsParty}`,
  ...a.groups.map((g) => `  kelompok ${g.name}: ${g.scheme.toUpperCase()}, target ${groupDigits(g.targetHeadcount)}`),
  ...(plan ? [`rencana ${rupiahText(plan.total)}; anggaran ${plan.budget === null ? '-' : rupiahText(plan.budget)}`, verdictText(plan)] : []),
  `${addenda.length} addendum, ${documents.length} dokumen`,
].join('\n');

export function registerAgreementsCommands(program: Command) {
  const cmd = program.command('agreements').description('MoU, PKS and addenda with BPJS Ketenagakerjaan');
  cmd.command('list').description("a regency's agreements, each PKS with plan totals")
    .requiredOption('--tenant <code>', 'regency code, e.g. 53.16').option('--json', 'JSON output')
    .action((opts: { tenant: string; json?: boolean }) => run(opts, async () => {
      const items = await withSystem((db, ctx) => listAgreements(db, ctx, opts.tenant));
      printResult(opts, { items }, listText);
    }));
  cmd.command('show <id>').description('one agreement: terms, plan totals, budget and what remains').option('--json', 'JSON output')
    .action((id: string, opts: { json?: boolean }) => run(opts, async () => {
      const detail = await withSystem(async (db, ctx) => getAgreementDetail(db, ctx, await tenantOfAgreement(db, toId(id)), toId(id)));
      printResult(opts, detail, showText);
    }));
  cmd.command('export <id>').description('PKS summary PDF or plan XLSX').requiredOption('--out <file>')
    .option('--format <format>', 'pdf|xlsx', 'pdf').option('--json', 'JSON output')
    .action((id: string, opts: { out: string; format: string; json?: boolean }) => run(opts, async () => {
      if (opts.format !== 'pdf' && opts.format !== 'xlsx') throw new DomainError('VALIDATION', 'invalid', { field: 'format' });
      const file = await withSystem(async (db, ctx) => {
        const tenant = await tenantOfAgreement(db, toId(id));
        return (opts.format === 'pdf' ? exportAgreementPdf : exportPlanXlsx)(db, ctx, tenant, toId(id), new Date());
      });
      fs.writeFileSync(opts.out, file.content);
      printResult(opts, { file: opts.out, bytes: file.content.length }, (r: { file: string; bytes: number }) => `${r.file} (${r.bytes} bytes)`);
    }));
}

function toId(text: string): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id < 1) throw new DomainError('VALIDATION', 'invalid', { field: 'id' });
  return id;
}
