/**
 * `lindung claims file|show|list|advance|utilisation` — issue #13 §10, JSON keys are a contract. The operator
 * acts as the tenant's Dinas (files, records BPJS's decisions), through the claims services, audit-logged as "cli".
 */
import type { Command } from 'commander';
import { advanceClaim } from '../../claims/claim-advance.service';
import { fileClaim } from '../../claims/claim-file.service';
import { claimTenant, utilisation } from '../../claims/claims-facts.service';
import { getClaim, listClaims } from '../../claims/claims.service';
import type { ClaimView } from '../../claims/claim-view';
import { CLAIM_STATUSES, isClaimType, type ClaimStatus, type ClaimType } from '../../domain/claim-types';
import { DomainError, notFound } from '../../domain/errors';
import { authorizeTenant } from '../../auth/scope.service';
import { cliLang, printResult, run } from '../output';
import { withSystem } from '../system';
import { dinasOf, positiveInt, todayIso } from './enrolment-cli';

interface FileOpts { json?: boolean; tenant: string; nik: string; type: string; incidentDate: string; percent?: string; months?: string; children?: string; levels?: string; cost?: string; mode?: string }
interface ListOpts { json?: boolean; tenant: string; status?: string; type?: string; year?: string }
interface AdvanceOpts { json?: boolean; to: string; amount?: string; on?: string; reason?: string }

const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;
type Shown = ClaimView & { participation?: Awaited<ReturnType<typeof getClaim>>['participation'] };
const ended = (p: Shown['participation']) => (p?.endReason === 'meninggal' && p.endedOn
  ? [`  kepesertaan berakhir ${p.endedOn} (meninggal); kuota kosong mulai ${p.slotFreeFrom}${p.replacement ? `, diganti ${p.replacement.name} mulai ${p.replacement.startsOn}` : ''}`]
  : []);
const text = (c: Shown) => [
  `${c.number} ${c.participantName} — ${c.type} ${c.incidentDate} — ${c.status}, ${c.eligible ? 'berhak' : 'tidak berhak'}${c.reasonTexts.length ? `: ${c.reasonTexts.map((r) => r.message).join('; ')}` : ''}`,
  ...c.benefit.lines.map((l) => `  ${l.label}: ${rp(l.amount)} (${l.basis})`), `  total ${rp(c.benefit.total)}`,
  ...c.deadlines.map((d) => `  tenggat ${d.code}: ${d.due}${d.overdue ? ` TERLAMBAT ${d.daysLate} hari` : ''}`),
  ...ended(c.participation),
].join('\n');

function wholeNumber(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new DomainError('VALIDATION', 'invalid', { field });
  return Number(value);
}

async function locate(db: Parameters<typeof claimTenant>[0], id: string) {
  const found = await claimTenant(db, id);
  if (!found) throw notFound('claim', id);
  return found;
}

