/**
 * `lindung billing run|list` and `lindung holidays list|add`: the monthly billing run and the bills, as the
 * tenant's Dinas through the billing services (audit-logged as "cli"); the holiday calendar as the
 * installation's admin. JSON keys are a contract (issue #12 §11).
 */
import type { Command } from 'commander';
import { runBilling } from '../../billing/billing-run.service';
import { listBills } from '../../billing/bills.service';
import { addHoliday, listHolidays } from '../../calendar/calendar.service';
import { cliContext } from '../../auth/actor';
import { assertDate, assertMonth } from '../../domain/calendar';
import { DomainError } from '../../domain/errors';
import { printResult, run } from '../output';
import { withSystem } from '../system';
import { dinasOf, positiveInt } from './enrolment-cli';

interface RunOpts { json?: boolean; tenant: string; month: string; agreement?: string }
interface ListOpts { json?: boolean; tenant: string; month?: string; agreement?: string }
interface HolidayListOpts { json?: boolean; year: string }
interface HolidayAddOpts { json?: boolean; date: string; kind: string; nameId: string; nameEn: string; source: string; recurring?: boolean }

const rupiah = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;

export function registerBillingCommands(program: Command) {
  const billing = program.command('billing').description('contribution bills (tagihan iuran): the monthly run and the bills');

  billing.command('run').description('bill a month: one bill per PKS group; running it again creates nothing')
    .requiredOption('--tenant <code>').requiredOption('--month <YYYY-MM>').option('--agreement <id>', 'one PKS (default: every PKS in force)')
    .option('--json', 'JSON output')
    .action((opts: RunOpts) => run(opts, async () => {
      const req = { month: assertMonth(opts.month, 'month'), agreementId: positiveInt(opts.agreement, 'agreement') };
      const r = await withSystem((db) => runBilling(db, dinasOf(opts.tenant), opts.tenant, req));
      printResult(opts, r, (o: typeof r) => `${o.month}: ${o.created} tagihan baru\n${o.bills.map((b) => `  ${b.number}: ${b.participants} peserta, ${rupiah(b.amount)}, jatuh tempo ${b.dueDate}`).join('\n')}`);
    }));

  billing.command('list').description('bills with status, oldest due first')
    .requiredOption('--tenant <code>').option('--agreement <id>').option('--month <YYYY-MM>').option('--json', 'JSON output')
    .action((opts: ListOpts) => run(opts, async () => {
      const q = { agreementId: positiveInt(opts.agreement, 'agreement'), month: opts.month === undefined ? undefined : assertMonth(opts.month, 'month') };
      const { items } = await withSystem((db) => listBills(db, dinasOf(opts.tenant), opts.tenant, q));
      const out = {
        items: items.map((b) => ({ id: b.id, number: b.number, month: b.month, groupId: b.groupId, participants: b.participants, amount: b.amount,
          paid: b.paid, outstanding: b.outstanding, lateFee: b.lateFee, status: b.status, dueDate: b.dueOn })),
      };
      printResult(opts, out, (o: typeof out) => o.items.map((b) => `${b.number}  ${b.month}  ${rupiah(b.amount)}  ${b.status}  ${b.dueDate}`).join('\n') || '(tidak ada tagihan)');
    }));

  const holidays = program.command('holidays').description('the working-day calendar: national holidays and cuti bersama');

  holidays.command('list').description("a year's holidays").requiredOption('--year <YYYY>').option('--json', 'JSON output')
    .action((opts: HolidayListOpts) => run(opts, async () => {
      if (!/^\d{4}$/.test(opts.year)) throw new DomainError('VALIDATION', 'invalid', { field: 'year' });
      const items = await withSystem((db) => listHolidays(db, Number(opts.year)));
      printResult(opts, { items }, (o: { items: typeof items }) => o.items.map((h) => `${h.date}  ${h.kind}  ${h.nameId}`).join('\n'));
    }));

  holidays.command('add').description("enter a holiday (a year's movable holidays and cuti bersama, from the SKB)")
    .requiredOption('--date <YYYY-MM-DD>').requiredOption('--kind <national|cuti-bersama>').requiredOption('--name-id <text>')
    .requiredOption('--name-en <text>').requiredOption('--source <text>', 'the decree it comes from').option('--recurring', 'same day every year')
    .option('--json', 'JSON output')
    .action((opts: HolidayAddOpts) => run(opts, async () => {
      if (opts.kind !== 'national' && opts.kind !== 'cuti-bersama') throw new DomainError('VALIDATION', 'invalid', { field: 'kind' });
      const input = { date: assertDate(opts.date, 'date'), kind: opts.kind as 'national' | 'cuti-bersama', nameId: opts.nameId, nameEn: opts.nameEn, source: opts.source, recurring: !!opts.recurring };
      const h = await withSystem((db) => addHoliday(db, cliContext(), input));
      printResult(opts, h, (o: typeof h) => `${o.date} ${o.kind}: ${o.nameId}`);
    }));
}
