/**
 * Heirs (ahli waris) of a death or scholarship claim: recorded with their relation (order as data), NIK
 * (checked against the region table and the declared birth date), bank account and — for children named
 * for the scholarship — school level. Shown with the NIK masked; the full NIK only to roles holding
 * `nik:full` that ask for it, each reveal audit-logged (UU 27/2022), like every view of the list.
 */
import type { RequestContext } from '../auth/actor';
import { clockOf } from '../auth/actor';
import { hasPermission } from '../auth/roles';
import { recordAudit } from '../audit/audit.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { DomainError, notFound } from '../domain/errors';
import { entitledRank, heirIssues, normalizeBankAccount, scholarshipCandidates, type HeirInput, type SchoolLevel } from '../domain/heir';
import { maskNik, normalizeNik, parseNik } from '../domain/nik';
import { createRegionLookup } from '../domain/region-lookup';
import { translate } from '../i18n/messages';
import { existingRegionCodes } from '../regions/regions.service';
import { getRuleBook } from '../regulation/rule-book.service';
import { assertHeirsOpen, loadClaimFacts } from './claim-document-access.service';
import * as repo from './claim-documents.repository';
import { rescoreScholarships } from './claim-scholarship.service';

/** PP 82/2019: the scholarship ends at 23 — rule `scholarship.max-age`; this is the fallback without a rule row. */
export const SCHOLARSHIP_MAX_AGE = 23;

type HeirRow = Awaited<ReturnType<typeof repo.listHeirs>>[number];

const mayReveal = (ctx: RequestContext) => hasPermission(ctx.actor.role, 'nik:full');
const maskAccount = (account: string) => `${'•'.repeat(Math.max(account.length - 4, 0))}${account.slice(-4)}`;

function toHeirView(ctx: RequestContext, h: HeirRow, reveal: boolean, entitled: number | null) {
  const full = reveal && mayReveal(ctx);
  return {
    id: h.id, name: h.name, relation: h.relation, relationLabel: { id: h.label_id, en: h.label_en }, rank: h.rank,
    entitled: h.rank === entitled, legalBasis: h.legal_basis, confidence: h.confidence,
    nik: full ? h.nik : maskNik(h.nik, mayReveal(ctx) ? 'ends' : 'regency'), nikMasked: !full,
    birthDate: h.birth_date, sex: h.sex, bankName: h.bank_name,
    bankAccount: h.bank_account && (mayReveal(ctx) ? h.bank_account : maskAccount(h.bank_account)),
    schoolLevel: h.school_level, married: h.married, working: h.working, isChild: h.is_child,
  };
}

export async function listClaimHeirs(db: Db, ctx: RequestContext, tenantCode: string, claimId: number, reveal = false) {
  const claim = await loadClaimFacts(db, ctx, tenantCode, claimId, 'claims:read');
  const rows = await repo.listHeirs(db, tenantCode, claimId);
  const revealed = reveal && mayReveal(ctx);
  if (rows.length) {
    await recordAudit(db, ctx, { action: revealed ? 'claim.heir.nik.view' : 'claim.heirs.view', entity: 'claim', entityId: claimId, tenantCode, details: { number: claim.number, heirs: rows.length } });
  }
  const entitled = entitledRank(rows);
  return { items: rows.map((h) => toHeirView(ctx, h, revealed, entitled)) };
}

export async function listHeirRelations(db: Db) {
  return (await repo.listRelations(db)).map((r) => ({ code: r.code, rank: r.rank, isChild: r.is_child, label: { id: r.label_id, en: r.label_en }, legalBasis: r.legal_basis, confidence: r.confidence }));
}

async function checkNik(db: Db, nik: string, birthDate: string, today: string) {
  const codes = /^\d{16}$/.test(nik) ? [nik.slice(0, 2), `${nik.slice(0, 2)}.${nik.slice(2, 4)}`, `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`] : [];
  const regions = await existingRegionCodes(db, codes);
  const parsed = parseNik(nik, { birthDate, on: today }, createRegionLookup([...regions.values()].map(({ code, name }) => ({ code, name }))));
  if (!parsed.valid) {
    const first = parsed.errors[0];
    throw new DomainError('HEIR_NIK_INVALID', 'invalid', { field: 'nik', reason: first ? translate(first.code, 'id') : '', code: first?.code });
  }
  return parsed;
}

