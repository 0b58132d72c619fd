/**
 * Participant cards (kartu peserta, issue #11): the card of one participation, or an A4 sheet of the
 * active participants of a NIK, a village or an OPD. Card data comes from enrolment (scoped by role and
 * audit-logged there); each card carries a QR link to `/v/<token>`, the token signed with the
 * installation's current key. Printing is recorded as an export (`card.export`).
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { maskNik, normalizeNik } from '../domain/nik';
import { getParticipant, listCardData, type CardData } from '../enrolment/enrolment.service';
import { cardKeyRing } from './card-keys';
import { renderCardPdf, renderCardSheetPdf, type CardFace } from './card-pdf';
import { signCardToken } from './card-token';
import './cards.messages';

/** Where keys live, what the QR links point at, and the day the cards are issued on. */
export interface CardSetup { dataDir: string; baseUrl: string; today: string }

export type CardFilter = { nik: string } | { villageCode: string } | { opdId: number };

export interface CardFile { filename: string; content: Buffer; cards: { participationId: number; kpj: string | null; verifyUrl: string }[]; pages: number }

function faces(rows: CardData[], tenantCode: string, setup: CardSetup): CardFace[] {
  const ring = cardKeyRing(setup.dataDir);
  return rows.map((r) => ({
    name: r.name, maskedNik: maskNik(r.nik), kpj: r.kpj, programmes: r.programmes, groupName: r.groupName,
    periodStart: r.agreementPeriod.start, periodEnd: r.agreementPeriod.end, regencyName: r.regencyName,
    issuerName: `Pemerintah ${r.regencyName}`,
    verifyUrl: `${setup.baseUrl}/v/${signCardToken(ring, { tenantCode, participationId: r.participationId, issuedOn: setup.today })}`,
  }));
}

async function auditExport(db: Db, ctx: RequestContext, tenantCode: string, rows: CardData[], filter: Record<string, unknown>) {
  await recordAudit(db, ctx, {
    action: 'card.export', entity: 'participation', entityId: rows.length === 1 ? rows[0]!.participationId : null, tenantCode,
    details: { ...filter, cards: rows.length, participationIds: rows.slice(0, 1000).map((r) => r.participationId) },
  });
}

const fileOf = (content: Buffer, filename: string, f: CardFace[], rows: CardData[], pages: number): CardFile => ({
  filename, content, pages, cards: rows.map((r, i) => ({ participationId: r.participationId, kpj: r.kpj, verifyUrl: f[i]!.verifyUrl })),
});

/** The card of one participation (web: a person's page). Only an active participation gets a card. */
export async function participantCard(db: Db, ctx: RequestContext, tenantCode: string, participationId: number, setup: CardSetup): Promise<CardFile> {
  // 404 outside scope and the status for a clear refusal; getParticipant audits the view
  const participant = await getParticipant(db, ctx, tenantCode, participationId, setup.today);
  if (participant.status !== 'aktif') throw new DomainError('CARD_NOT_ACTIVE', 'conflict', { status: participant.status });
  const rows = await listCardData(db, ctx, tenantCode, { participationId, status: 'aktif' }, setup.today);
  const f = faces(rows, tenantCode, setup);
  const content = await renderCardPdf(f[0]!, `Kartu peserta ${rows[0]!.name}`);
  await auditExport(db, ctx, tenantCode, rows, { participationId });
  return fileOf(content, `kartu-peserta-${rows[0]!.kpj ?? participationId}.pdf`, f, rows, 1);
}

function describe(filter: CardFilter): { query: { nik?: string; villageCode?: string; opdId?: number }; name: string } {
  if ('nik' in filter) {
    const nik = normalizeNik(filter.nik);
    return { query: { nik }, name: `kartu-peserta-${nik.slice(0, 4)}-${nik.slice(12)}` };
  }
  if ('villageCode' in filter) return { query: { villageCode: filter.villageCode }, name: `kartu-peserta-desa-${filter.villageCode}` };
  return { query: { opdId: filter.opdId }, name: `kartu-peserta-opd-${filter.opdId}` };
}

/** The cards of a NIK (its active participations), a village or an OPD, 8 to an A4 page. */
export async function cardSheet(db: Db, ctx: RequestContext, tenantCode: string, filter: CardFilter, setup: CardSetup): Promise<CardFile> {
  const { query, name } = describe(filter);
  if (Object.values(query).every((v) => v === undefined || v === '')) throw new DomainError('CARD_FILTER_REQUIRED', 'invalid');
  const rows = await listCardData(db, ctx, tenantCode, { ...query, status: 'aktif' }, setup.today);
  if (!rows.length) throw new DomainError('CARD_NONE_ACTIVE', 'not_found');
  const f = faces(rows, tenantCode, setup);
  // one person with one card: a card-sized page like the single card, not an A4 sheet with one card on it
  const single = 'nik' in query && f.length === 1;
  const content = single ? await renderCardPdf(f[0]!, `Kartu peserta ${rows[0]!.name}`) : await renderCardSheetPdf(f, `Kartu peserta — ${name}`, f[0]!.issuerName);
  await auditExport(db, ctx, tenantCode, rows, query.nik ? { nik: maskNik(query.nik) } : query);
  return fileOf(content, `${name}.pdf`, f, rows, single ? 1 : Math.ceil(rows.length / 8));
}
