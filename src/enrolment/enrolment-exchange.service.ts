/**
 * The BPJS side of enrolment (issue #11 §3): a registration batch submits every `calon` of a PKS
 * (→ `diajukan`), exported in the layout of the newest registration template (SIPP collective upload,
 * unconfirmed — REGULATIONS §7) as XLSX or CSV; a non-active report lists participations ended since the
 * last report. The Dinas creates batches; the Dinas and BPJS (role `bpjs`, the regencies its branch
 * serves) download them. Every export of personal data is audit-logged.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { ExportColumn } from '../db/schema';
import { DomainError, notFound } from '../domain/errors';
import { existingRegionCodes } from '../regions/regions.service';
import { opdNames } from '../tenants/tenants.service';
import { membershipFacts, personIdentities } from '../workers/participant-source.service';
import * as assign from './assignment.repository';
import { pksGroups } from './enrolment-assign.service';
import * as exchange from './exchange.repository';
import { toCsv, toXlsx, type ExportRow } from './exchange-file';
import * as repo from './participation.repository';

const toBatchView = (b: NonNullable<Awaited<ReturnType<typeof exchange.findBatch>>>) => ({
  id: b.id, kind: b.kind, agreementId: b.agreement_id, template: `${b.template_name}@${b.template_version}`, participants: b.participants,
  status: b.status, createdBy: b.created_by_username, createdAt: b.created_at.toISOString(), answeredAt: b.answered_at?.toISOString() ?? null,
});
export type BatchView = ReturnType<typeof toBatchView>;

/** Submits every `calon` of the PKS in a new registration batch (all or nothing). */
export async function createRegistrationBatch(db: Db, ctx: RequestContext, tenantCode: string, agreementId: number): Promise<BatchView> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:write');
  await pksGroups(db, tenantCode, agreementId);
  const id = await db.transaction().execute(async (tx) => {
    await assign.lockRegency(tx, tenantCode);
    const template = await exchange.currentTemplate(tx, 'registration');
    const batchId = await exchange.insertBatch(tx, { tenantCode, kind: 'registration', agreementId, template, actorId: ctx.actor.userId, actorUsername: ctx.actor.username });
    const ids = await exchange.submitCandidates(tx, tenantCode, agreementId, batchId);
    if (!ids.length) throw new DomainError('EXPORT_NOTHING', 'conflict', { field: 'agreement' });
    await exchange.setBatchCount(tx, tenantCode, batchId, ids.length);
    await assign.insertHistory(tx, tenantCode, ids, { action: 'submit', from: 'calon', to: 'diajukan', batchId, actorId: ctx.actor.userId, actorUsername: ctx.actor.username });
    await recordAudit(tx, ctx, { action: 'enrolment.batch.create', entity: 'enrolment_batch', entityId: batchId, tenantCode, details: { agreementId, participants: ids.length } });
    return batchId;
  });
  return getBatch(db, ctx, tenantCode, id);
}

/** Reports every ended participation not yet reported to BPJS (its non-active report). */
export async function createNonActiveBatch(db: Db, ctx: RequestContext, tenantCode: string): Promise<BatchView> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:write');
  const id = await db.transaction().execute(async (tx) => {
    await assign.lockRegency(tx, tenantCode);
    const template = await exchange.currentTemplate(tx, 'non-active');
    const batchId = await exchange.insertBatch(tx, { tenantCode, kind: 'non-active', agreementId: null, template, actorId: ctx.actor.userId, actorUsername: ctx.actor.username });
    const ids = await exchange.markNonActive(tx, tenantCode, batchId);
    await exchange.closeBatch(tx, tenantCode, batchId, ids.length);
    await recordAudit(tx, ctx, { action: 'enrolment.non-active.create', entity: 'enrolment_batch', entityId: batchId, tenantCode, details: { participants: ids.length } });
    return batchId;
  });
  return getBatch(db, ctx, tenantCode, id);
}

export async function getBatch(db: Db, ctx: RequestContext, tenantCode: string, id: number): Promise<BatchView> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:read');
  const b = await exchange.findBatch(db, tenantCode, id);
  if (!b) throw notFound('enrolment_batch', id);
  return toBatchView(b);
}

export async function listBatches(db: Db, ctx: RequestContext, tenantCode: string, limit = 100) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:read');
  return { items: (await exchange.listBatches(db, tenantCode, limit)).map(toBatchView) };
}

async function exportRows(db: Db, tenantCode: string, rows: repo.ParticipationRow[]): Promise<ExportRow[]> {
  const [people, facts, opds, regions] = await Promise.all([
    personIdentities(db, tenantCode, rows.map((r) => r.person_id)), membershipFacts(db, tenantCode, rows.map((r) => r.membership_id)),
    opdNames(db, tenantCode), existingRegionCodes(db, rows.flatMap((r) => (r.village_code ? [r.village_code] : []))),
  ]);
  return rows.map((r) => {
    const p = people.get(r.person_id);
    const place = r.opd_id !== null ? opds.get(r.opd_id) : r.village_code ? regions.get(r.village_code)?.name : null;
    return {
      participation_id: String(r.id), nik: r.nik, kpj: r.kpj, name: p?.name ?? '', birth_place: p?.birth_place ?? null, birth_date: p?.birth_date ?? null,
      mother_name: p?.mother_name ?? null, sex: p?.sex ?? null, address: p?.address ?? null, phone: p?.phone ?? null,
      wage: facts.get(r.membership_id)?.wage ?? null, workplace: place ?? null, starts_on: r.starts_on, ended_on: r.ended_on, end_reason: r.end_reason,
    };
  });
}

export interface ExportFile { fileName: string; contentType: string; body: Buffer; template: string; participants: number; batchId: number }

/** The batch's file in its template's layout (the template it was created with: a later version does not rewrite history). */
export async function exportBatch(db: Db, ctx: RequestContext, tenantCode: string, batchId: number, format: 'xlsx' | 'csv', today: string): Promise<ExportFile> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:exchange');
  const b = await exchange.findBatch(db, tenantCode, batchId);
  if (!b) throw notFound('enrolment_batch', batchId);
  const template = await exchange.findTemplate(db, b.template_name, b.template_version);
  if (!template) throw new DomainError('TEMPLATE_NOT_FOUND', 'not_found', { name: `${b.template_name}@${b.template_version}` });
  const ids = await exchange.batchParticipationIds(db, tenantCode, batchId, b.kind);
  const rows = await repo.listParticipations(db, { tenantCode, opdId: null, villageCode: null, ids, today });
  const data = await exportRows(db, tenantCode, rows);
  const columns = template.columns as ExportColumn[];
  const body = format === 'csv' ? toCsv(columns, data) : await toXlsx(columns, data, template.title);
  await recordAudit(db, ctx, {
    action: 'enrolment.export', entity: 'enrolment_batch', entityId: batchId, tenantCode,
    details: { kind: b.kind, format, participants: rows.length, template: `${template.name}@${template.version}` },
  });
  const stem = b.kind === 'registration' ? 'pendaftaran' : 'non-aktif';
  return {
    fileName: `${stem}-${tenantCode}-${batchId}.${format}`, body, participants: rows.length, batchId, template: `${template.name}@${template.version}`,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

export async function listTemplates(db: Db, ctx: RequestContext, tenantCode: string) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'enrolment:read');
  return { items: (await exchange.listTemplates(db)).map((t) => ({ name: t.name, version: t.version, kind: t.kind, title: t.title, confirmed: t.confirmed, sourceNote: t.source_note, effectiveFrom: t.effective_from, columns: t.columns })) };
}
