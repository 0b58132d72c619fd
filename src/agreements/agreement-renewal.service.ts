/**
 * Renewal: next year's PKS drafted from this one — same parties, MoU, groups and pricing, the period and
 * the APBD budget line moved one year on. A UMP wage base moves one year too: a PKS budgets on the UMP
 * known when the APBD is drafted (the 2025 Nagekeo PKS used UMP 2024), so the 2026 draft uses UMP 2025.
 * Once enrolment exists, the active participants are carried into the new PKS's groups here as well.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { addMonths } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import { loadAgreement } from './agreement-access.service';
import { termsOf } from './agreement.mapper';
import { createAgreement } from './agreements.service';
import type { GroupInput } from './agreements.schemas';

function nextYearGroup({ id: _id, ...g }: GroupInput): GroupInput {
  return g.wage.kind === 'ump' ? { ...g, wage: { ...g.wage, year: g.wage.year + 1 } } : g;
}

export async function renewAgreement(db: Db, ctx: RequestContext, tenantCode: string, id: number, input: { number?: string; title?: string }) {
  const a = await loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
  if (a.kind !== 'pks') throw new DomainError('AGREEMENT_NOT_PKS', 'invalid');
  const terms = termsOf(a);
  const year = (a.fiscalYear ?? Number(a.periodStart.slice(0, 4))) + 1;
  return createAgreement(db, ctx, tenantCode, {
    ...terms,
    kind: 'pks',
    number: input.number ?? `${a.number} (${year})`,
    title: input.title ?? a.title.replaceAll(String(year - 1), String(year)),
    periodStart: addMonths(a.periodStart, 12),
    periodEnd: addMonths(a.periodEnd, 12),
    fiscalYear: year,
    groups: terms.groups.map(nextYearGroup),
    budget: a.budget && { ...a.budget, fiscalYear: a.budget.fiscalYear + 1, dpaNumber: '' },
    note: '',
  }, a.id);
}
