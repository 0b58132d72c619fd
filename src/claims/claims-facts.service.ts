/**
 * Read-only claim facts other capabilities use (CONTRACTS.md, claims-m1): a claim by its number (self-service),
 * utilisation (claims and benefits against contributions paid) and claim counts (reports). No actor: callers
 * scope and audit on their side.
 */
import { systemClock, todayIn } from '../clock/clock';
import type { IsoDate } from '../domain/calendar';
import type { ClaimStatus, ClaimType } from '../domain/claim-types';
import type { Db } from '../db/database';
import { contributionsPaid } from './claim-billing.port';
import { deadlinesOf } from './claim-deadlines';
import * as repo from './claims.repository';

export interface ClaimFacts {
  tenantCode: string; id: number; number: string; participationId: number; nik: string; type: ClaimType; status: ClaimStatus;
  incidentDate: IsoDate; timeline: { status: ClaimStatus; on: IsoDate }[]; deadlines: { code: string; due: IsoDate; overdue: boolean }[];
}

export async function claimByNumber(db: Db, claimNumber: string, today?: IsoDate): Promise<ClaimFacts | null> {
  const row = await repo.findClaimByNumber(db, claimNumber);
  if (!row) return null;
  const on = today ?? todayIn(systemClock, row.tenant_code);
  const [events, deadlines] = await Promise.all([repo.listEvents(db, row.tenant_code, row.id), deadlinesOf(db, [row], on)]);
  return {
    tenantCode: row.tenant_code, id: row.id, number: row.number, participationId: row.participation_id, nik: row.nik, type: row.type,
    status: row.status, incidentDate: row.incident_date,
    timeline: events.map((e) => ({ status: e.to_status, on: e.happened_on })),
    deadlines: (deadlines.get(row.id) ?? []).map((d) => ({ code: d.code, due: d.due, overdue: d.overdue })),
  };
}

export interface UtilisationCounts { filed: number; approved: number; paid: number; benefitsPaid: number }
export interface Utilisation {
  year: number; contributionsPaid: number; benefitsPaid: number; ratio: number | null;
  byProgramme: ({ programme: string } & UtilisationCounts)[];
  byGroup: ({ programme: string; groupId: number; contributionsPaid: number; ratio: number | null } & UtilisationCounts)[];
  byOpd: ({ programme: string; opdId: number } & UtilisationCounts)[];
  byVillage: ({ programme: string; villageCode: string } & UtilisationCounts)[];
}

/** benefits ÷ contributions, 4 decimals; null when nothing was paid in (a ratio of 0/0 means nothing). */
export function ratioOf(benefits: number, contributions: number): number | null {
  return contributions > 0 ? Math.round((benefits / contributions) * 10_000) / 10_000 : null;
}

export async function utilisation(db: Db, tenantCode: string, year: number): Promise<Utilisation> {
  const [rows, paidIn] = await Promise.all([repo.utilisationRows(db, tenantCode, year), contributionsPaid(db, tenantCode, { year })]);
  const counts = (r: (typeof rows)[number]): UtilisationCounts => ({ filed: r.filed, approved: r.approved, paid: r.paid, benefitsPaid: r.benefits_paid });
  const byProgramme = rows.filter((r) => r.level === 'programme').map((r) => ({ programme: r.programme, ...counts(r) }));
  const benefitsPaid = byProgramme.reduce((sum, p) => sum + p.benefitsPaid, 0);
  const groupPaid = new Map(paidIn.byGroup.map((g) => [g.groupId, g.amount]));
  return {
    year, contributionsPaid: paidIn.total, benefitsPaid, ratio: ratioOf(benefitsPaid, paidIn.total), byProgramme,
    byGroup: rows.filter((r) => r.level === 'group' && r.group_id !== null).map((r) => {
      const paid = groupPaid.get(r.group_id as number) ?? 0;
      return { programme: r.programme, groupId: r.group_id as number, contributionsPaid: paid, ratio: ratioOf(r.benefits_paid, paid), ...counts(r) };
    }),
    byOpd: rows.filter((r) => r.level === 'opd' && r.opd_id !== null).map((r) => ({ programme: r.programme, opdId: r.opd_id as number, ...counts(r) })),
    byVillage: rows.filter((r) => r.level === 'village' && r.village_code !== null)
      .map((r) => ({ programme: r.programme, villageCode: r.village_code as string, ...counts(r) })),
  };
}

export async function claimCounts(db: Db, tenantCode: string, year: number): Promise<{ type: ClaimType; status: ClaimStatus; count: number; benefitsPaid: number }[]> {
  return repo.countClaims(db, tenantCode, year);
}

/** The regency of a claim named by its number or id (the CLI's `claims show|advance ID` carries no tenant). */
export async function claimTenant(db: Db, idOrNumber: string): Promise<{ tenantCode: string; id: number } | null> {
  const row = /^\d+$/.test(idOrNumber) ? await repo.findClaimById(db, Number(idOrNumber)) : await repo.findClaimByNumber(db, idOrNumber);
  return row ? { tenantCode: row.tenant_code, id: row.id } : null;
}
