/**
 * Agreements as the Dinas records them: list, read, create (always a draft) and edit while still a
 * draft. After signing, the terms change only through an addendum (addenda.service.ts).
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import * as branches from '../branches/branch-directory.service';
import { DomainError } from '../domain/errors';
import { existingRegionCodes } from '../regions/regions.service';
import * as tenants from '../tenants/tenants.service';
import { branchFilterOf, loadAgreement } from './agreement-access.service';
import { termsOf, termsToColumns, toAgreement, type Agreement, type AgreementTerms } from './agreement.mapper';
import { getRuleBook } from '../regulation/rule-book.service';
import { planAgreement, type AgreementPlan } from './agreement-plan';
import { validateTerms, writeGroups, writeTerms } from './agreement-terms.service';
import * as repo from './agreements.repository';
import type { AgreementCreate, AgreementPatch, WhatIf } from './agreements.schemas';

export interface PlanTotals { total: number; budget: number | null; remaining: number | null; remainingBp: number | null; verdict: AgreementPlan['verdict']; headcount: number; headsCarried: number | null; monthsCarried: number | null }

export function planTotalsOf(plan: AgreementPlan): PlanTotals {
  const { total, budget, remaining, remainingBp, verdict, headcount, headsCarried, monthsCarried } = plan;
  return { total, budget, remaining, remainingBp, verdict, headcount, headsCarried, monthsCarried };
}

/**
 * A PKS's plan totals for a list or a page, or the code of why they cannot be computed: one stored
 * record that cannot be planned (stored before today's checks, or by hand) must not fail every view
 * that shows it beside others.
 */
export async function planSummaryOf(compute: () => AgreementPlan | Promise<AgreementPlan>): Promise<{ plan: PlanTotals | null; planError?: string }> {
  try {
    return { plan: planTotalsOf(await compute()) };
  } catch (error) {
    if (error instanceof DomainError) return { plan: null, planError: error.code };
    throw error;
  }
}

/** The tenant's agreements (a BPJS user: their branch's), each PKS with its plan totals. */
export async function listAgreements(db: Db, ctx: RequestContext, tenantCode: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'agreements:read');
  const rows = await repo.listAgreements(db, tenantCode, branchFilterOf(ctx));
  const groups = await repo.listGroups(db, tenantCode, rows.map((r) => r.id));
  const rules = await getRuleBook(db);
  return Promise.all(rows.map(async (row) => {
    const a = toAgreement(row, groups);
    return { ...a, ...(a.kind === 'pks' ? await planSummaryOf(() => planAgreement(a, rules)) : { plan: null }) };
  }));
}

export const getAgreement = (db: Db, ctx: RequestContext, tenantCode: string, id: number) =>
  loadAgreement(db, ctx, tenantCode, id, 'agreements:read');

/** The plan of a PKS (optionally with what-if overrides, never saved), with province names for UMP labels. */
export async function planOf(db: Db, a: Agreement, whatIf: WhatIf = {}): Promise<AgreementPlan> {
  if (a.kind !== 'pks') throw new DomainError('AGREEMENT_NOT_PKS', 'invalid');
  const provinces = a.groups.flatMap((g) => (g.wage.kind === 'ump' ? [g.wage.provinceCode] : []));
  const names = new Map([...(await existingRegionCodes(db, provinces)).values()].map((r) => [r.code, r.name]));
  return planAgreement(a, await getRuleBook(db), whatIf, names);
}

/** GET …/plan and the what-if: the same computation, the what-if with overrides and nothing saved. */
export async function getPlan(db: Db, ctx: RequestContext, tenantCode: string, id: number, whatIf: WhatIf = {}) {
  return planOf(db, await loadAgreement(db, ctx, tenantCode, id, 'agreements:read'), whatIf);
}

async function defaultsFor(db: Db, ctx: RequestContext, tenantCode: string, input: AgreementCreate): Promise<AgreementTerms> {
  const tenant = await tenants.getTenant(db, ctx, tenantCode);
  const branch = (await branches.listServingBranches(db, tenantCode)).find((b) => b.code === input.branchCode);
  return {
    parentId: input.parentId ?? null, number: input.number, title: input.title, branchCode: input.branchCode,
    regencyParty: input.regencyParty ?? `Pemerintah ${tenant?.name ?? tenantCode}`, dinasName: input.dinasName ?? 'Dinas Tenaga Kerja',
    dinasAddress: input.dinasAddress ?? '', bpjsParty: input.bpjsParty ?? branch?.name ?? input.branchCode,
    periodStart: input.periodStart, periodEnd: input.periodEnd,
    fiscalYear: input.fiscalYear ?? (input.kind === 'pks' ? Number(input.periodStart.slice(0, 4)) : null),
    programmes: input.programmes ?? ['JKK', 'JKM'], people: input.people ?? [], groups: input.groups ?? [],
    budget: input.budget ?? null, note: input.note ?? '',
  };
}

export async function createAgreement(db: Db, ctx: RequestContext, tenantCode: string, input: AgreementCreate, renewedFromId: number | null = null) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'agreements:write');
  const terms = await defaultsFor(db, ctx, tenantCode, input);
  await validateTerms(db, tenantCode, input.kind, terms, null);
  const id = await db.transaction().execute(async (tx) => {
    const { id } = await repo.insertAgreement(tx, { tenant_code: tenantCode, kind: input.kind, renewed_from_id: renewedFromId, ...termsToColumns(terms) });
    await writeGroups(tx, tenantCode, id, terms.groups, []);
    await recordAudit(tx, ctx, { action: 'agreement.create', entity: 'agreement', entityId: id, tenantCode, details: { kind: input.kind, number: terms.number, renewedFromId } });
    return id;
  });
  return loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
}

/** Edits a draft. A signed agreement answers AGREEMENT_LOCKED: its terms change by addendum. */
export async function updateAgreement(db: Db, ctx: RequestContext, tenantCode: string, id: number, patch: AgreementPatch) {
  const current = await loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
  if (current.status !== 'draft') throw new DomainError('AGREEMENT_LOCKED', 'conflict');
  const terms = { ...termsOf(current), ...patch };
  await validateTerms(db, tenantCode, current.kind, terms, id);
  await db.transaction().execute(async (tx) => {
    await writeTerms(tx, tenantCode, id, terms, current.groups.map((g) => g.id));
    await recordAudit(tx, ctx, { action: 'agreement.update', entity: 'agreement', entityId: id, tenantCode, details: { fields: Object.keys(patch) } });
  });
  return loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
}

/** What the form offers: the BPJS branches serving the regency and its MoUs (parents for a PKS). */
export async function agreementFormOptions(db: Db, ctx: RequestContext, tenantCode: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'agreements:read');
  const tenant = await tenants.getTenant(db, ctx, tenantCode);
  const mous = (await repo.listAgreements(db, tenantCode, branchFilterOf(ctx))).filter((a) => a.kind === 'mou');
  const provinceCode = tenant?.province_code ?? tenantCode.slice(0, 2);
  const province = (await existingRegionCodes(db, [provinceCode])).get(provinceCode);
  return {
    tenant: { code: tenantCode, name: tenant?.name ?? tenantCode, provinceCode, provinceName: province?.name ?? provinceCode },
    branches: await branches.listServingBranches(db, tenantCode),
    mous: mous.map((m) => ({ id: m.id, number: m.number, title: m.title })),
  };
}
