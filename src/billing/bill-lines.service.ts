/**
 * A bill's participant lines (filters: OPD, village, kind, NIK prefix) and the explanation of one amount:
 * the contribution recomputed from the line's stored inputs with the rules in force on its month — every
 * rupiah with its rate, base and legal basis. Lines are personal data: each page viewed is audit-logged
 * (`bill.lines.view`), NIKs are masked, and `opd`/`desa` users see only their own participants' lines.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import type { BillLineKind } from '../db/schema';
import { firstDayOf, type IsoMonth } from '../domain/calendar';
import { computeContribution } from '../domain/contribution';
import type { Funding, RiskClass } from '../domain/contribution.types';
import { DomainError } from '../domain/errors';
import { maskNik } from '../domain/nik';
import { getRuleBook } from '../regulation/rule-book.service';
import { personIdentities } from '../workers/participant-source.service';
import * as repo from './bill-lines.repository';
import { loadBill, unitOf } from './bills.service';

export interface LineQuery { opdId?: number; villageCode?: string; kind?: BillLineKind; q?: string; limit: number; offset: number }

const scopedFilter = (ctx: RequestContext, q: Omit<LineQuery, 'limit' | 'offset'>): repo.LineFilter => {
  const unit = unitOf(ctx);
  return {
    opdId: unit ? unit.opdId : q.opdId, villageCode: unit ? unit.villageCode : q.villageCode, kind: q.kind,
    nikPrefix: q.q && /^\d{1,16}$/.test(q.q.trim()) ? q.q.trim() : undefined,
  };
};

export async function listBillLines(db: Db, ctx: RequestContext, tenantCode: string, billId: number, q: LineQuery) {
  const bill = await loadBill(db, ctx, tenantCode, billId);
  const filter = scopedFilter(ctx, q);
  const [total, rows] = await Promise.all([repo.countLines(db, tenantCode, bill.id, filter), repo.listLines(db, tenantCode, bill.id, filter, q)]);
  const people = await personIdentities(db, tenantCode, rows.map((r) => r.person_id));
  await recordAudit(db, ctx, { action: 'bill.lines.view', entity: 'bill', entityId: bill.id, tenantCode, details: { lines: rows.length, offset: q.offset } });
  return {
    total,
    items: rows.map((r) => ({
      participationId: r.participation_id, nikMasked: maskNik(r.nik), name: people.get(r.person_id)?.name ?? '', month: r.month.slice(0, 7), kind: r.kind,
      base: r.base, baseSource: r.base_source, scheme: r.scheme, riskClass: r.risk_class, programmes: { JKK: r.jkk, JKM: r.jkm, JHT: r.jht },
      amount: r.amount, ruleIds: r.rule_ids, reason: r.reason, reasonOn: r.reason_on,
    })),
  };
}

const PROGRAMME_LABEL = { JKK: 'Jaminan Kecelakaan Kerja (JKK)', JKM: 'Jaminan Kematian (JKM)' } as const;

/** How one participant-month on this bill was computed: each programme's line with rate, base and rule. */
export async function explainBillLine(db: Db, ctx: RequestContext, tenantCode: string, billId: number, participationId: number, month: IsoMonth) {
  const bill = await loadBill(db, ctx, tenantCode, billId);
  const [line] = await repo.listLines(db, tenantCode, bill.id, { ...scopedFilter(ctx, {}), participationId, month: firstDayOf(month) }, { limit: 1, offset: 0 });
  if (!line) throw new DomainError('BILL_EXPLANATION_NOT_FOUND', 'not_found', { participationId, month });
  const c = computeContribution({
    scheme: line.scheme, wage: line.base, risk: (line.risk_class ?? undefined) as RiskClass | undefined, jkp: false,
    funding: line.funding as Funding, on: firstDayOf(month),
  }, await getRuleBook(db));
  const sign = line.kind === 'pengurangan' ? -1 : 1;
  await recordAudit(db, ctx, { action: 'bill.line.explain', entity: 'bill', entityId: bill.id, tenantCode, details: { participationId, month } });
  return {
    lines: c.lines.map((l) => ({
      code: `${l.program}.${l.kind}`, label: PROGRAMME_LABEL[l.program],
      amount: sign * l.amount, basis: l.legalBasis, ruleId: l.rule,
      ...(l.rateBp !== undefined ? { rateBp: l.rateBp } : {}), ...(l.flat !== undefined ? { flat: l.flat } : {}),
    })),
    inputs: {
      month, kind: line.kind, base: line.base, baseSource: line.base_source, scheme: line.scheme, riskClass: line.risk_class, funding: line.funding,
      ruleIds: line.rule_ids, reason: line.reason, reasonOn: line.reason_on, amount: line.amount, rounding: c.lines[0]?.rounding ?? 'half-up',
    },
  };
}
