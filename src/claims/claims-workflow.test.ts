/**
 * The claim workflow on PostgreSQL: illegal transitions refused, the documents gate, BPJS's amount compared
 * with the computed one, the payment deadline over a weekend and a national holiday with the 1%/day penalty
 * (PP 44/2015 art. 37), idempotent steps, and scope per role (opd/desa own participants, bpjs its branch).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../auth/actor';
import { cliContext } from '../auth/actor';
import type { Role } from '../db/schema';
import { dinasOf, NAGEKEO } from '../../test/factories';
import { useTestDb } from '../../test/support/db';
import { aCoveredYear, UMP_NTT_2024, type CoveredYear } from '../../test/support/claims';
import { advanceClaim } from './claim-advance.service';
import { decideClaimDocument, uploadClaimDocument } from './claim-document-files.service';
import { missingDocuments } from './claim-documents.service';
import { fileClaim } from './claim-file.service';
import { claimUtilisation, getClaim, listClaims } from './claims.service';

const getDb = useTestDb();
const TODAY = '2025-12-31';
const DATA_DIR = path.join(os.tmpdir(), `lindung-claims-${process.pid}`);
let year: CoveredYear;

const as = (role: Role, extra: Partial<RequestContext['actor']> = {}): RequestContext =>
  ({ actor: { ...cliContext().actor, username: role, role, tenantCode: role === 'bpjs' ? null : NAGEKEO, ...extra }, ip: null });

beforeAll(async () => { year = await aCoveredYear(getDb(), ['2025-05', '2025-06', '2025-07']); });
afterAll(() => fs.rmSync(DATA_DIR, { recursive: true, force: true }));

async function completeDocuments(claimId: number) {
  for (const doc of await missingDocuments(getDb(), NAGEKEO, claimId)) {
    const meta = await uploadClaimDocument(getDb(), DATA_DIR, dinasOf(), NAGEKEO, claimId, { requirementCode: doc.code, filename: `${doc.code}.pdf`, content: Buffer.from(`%PDF-1.4\n% ${doc.code} ${claimId}\n%%EOF\n`) });
    await decideClaimDocument(getDb(), dinasOf(), NAGEKEO, claimId, meta.id, { verdict: 'verified' });
  }
}

describe('claim workflow', () => {
  it('report → complete → submitted → approved (differs) → paid late: deadlines, penalty, timeline', async () => {
    const db = getDb();
    const filed = await fileClaim(db, dinasOf(), NAGEKEO, { nik: year.nonAsn.nik, type: 'jkk-stmb', incidentDate: '2025-06-16', months: 1 }, '2025-06-17');
    expect(filed.benefit.total).toBe(UMP_NTT_2024);
    const step = (to: string, on: string, extra: object = {}) => advanceClaim(db, dinasOf(), NAGEKEO, filed.claimId, { to, on, ...extra }, TODAY);
    await expect(step('disetujui', '2025-06-18', { amount: 1 })).rejects.toMatchObject({ code: 'CLAIM_TRANSITION' });
    await expect(step('berkas-lengkap', '2025-06-18')).rejects.toMatchObject({ code: 'CLAIM_DOCUMENTS_MISSING' });
    await completeDocuments(filed.claimId);
    await step('berkas-lengkap', '2025-06-18');
    await expect(step('diajukan', '2025-06-17')).rejects.toMatchObject({ code: 'CLAIM_DATE_BEFORE_PREVIOUS' });
    // submitted Friday 20 June 2025: Mon 23 … Thu 26 (4), 27 June is 1 Muharram (holiday), Mon 30, Tue 1, Wed 2 July (7)
    const submitted = await step('diajukan', '2025-06-20');
    expect(submitted.deadlines.find((d) => d.code === 'bpjs-payment')).toMatchObject({ due: '2025-07-02', basis: 'PP 44/2015 art. 37' });
    // the report to BPJS (2 × 24 h, unconfirmed setting) was due 18 June: submitted 2 days late
    expect(submitted.deadlines.find((d) => d.code === 'report-bpjs')).toMatchObject({ due: '2025-06-18', overdue: true, daysLate: 2, confidence: 'unconfirmed' });
    await expect(step('disetujui', '2025-06-25')).rejects.toMatchObject({ code: 'CLAIM_AMOUNT_REQUIRED' });
    const approved = await step('disetujui', '2025-06-25', { amount: 2_000_000 });
    expect([approved.amountDiffers, approved.amountDifference]).toEqual([true, 2_000_000 - UMP_NTT_2024]);
    const paid = await step('dibayar', '2025-07-07');
    expect([paid.status, paid.paidAmount, paid.paidOn]).toEqual(['dibayar', 2_000_000, '2025-07-07']);
    // 5 days past 2 July: 5 × 1% of BPJS's amount
    expect(paid.deadlines.find((d) => d.code === 'bpjs-payment')).toMatchObject({ overdue: true, daysLate: 5, latePenalty: 100_000, metOn: '2025-07-07' });
    expect(paid.timeline.map((e) => e.status)).toEqual(['dilaporkan', 'berkas-lengkap', 'diajukan', 'disetujui', 'dibayar']);
    // the same step again changes nothing; any other step from a final status is refused
    expect((await step('dibayar', '2025-07-07')).timeline).toHaveLength(5);
    await expect(step('ditolak', '2025-07-08', { reason: 'x' })).rejects.toMatchObject({ code: 'CLAIM_TRANSITION' });
    const util = await claimUtilisation(db, dinasOf(), NAGEKEO, 2025);
    expect(util.byProgramme).toEqual([{ programme: 'JKK', filed: 1, approved: 1, paid: 1, benefitsPaid: 2_000_000 }]);
    expect(util.contributionsPaid).toBe(3 * (11_808 + 16_800));
    expect(util.ratio).toBe(Math.round((2_000_000 / (3 * 28_608)) * 10_000) / 10_000);
  });

  it('a rejection needs its reason', async () => {
    const db = getDb();
    const c = await fileClaim(db, dinasOf(), NAGEKEO, { nik: year.rentan.nik, type: 'jkk-transport', incidentDate: '2025-07-03' }, '2025-07-03');
    await completeDocuments(c.claimId);
    await advanceClaim(db, dinasOf(), NAGEKEO, c.claimId, { to: 'berkas-lengkap', on: '2025-07-04' }, TODAY);
    await advanceClaim(db, dinasOf(), NAGEKEO, c.claimId, { to: 'diajukan', on: '2025-07-04' }, TODAY);
    await expect(advanceClaim(db, as('bpjs', { branchCode: 'ENDE' }), NAGEKEO, c.claimId, { to: 'ditolak', on: '2025-07-05' }, TODAY)).rejects.toMatchObject({ code: 'CLAIM_REASON_REQUIRED' });
    const rejected = await advanceClaim(db, as('bpjs', { branchCode: 'ENDE' }), NAGEKEO, c.claimId, { to: 'ditolak', on: '2025-07-05', reason: 'Bukan kecelakaan kerja' }, TODAY);
    expect([rejected.status, rejected.rejectedReason]).toEqual(['ditolak', 'Bukan kecelakaan kerja']);
    expect(rejected.deadlines.map((d) => d.code)).toEqual(['report-bpjs']);
  });
});

describe('scope per role', () => {
  it('opd and desa see their own participants\' claims only; bpjs decides for its branch; others answer 404/403', async () => {
    const db = getDb();
    const mine = await fileClaim(db, dinasOf(), NAGEKEO, { nik: year.nonAsn.nik, type: 'jkk-medical', incidentDate: '2025-05-05', medicalCost: 3_500_000 }, '2025-05-06');
    const ownOpd = as('opd', { opdId: year.opdId });
    expect((await getClaim(db, ownOpd, NAGEKEO, mine.claimId, TODAY)).benefit.total).toBe(3_500_000);
    await expect(getClaim(db, as('opd', { opdId: year.opdId + 999 }), NAGEKEO, mine.claimId, TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getClaim(db, as('desa', { villageCode: '53.16.01.2001' }), NAGEKEO, mine.claimId, TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listClaims(db, as('desa', { villageCode: '53.16.01.2001' }), NAGEKEO, { limit: 100, offset: 0 }, TODAY)).items.every((c) => c.villageCode === '53.16.01.2001')).toBe(true);
    // an opd operator files for its own participant, not for a village's
    await expect(fileClaim(db, ownOpd, NAGEKEO, { nik: year.rentan.nik, type: 'jkm', incidentDate: '2025-05-05' }, TODAY)).rejects.toMatchObject({ code: 'CLAIM_PARTICIPANT_UNKNOWN' });
    await expect(advanceClaim(db, ownOpd, NAGEKEO, mine.claimId, { to: 'disetujui', amount: 1 }, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getClaim(db, as('bpjs', { branchCode: 'NOWHERE' }), NAGEKEO, mine.claimId, TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getClaim(db, as('viewer', { regionScope: null }), NAGEKEO, mine.claimId, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await claimUtilisation(db, as('viewer', { regionScope: null }), NAGEKEO, 2025)).year).toBe(2025);
  });
});
