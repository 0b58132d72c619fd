/**
 * The life of an agreement: draft → signed → active → ended. Signing fixes the terms (later changes go
 * through an addendum) and needs a signatory for each party, the date and the place.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import type { AgreementStatus } from '../db/schema';
import { DomainError } from '../domain/errors';
import { loadAgreement } from './agreement-access.service';
import type { Agreement } from './agreement.mapper';
import * as repo from './agreements.repository';

const NEXT: Record<'sign' | 'activate' | 'end', { from: AgreementStatus[]; to: AgreementStatus }> = {
  sign: { from: ['draft'], to: 'signed' },
  activate: { from: ['signed'], to: 'active' },
  end: { from: ['signed', 'active'], to: 'ended' },
};

function assertTransition(a: Agreement, step: keyof typeof NEXT) {
  if (!NEXT[step].from.includes(a.status)) {
    throw new DomainError('AGREEMENT_STATUS_INVALID', 'conflict', { status: a.status, to: NEXT[step].to });
  }
}

export async function signAgreement(db: Db, ctx: RequestContext, tenantCode: string, id: number, input: { signedOn: string; signedPlace: string }) {
  const a = await loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
  assertTransition(a, 'sign');
  const signs = (side: 'regency' | 'bpjs') => a.people.some((p) => p.role === 'signatory' && p.side === side);
  if (!signs('regency') || !signs('bpjs')) throw new DomainError('AGREEMENT_SIGNATORY_REQUIRED', 'invalid', { field: 'people' });
  await db.transaction().execute(async (tx) => {
    await repo.updateAgreement(tx, tenantCode, id, { status: 'signed', signed_on: input.signedOn, signed_place: input.signedPlace });
    await recordAudit(tx, ctx, { action: 'agreement.sign', entity: 'agreement', entityId: id, tenantCode, details: input });
  });
  return loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
}

export async function changeAgreementStatus(db: Db, ctx: RequestContext, tenantCode: string, id: number, step: 'activate' | 'end') {
  const a = await loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
  assertTransition(a, step);
  await db.transaction().execute(async (tx) => {
    const at = new Date();
    await repo.updateAgreement(tx, tenantCode, id, step === 'activate' ? { status: 'active', activated_at: at } : { status: 'ended', ended_at: at });
    await recordAudit(tx, ctx, { action: `agreement.${step}`, entity: 'agreement', entityId: id, tenantCode, details: { from: a.status } });
  });
  return loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
}