export function registerClaimsCommands(program: Command) {
  const claims = program.command('claims').description('claims (klaim) and benefits: file, show, list, advance, utilisation');

  claims.command('file').description('file a claim: eligibility on the incident date, wage base from the bill line, benefit from the rules')
    .requiredOption('--tenant <code>').requiredOption('--nik <nik>').requiredOption('--type <type>', 'jkm|jkk-death|jkk-disability-total|jkk-disability-partial|jkk-stmb|jkk-medical|jkk-transport|beasiswa')
    .requiredOption('--incident-date <date>', 'YYYY-MM-DD').option('--percent <n>', 'partial disability: table percentage')
    .option('--months <n>', 'STMB: months of incapacity').option('--children <n>', 'scholarship: number of children')
    .option('--levels <list>', 'scholarship: school level per child, e.g. sd,smp (tk|sd|smp|sma|s1)')
    .option('--cost <n>', 'medical or transport cost (rupiah)').option('--mode <m>', 'transport: land|sea|air').option('--json', 'JSON output')
    .action((opts: FileOpts) => run(opts, async () => {
      const cost = wholeNumber(opts.cost, 'cost');
      const levels = opts.levels?.split(',').map((l) => l.trim()) as ('tk' | 'sd' | 'smp' | 'sma' | 's1')[] | undefined;
      const mode = opts.mode as 'land' | 'sea' | 'air' | undefined;
      if (mode !== undefined && !['land', 'sea', 'air'].includes(mode)) throw new DomainError('VALIDATION', 'invalid', { field: 'mode' });
      const req = {
        nik: opts.nik, type: opts.type, incidentDate: opts.incidentDate, percent: opts.percent, months: wholeNumber(opts.months, 'months'),
        children: wholeNumber(opts.children, 'children'), childLevels: levels, transportMode: mode,
        ...(opts.type === 'jkk-medical' ? { medicalCost: cost } : { transportCost: cost }),
      };
      const c = await withSystem((db) => fileClaim(db, dinasOf(opts.tenant), opts.tenant, req, todayIso(opts.tenant), cliLang()));
      printResult(opts, c, () => text(c));
    }));

  claims.command('show <id>').description('one claim (id or number): eligibility, benefit lines, deadlines, timeline').option('--json', 'JSON output')
    .action((id: string, opts: { json?: boolean }) => run(opts, async () => {
      const c = await withSystem(async (db) => {
        const { tenantCode, id: claimId } = await locate(db, id);
        return getClaim(db, dinasOf(tenantCode), tenantCode, claimId, todayIso(tenantCode), cliLang());
      });
      printResult(opts, c, () => text(c));
    }));

  claims.command('list').description('claims of a regency').requiredOption('--tenant <code>').option('--status <s>').option('--type <t>')
    .option('--year <yyyy>', 'incident year').option('--json', 'JSON output')
    .action((opts: ListOpts) => run(opts, async () => {
      if (opts.status !== undefined && !(CLAIM_STATUSES as readonly string[]).includes(opts.status)) throw new DomainError('VALIDATION', 'invalid', { field: 'status' });
      if (opts.type !== undefined && !isClaimType(opts.type)) throw new DomainError('CLAIM_TYPE_INVALID', 'invalid', { field: 'type', type: opts.type });
      const q = { status: opts.status as ClaimStatus | undefined, type: opts.type as ClaimType | undefined, year: positiveInt(opts.year, 'year'), limit: 10_000, offset: 0 };
      const r = await withSystem((db) => listClaims(db, dinasOf(opts.tenant), opts.tenant, q, todayIso(opts.tenant), cliLang()));
      printResult(opts, r, () => `${r.total} klaim\n${r.items.map(text).join('\n')}`);
    }));

  claims.command('advance <id>').description('move a claim on: berkas-lengkap|diajukan|disetujui|ditolak|dibayar')
    .requiredOption('--to <status>').option('--amount <n>', 'BPJS approved or paid amount (rupiah)').option('--on <date>', 'YYYY-MM-DD (default today)')
    .option('--reason <text>', 'rejection reason').option('--json', 'JSON output')
    .action((id: string, opts: AdvanceOpts) => run(opts, async () => {
      const c = await withSystem(async (db) => {
        const { tenantCode, id: claimId } = await locate(db, id);
        const req = { to: opts.to, on: opts.on, amount: wholeNumber(opts.amount, 'amount'), reason: opts.reason };
        return advanceClaim(db, dinasOf(tenantCode), tenantCode, claimId, req, todayIso(tenantCode), cliLang());
      });
      printResult(opts, c, () => text(c));
    }));

  claims.command('utilisation').description('claims and benefits paid against contributions paid, per programme, group, OPD, village')
    .requiredOption('--tenant <code>').requiredOption('--year <yyyy>').option('--json', 'JSON output')
    .action((opts: { json?: boolean; tenant: string; year: string }) => run(opts, async () => {
      const year = positiveInt(opts.year, 'year')!;
      const u = await withSystem(async (db) => {
        await authorizeTenant(db, dinasOf(opts.tenant).actor, opts.tenant, 'claims:read');
        return utilisation(db, opts.tenant, year);
      });
      printResult(opts, u, () => `${u.year}: manfaat dibayar ${rp(u.benefitsPaid)} / iuran dibayar ${rp(u.contributionsPaid)} = ${u.ratio ?? '-'}\n${u.byProgramme.map((p) => `  ${p.programme}: ${p.filed} klaim, ${p.approved} disetujui, ${p.paid} dibayar, ${rp(p.benefitsPaid)}`).join('\n')}`);
    }));
}
