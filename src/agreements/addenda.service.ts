/**
 * Addenda: the only way to change a signed agreement. An addendum is recorded as signed (number, title,
 * date, reason) together with the exact fields it changed — before and after — and bumps the version,
 * so the agreement's history reads as the sequence of its addenda.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { loadAgreement } from './agreement-access.service';
import * as history from './agreement-history.repository';
import { diffTerms, termsOf, toAgreement } from './agreement.mapper';
import { validateTerms, writeTerms } from './agreement-terms.service';
import * as repo from './agreements.repository';
import type { AddendumInput } from './agreements.schemas';

export async function createAddendum(db: Db, ctx: RequestContext, tenantCode: string, id: number, input: AddendumInput) {
  const current = await loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
  if (current.status === 'draft') throw new DomainError('AGREEMENT_NOT_SIGNED', 'conflict');
  if (current.status === 'ended') throw new DomainError('AGREEMENT_STATUS_INVALID', 'conflict', { status: current.status, to: 'addendum' });
  const before = termsOf(current);
  const terms = { ...before, ...input.changes };
  await validateTerms(db, tenantCode, current.kind, terms, id);
  const addendumId = await db.transaction().execute(async (tx) => {
    await writeTerms(tx, tenantCode, id, terms, current.groups.map((g) => g.id));
    // Compare what is stored now with what was stored before, so defaults filled on write do not count as changes.
    const stored = toAgreement((await repo.findAgreement(tx, tenantCode, id))!, await repo.listGroups(tx, tenantCode, [id]));
    const changes = diffTerms(before, termsOf(stored));
    if (changes.length === 0) throw new DomainError('AGREEMENT_NO_CHANGES', 'invalid', { field: 'changes' });
    const version = current.version + 1;
    await repo.updateAgreement(tx, tenantCode, id, { version });
    const { id: addendumId } = await history.insertAddendum(tx, {
      tenant_code: tenantCode, agreement_id: id, version, number: input.number, title: input.title, signed_on: input.signedOn,
      reason: input.reason, changes: JSON.stringify(changes), created_by: ctx.actor.username,
    });
    await recordAudit(tx, ctx, { action: 'agreement.addendum', entity: 'agreement', entityId: id, tenantCode, details: { addendumId, number: input.number, version, fields: changes.map((c) => c.field) } });
    return addendumId;
  });
  return { addendumId, agreement: await loadAgreement(db, ctx, tenantCode, id, 'agreements:write') };
}