export async function addClaimHeir(db: Db, ctx: RequestContext, tenantCode: string, claimId: number, input: HeirInput) {
  const claim = await loadClaimFacts(db, ctx, tenantCode, claimId, 'claims:write');
  assertHeirsOpen(claim);
  const nik = normalizeNik(input.nik);
  const today = todayIn(clockOf(ctx), tenantCode);
  const [relations, heirs] = await Promise.all([repo.listRelations(db), repo.listHeirs(db, tenantCode, claimId)]);
  const issues = heirIssues({ ...input, nik }, {
    relations: relations.map((r) => ({ code: r.code, rank: r.rank, isChild: r.is_child })), participantNik: claim.nik,
    otherHeirNiks: heirs.map((h) => h.nik), today,
  });
  const first = issues[0];
  if (first) throw new DomainError(first.code, first.code === 'HEIR_NIK_DUPLICATE' ? 'conflict' : 'invalid', { field: first.field });
  const parsed = await checkNik(db, nik, input.birthDate, today);
  return db.transaction().execute(async (tx) => {
    const { id } = await repo.insertHeir(tx, {
      tenant_code: tenantCode, claim_id: claimId, name: input.name.trim(), relation: input.relation, nik, birth_date: input.birthDate,
      sex: parsed.sex ?? 'L', bank_name: input.bankName?.trim() || null, bank_account: input.bankAccount ? normalizeBankAccount(input.bankAccount) : null,
      school_level: input.schoolLevel ?? null, married: !!input.married, working: !!input.working, created_by: ctx.actor.username,
    });
    await recordAudit(tx, ctx, { action: 'claim.heir.add', entity: 'claim', entityId: claimId, tenantCode, details: { number: claim.number, heirId: id, relation: input.relation, nik: maskNik(nik) } });
    // a child recorded with a school level changes the scholarship's children (§1): compute it again
    await rescoreScholarships(tx, ctx, tenantCode, claim.participation_id);
    return { id };
  });
}

export async function removeClaimHeir(db: Db, ctx: RequestContext, tenantCode: string, claimId: number, heirId: number) {
  const claim = await loadClaimFacts(db, ctx, tenantCode, claimId, 'claims:write');
  assertHeirsOpen(claim);
  await db.transaction().execute(async (tx) => {
    const deleted = await repo.deleteHeir(tx, tenantCode, claimId, heirId).catch((e: { code?: string }) => {
      // a document names this heir (claim_document.heir_id): keep both, say why
      if (e.code === '23503') throw new DomainError('HEIR_IN_USE', 'conflict');
      throw e;
    });
    if (!deleted.numDeletedRows) throw notFound('heir', heirId);
    await recordAudit(tx, ctx, { action: 'claim.heir.remove', entity: 'claim', entityId: claimId, tenantCode, details: { number: claim.number, heirId } });
    await rescoreScholarships(tx, ctx, tenantCode, claim.participation_id);
  });
}

/**
 * The children among a claim's heirs who can hold a scholarship on the incident date, oldest first
 * (CONTRACTS: the claims helper takes the first `scholarship.max-children` of them). No scope check:
 * called by services that checked it.
 */
export async function scholarshipChildren(db: Db, tenantCode: string, claimId: number, maxAgeAsked?: number):
  Promise<{ heirId: number; name: string; birthDate: string; level: SchoolLevel; ageOnIncident: number }[]> {
  const claim = await repo.findClaimFacts(db, tenantCode, claimId, { opdId: null, villageCode: null });
  if (!claim) return [];
  const maxAge = maxAgeAsked ?? (await getRuleBook(db)).findRuleAt('scholarship.max-age', claim.incident_date)?.value ?? SCHOLARSHIP_MAX_AGE;
  const heirs = (await repo.listHeirs(db, tenantCode, claimId)).map((h) => ({
    id: h.id, name: h.name, birthDate: h.birth_date, isChild: h.is_child, schoolLevel: h.school_level, married: h.married, working: h.working,
  }));
  return scholarshipCandidates(heirs, claim.incident_date, maxAge)
    .map((c) => ({ heirId: c.id, name: c.name, birthDate: c.birthDate, level: c.schoolLevel as SchoolLevel, ageOnIncident: c.ageOnIncident }));
}
