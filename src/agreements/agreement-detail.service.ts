/**
 * One agreement with everything its page shows at once: terms, addenda (its history), attached
 * documents and, for a PKS, the plan totals against the budget.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { loadAgreement } from './agreement-access.service';
import * as documents from './agreement-documents.repository';
import { toDocumentMeta } from './agreement-documents.service';
import * as history from './agreement-history.repository';
import { planOf, planSummaryOf } from './agreements.service';

export async function getAgreementDetail(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  const agreement = await loadAgreement(db, ctx, tenantCode, id, 'agreements:read');
  const [addenda, docs] = await Promise.all([history.listAddenda(db, tenantCode, id), documents.listDocuments(db, tenantCode, id)]);
  const plan = agreement.kind === 'pks' ? await planSummaryOf(() => planOf(db, agreement)) : { plan: null };
  return {
    agreement,
    ...plan,
    addenda: addenda.map((a) => ({
      id: a.id, version: a.version, number: a.number, title: a.title, signedOn: a.signed_on, reason: a.reason,
      changes: a.changes, createdBy: a.created_by, createdAt: a.created_at.toISOString(),
    })),
    documents: docs.map(toDocumentMeta),
  };
}
