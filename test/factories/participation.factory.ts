/**
 * An active PKS and participants in it, written directly (enrolment's quota, batches and BPJS answers are
 * tested in src/enrolment; billing, payments and claims tests need a participant with exact coverage
 * dates). `aPks` signs and activates a two-group PKS; `aParticipant` registers a worker and makes them an
 * `aktif` (or `berakhir`) participant of a group.
 */
import type { RequestContext } from '../../src/auth/actor';
import { changeAgreementStatus, signAgreement } from '../../src/agreements/agreement-status.service';
import type { AgreementCreate } from '../../src/agreements/agreements.schemas';
import type { Db } from '../../src/db/database';
import { anAgreement } from './agreement.factory';
import { anOpd, dinasOf } from './tenant.factory';
import { aVillage } from './village.factory';
import { aWorker } from './worker.factory';

export async function aPks(db: Db, tenantCode: string, overrides: Partial<AgreementCreate> = {}, ctx: RequestContext = dinasOf(tenantCode)) {
  const a = await anAgreement(db, tenantCode, overrides, ctx);
  await signAgreement(db, ctx, tenantCode, a.id, { signedOn: a.periodStart, signedPlace: 'Mbay' });
  await changeAgreementStatus(db, ctx, tenantCode, a.id, 'activate');
  return { id: a.id, pu: a.groups.find((g) => g.scheme === 'pu')!.id, bpu: a.groups.find((g) => g.scheme === 'bpu')!.id, periodEnd: a.periodEnd };
}

export interface ParticipantSpec {
  agreementId: number; groupId: number; from: string; to: string;
  group?: 'non-asn' | 'rentan'; opdId?: number | null; villageCode?: string | null;
  ended?: { on: string; reason: 'meninggal' | 'berhenti' | 'pindah' | 'tidak-memenuhi-syarat' };
}

let kpj = 10_000_000_000;
const defaultOpd: Record<string, number> = {};

export async function aParticipant(db: Db, tenantCode: string, s: ParticipantSpec): Promise<{ id: number; nik: string; personId: number }> {
  const group = s.group ?? 'non-asn';
  // a non-ASN works in an OPD, a rentan worker lives in a village (the registry requires one)
  const opdId = group === 'non-asn' ? (s.opdId ?? (defaultOpd[tenantCode] ??= (await anOpd(db, tenantCode)).id)) : null;
  const villageCode = group === 'rentan' ? (s.villageCode ?? (await aVillage(db, tenantCode, 0)).code) : null;
  const w = await aWorker(db, tenantCode, { group, opdId, villageCode });
  const row = await db.insertInto('participation').values({
    tenant_code: tenantCode, person_id: w.personId, membership_id: w.membershipId, nik: w.nik, worker_group: group,
    opd_id: opdId, village_code: villageCode,
    agreement_id: s.agreementId, group_id: s.groupId, programmes: ['JKK', 'JKM'], status: s.ended ? 'berakhir' : 'aktif',
    starts_on: s.from, coverage_from: s.from, coverage_to: s.ended ? s.ended.on : s.to, kpj: String(++kpj),
    end_reason: s.ended?.reason ?? null, ended_on: s.ended?.on ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  return { id: row.id, nik: w.nik, personId: w.personId };
}
