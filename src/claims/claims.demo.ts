/**
 * The demo's 2025 claims (example data), filed after billing and payments so the wage base comes from the
 * bill lines: a JKK death of a non-ASN on 2025-06-10 (Rp 126,967,648, paid), a JKM death of a pekerja rentan
 * on 2025-08-01 (Rp 42,000,000, paid to the heirs) with its scholarship refused for too few contribution
 * months, and a JKK traffic accident with 3 months of STMB (submitted to BPJS). Documents are synthetic PDFs,
 * verified. Idempotent: filing answers the claim already filed, and only the steps not yet taken are taken.
 * The two deaths ended their participations before billing and replacements took the slots
 * (src/demo/demo-life-events.ts): filing the death claims finds them ended and changes nothing.
 */
import { listAgreements } from '../agreements/agreements.service';
import type { RequestContext } from '../auth/actor';
import { billsOf } from '../billing/billing-facts.service';
import type { IsoDate } from '../domain/calendar';
import type { Db } from '../db/database';
import { listParticipants } from '../enrolment/enrolment.service';
import { advanceClaim, type AdvanceRequest } from './claim-advance.service';
import { decideClaimDocument, uploadClaimDocument } from './claim-document-files.service';
import { missingDocuments } from './claim-documents.service';
import { fileClaim, type FileClaimRequest } from './claim-file.service';
import type { ClaimView } from './claim-view';

interface DemoClaim { scheme: 'pu' | 'bpu'; pick: number; filedOn: IsoDate; claim: Omit<FileClaimRequest, 'nik'>; steps: (AdvanceRequest & { on: IsoDate })[] }

const DEMO_CLAIMS: DemoClaim[] = [
  { scheme: 'pu', pick: 0, filedOn: '2025-06-11', claim: { type: 'jkk-death', incidentDate: '2025-06-10', chronology: 'Contoh: jatuh dari perancah saat bertugas (data contoh).' },
    steps: [{ to: 'berkas-lengkap', on: '2025-06-16' }, { to: 'diajukan', on: '2025-06-17' }, { to: 'disetujui', on: '2025-06-24', amount: 126_967_648 }, { to: 'dibayar', on: '2025-06-26' }] },
  { scheme: 'bpu', pick: 0, filedOn: '2025-08-04', claim: { type: 'jkm', incidentDate: '2025-08-01', children: 2, chronology: 'Contoh: meninggal karena sakit (data contoh).' },
    steps: [{ to: 'berkas-lengkap', on: '2025-08-08' }, { to: 'diajukan', on: '2025-08-11' }, { to: 'disetujui', on: '2025-08-15', amount: 42_000_000 }, { to: 'dibayar', on: '2025-08-19' }] },
  { scheme: 'bpu', pick: 0, filedOn: '2025-08-04', claim: { type: 'beasiswa', incidentDate: '2025-08-01', children: 2, childLevels: ['sd', 'smp'] }, steps: [] },
  { scheme: 'pu', pick: 1, filedOn: '2025-09-16', claim: { type: 'jkk-stmb', incidentDate: '2025-09-15', months: 3, trafficAccident: true, chronology: 'Contoh: kecelakaan lalu lintas dalam perjalanan dinas (data contoh).' },
    steps: [{ to: 'berkas-lengkap', on: '2025-09-22' }, { to: 'diajukan', on: '2025-09-23' }] },
];

async function completeDocuments(db: Db, dataDir: string, ctx: RequestContext, tenantCode: string, claimId: number) {
  for (const doc of await missingDocuments(db, tenantCode, claimId)) {
    const content = Buffer.from(`%PDF-1.4\n% Dokumen contoh (sintetis) ${doc.code} klaim ${claimId}\n%%EOF\n`);
    const meta = await uploadClaimDocument(db, dataDir, ctx, tenantCode, claimId, { requirementCode: doc.code, filename: `contoh-${doc.code}.pdf`, content });
    await decideClaimDocument(db, ctx, tenantCode, claimId, meta.id, { verdict: 'verified' });
  }
}

async function takeSteps(db: Db, dataDir: string, ctx: RequestContext, tenantCode: string, c: ClaimView, steps: DemoClaim['steps']) {
  const order = ['dilaporkan', 'berkas-lengkap', 'diajukan', 'disetujui', 'dibayar'];
  for (const step of steps.filter((s) => order.indexOf(s.to) > order.indexOf(c.status))) {
    if (step.to === 'berkas-lengkap') await completeDocuments(db, dataDir, ctx, tenantCode, c.claimId);
    await advanceClaim(db, ctx, tenantCode, c.claimId, step, step.on);
  }
}

/** Files the demo claims of the PKS `pksNumber` once its bills exist; answers how many claims it filed or found. */
export async function seedDemoClaims(db: Db, cli: RequestContext, tenantCode: string, pksNumber: string, dataDir: string): Promise<number> {
  const ctx: RequestContext = { ...cli, actor: { ...cli.actor, role: 'dinas', tenantCode } };
  const pks = (await listAgreements(db, ctx, tenantCode)).find((a) => a.number === pksNumber);
  if (!pks || (await billsOf(db, tenantCode, pks.id)).length === 0) return 0;
  let count = 0;
  for (const d of DEMO_CLAIMS) {
    const group = pks.groups.find((g) => g.scheme === d.scheme);
    if (!group) continue;
    const found = await listParticipants(db, ctx, tenantCode, { agreementId: pks.id, groupId: group.id, limit: 1, offset: d.pick }, d.filedOn);
    const p = found.items[0];
    if (!p) continue;
    const [full] = (await listParticipants(db, ctx, tenantCode, { personId: p.personId, agreementId: pks.id, limit: 1, offset: 0, revealNik: true }, d.filedOn)).items;
    const c = await fileClaim(db, ctx, tenantCode, { ...d.claim, nik: full!.nik, example: true }, d.filedOn);
    await takeSteps(db, dataDir, ctx, tenantCode, c, d.steps);
    count++;
  }
  return count;
}
