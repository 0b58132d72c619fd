/**
 * `lindung payments record|reverse|reconcile` and `lindung billing summary` (issue #12 item 11, exact JSON
 * contract; `reconcile` and `record --scan` are additive): SP2D payments of a PKS (with the optional scan),
 * BPJS's statement of receipts matched against the bills, and the budget realisation — as the tenant's
 * Dinas, through the billing services, audit-logged as "cli". `billing summary` joins the `billing` command
 * when the billing registrar made it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { SCAN_LIMIT_BYTES } from '../../billing/payment-scan';
import { reconciliationErrorSheet } from '../../billing/reconciliation-sheet';
import { reconcileStatement } from '../../billing/reconciliation.service';
import { loadConfig } from '../../config/config';
import { tenantOfPayment } from '../../billing/payment-views.service';
import { recordPayment, reversePayment } from '../../billing/payments.service';
import { realisationFor } from '../../billing/realisation.service';
import { assertDate } from '../../domain/calendar';
import { DomainError } from '../../domain/errors';
import { printResult, run } from '../output';
import { withSystem } from '../system';
import { dinasOf, positiveInt, todayIso } from './enrolment-cli';

interface RecordOpts { json?: boolean; tenant: string; agreement: string; amount: string; paidOn: string; sp2d: string; bill?: string[]; scan?: string }
interface ReconcileOpts { json?: boolean; tenant: string; agreement?: string; errorsFile?: string }
interface ReverseOpts { json?: boolean; reason: string }
interface SummaryOpts { json?: boolean; tenant: string; agreement: string }

const amountOf = (value: string) => {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) throw new DomainError('PAYMENT_AMOUNT_INVALID', 'invalid', { field: 'amount' });
  return Number(value);
};
const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;
const scanOf = (file: string) => {
  // refused before reading: a wrong path or a huge file never enters memory
  if (!fs.existsSync(file) || !fs.statSync(file).isFile() || fs.statSync(file).size > SCAN_LIMIT_BYTES) {
    throw new DomainError('PAYMENT_SCAN_INVALID', 'invalid', { field: 'scan', maxMb: SCAN_LIMIT_BYTES / 1024 / 1024 });
  }
  return { content: fs.readFileSync(file), name: path.basename(file) };
};

export function registerPaymentsCommands(program: Command) {
  const payments = program.command('payments').description('SP2D payments of contributions: record, reverse');

  payments.command('record').description('record an SP2D against a PKS: oldest due bills first (or --bill), the rest is credit')
    .requiredOption('--tenant <code>').requiredOption('--agreement <id>', 'PKS id').requiredOption('--amount <rupiah>', 'integer rupiah')
    .requiredOption('--paid-on <date>', 'YYYY-MM-DD').requiredOption('--sp2d <number>', 'SP2D number (recording it again changes nothing)')
    .option('--bill <id...>', 'bills to pay first').option('--scan <file>', 'the SP2D scan (PDF, JPEG or PNG, at most 10 MB)').option('--json', 'JSON output')
    .action((opts: RecordOpts) => run(opts, async () => {
      const input = {
        sp2dNumber: opts.sp2d, paidOn: assertDate(opts.paidOn, 'paidOn'), amount: amountOf(opts.amount),
        billIds: (opts.bill ?? []).map((b) => positiveInt(b, 'bill')!), scan: opts.scan ? scanOf(opts.scan) : null,
      };
      const r = await withSystem((db) => recordPayment(db, dinasOf(opts.tenant), opts.tenant, positiveInt(opts.agreement, 'agreement')!, input,
        todayIso(opts.tenant), { dataDir: loadConfig().dataDir }));
      const out = { paymentId: r.paymentId, allocated: r.allocated, credit: r.credit };
      printResult(opts, out, (o: typeof out) => `pembayaran ${o.paymentId}: ${o.allocated.map((a) => `tagihan ${a.billId} ${rp(a.amount)}`).join(', ') || '-'}; kredit ${rp(o.credit)}`);
    }));

  payments.command('reverse <id>').description('reverse a payment with a reason (kept, never deleted)')
    .requiredOption('--reason <text>').option('--json', 'JSON output')
    .action((id: string, opts: ReverseOpts) => run(opts, async () => {
      const paymentId = positiveInt(id, 'id')!;
      const r = await withSystem(async (db) => {
        const tenantCode = await tenantOfPayment(db, paymentId);
        return reversePayment(db, dinasOf(tenantCode), tenantCode, paymentId, opts.reason);
      });
      printResult(opts, r, (o: typeof r) => `pembayaran ${o.paymentId} dibatalkan: ${o.reason}`);
    }));

  payments.command('reconcile <file>').description("match BPJS's statement of receipts (CSV/XLSX) against the bills: cocok, selisih, tidak-cocok, tidak-valid")
    .requiredOption('--tenant <code>').option('--agreement <id>', 'match against this PKS only')
    .option('--errors-file <file>', 'write the rows not cocok (with their reason) to this XLSX').option('--json', 'JSON output')
    .action((file: string, opts: ReconcileOpts) => run(opts, async () => {
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new DomainError('IMPORT_FILE_REQUIRED', 'invalid', { field: 'file' });
      const agreementId = positiveInt(opts.agreement, 'agreement');
      const r = await withSystem(async (db) => {
        const ctx = dinasOf(opts.tenant);
        const result = await reconcileStatement(db, ctx, opts.tenant, { path: file, name: path.basename(file) }, { agreementId });
        if (opts.errorsFile) fs.writeFileSync(opts.errorsFile, (await reconciliationErrorSheet(db, ctx, opts.tenant, result.id)).body);
        return result;
      });
      printResult(opts, r, (o: typeof r) => `rekonsiliasi ${o.id}${o.alreadyReconciled ? ' (berkas yang sama sudah dicocokkan)' : ''}: ${o.rows} baris — `
        + `${o.matched} cocok, ${o.amountDiffers} selisih, ${o.unmatched} tidak cocok, ${o.invalid} tidak valid`);
    }));

  const billing = program.commands.find((c) => c.name() === 'billing') ?? program.command('billing').description('contribution bills');
  billing.command('summary').description('budget realisation of a PKS: billed, paid, outstanding, late fees, credit, when the budget runs out')
    .requiredOption('--tenant <code>').requiredOption('--agreement <id>', 'PKS id').option('--json', 'JSON output')
    .action((opts: SummaryOpts) => run(opts, async () => {
      const r = await withSystem((db) => realisationFor(db, dinasOf(opts.tenant), opts.tenant, positiveInt(opts.agreement, 'agreement')!, todayIso(opts.tenant)));
      const out = {
        agreementId: r.agreementId, budget: r.budget, billed: r.billed, paid: r.paid, outstanding: r.outstanding, lateFees: r.lateFees,
        credit: r.credit, remainingBudget: r.remainingBudget, runsOutIn: r.runsOutIn,
        months: r.months.map(({ month, billed, paid, status }) => ({ month, billed, paid, status })),
      };
      printResult(opts, out, (o: typeof out) => [
        `anggaran ${rp(o.budget)}, ditagih ${rp(o.billed)}, dibayar ${rp(o.paid)}, kurang ${rp(o.outstanding)}, denda ${rp(o.lateFees)}, kredit ${rp(o.credit)}`,
        `sisa anggaran ${rp(o.remainingBudget)}; anggaran habis pada ${o.runsOutIn ?? '-'}`,
        ...o.months.map((m) => `  ${m.month}: ditagih ${rp(m.billed)}, dibayar ${rp(m.paid)} (${m.status})`),
      ].join('\n'));
    }));
}
