/**
 * Claims on PostgreSQL (issue #13 Done-when): eligibility on the incident date from coverage and payments,
 * the wage base taken from the bill line, benefits with legal basis, the scholarship refused for too few
 * contribution months, and an incident before coverage recorded as not eligible with its reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dinasOf, NAGEKEO } from '../../test/factories';
import { useTestDb } from '../../test/support/db';
import { aCoveredYear, UMP_NTT_2024, type CoveredYear } from '../../test/support/claims';
import { fileClaim } from './claim-file.service';
import { claimByNumber, claimCounts } from './claims-facts.service';
import { listClaims } from './claims.service';

const getDb = useTestDb();
const TODAY = '2025-12-31';
let year: CoveredYear;
// every month paid but October: the rentan's (BPU, no grace) October incident is not covered
const PAID = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-11', '2025-12'];

beforeAll(async () => { year = await aCoveredYear(getDb(), PAID); });

const file = (nik: string, type: string, incidentDate: string, extra: object = {}) =>
  fileClaim(getDb(), dinasOf(), NAGEKEO, { nik, type, incidentDate, ...extra }, TODAY);

describe('filing a claim: eligibility, wage base from the bill line, benefit with legal basis', () => {
  it('a JKK death of a non-ASN billed on UMP NTT 2024 on 2025-06-10 = 48 × 2,186,826 + 12,000,000 + 10,000,000', async () => {
    const c = await file(year.nonAsn.nik, 'jkk-death', '2025-06-10');
    expect(c.eligible).toBe(true);
    expect(c.reasons).toEqual([]);
    expect(c.wageBase).toBe(UMP_NTT_2024);
    expect(c.wageBaseSource).toMatchObject({ billId: year.bills.get('2025-06')!.pu, month: '2025-06', baseSource: 'ump:53:2024' });
    expect(c.benefit.total).toBe(126_967_648);
    expect(c.benefit.lines.map((l) => [l.code, l.amount])).toEqual([['jkk-death-wage', 104_967_648], ['periodic', 12_000_000], ['funeral', 10_000_000]]);
    expect(c.benefit.lines.every((l) => l.basis.includes('PP 82/2019'))).toBe(true);
    expect(c.status).toBe('dilaporkan');
    expect(c.number).toMatch(/^KLM-53\.16-2025-\d{5}$/);
  });

  it('the same incident filed again answers the claim filed before (idempotent)', async () => {
    const first = await file(year.nonAsn.nik, 'jkk-death', '2025-06-10');
    const again = await file(year.nonAsn.nik, 'jkk-death', '2025-06-10');
    expect(again.claimId).toBe(first.claimId);
    expect((await listClaims(getDb(), dinasOf(), NAGEKEO, { type: 'jkk-death', limit: 50, offset: 0 }, TODAY)).total).toBe(1);
  });

  it('a JKM death of a pekerja rentan on 2025-08-01 = Rp 42,000,000; the scholarship is refused for too few contribution months', async () => {
    const jkm = await file(year.rentan.nik, 'jkm', '2025-08-01', { children: 2 });
    expect([jkm.eligible, jkm.benefit.total, jkm.contributionMonths]).toEqual([true, 42_000_000, 8]);
    const beasiswa = await file(year.rentan.nik, 'beasiswa', '2025-08-01', { children: 2 });
    expect(beasiswa.eligible).toBe(false);
    expect(beasiswa.reasons).toEqual(['SCHOLARSHIP_TOO_FEW_MONTHS']);
    expect(beasiswa.reasonTexts[0]!.message).toContain('36');
    expect(beasiswa.benefit.total).toBe(0);
  });

  it('after a JKK death the scholarship needs no minimum: 2 children of 3 counted, per level per year', async () => {
    const c = await file(year.nonAsn.nik, 'beasiswa', '2025-06-10', { children: 3, childLevels: ['sd', 'sma', 's1'] });
    expect(c.eligible).toBe(true);
    expect(c.reasons).toEqual(['SCHOLARSHIP_MAX_CHILDREN']);
    expect(c.benefit.lines.map((l) => [l.code, l.amount])).toEqual([['beasiswa-sd', 1_500_000], ['beasiswa-sma', 3_000_000]]);
  });

  it.each([
    ['2024-12-15', false], ['2024-12-31', false], ['2025-01-01', true],
  ])('an incident on %s (coverage from 2025-01-01) is eligible: %s — recorded either way', async (on, eligible) => {
    const c = await file(year.nonAsn.nik, 'jkk-stmb', on, { months: 2 });
    expect(c.eligible).toBe(eligible);
    if (!eligible) expect(c.reasons).toContain('COVERAGE_NOT_ACTIVE');
    expect(c.claimId).toBeGreaterThan(0);
  });

  it('an incident in an unpaid month of a BPU participant (no grace) is not covered', async () => {
    const c = await file(year.rentan.nik, 'jkk-transport', '2025-10-20');
    expect(c.eligible).toBe(false);
    expect(c.reasons.some((r) => r.startsWith('COVERAGE_'))).toBe(true);
    expect(c.reasonTexts.every((r) => r.message !== r.code)).toBe(true);
  });

  it('STMB of a non-ASN from the bill line: 14 months = 12 × 100% + 2 × 50% of 2,186,826', async () => {
    const c = await file(year.nonAsn.nik, 'jkk-stmb', '2025-03-03', { months: 14 });
    expect(c.benefit.total).toBe(12 * UMP_NTT_2024 + 2 * 1_093_413);
  });

  it('an unknown NIK is refused with a translated code and nothing is recorded', async () => {
    const before = (await listClaims(getDb(), dinasOf(), NAGEKEO, { limit: 1, offset: 0 }, TODAY)).total;
    await expect(file('5316070101900999', 'jkm', '2025-05-05')).rejects.toMatchObject({ code: 'CLAIM_PARTICIPANT_UNKNOWN' });
    await expect(file(year.nonAsn.nik, 'jkk-flood', '2025-05-05')).rejects.toMatchObject({ code: 'CLAIM_TYPE_INVALID' });
    await expect(file(year.nonAsn.nik, 'jkm', '2026-01-05')).rejects.toMatchObject({ code: 'CLAIM_INCIDENT_IN_FUTURE' });
    expect((await listClaims(getDb(), dinasOf(), NAGEKEO, { limit: 1, offset: 0 }, TODAY)).total).toBe(before);
  });

  it('claim facts for self-service and reports', async () => {
    const c = await file(year.nonAsn.nik, 'jkk-disability-partial', '2025-04-14', { percent: '2.5' });
    expect(c.benefit.total).toBe(Math.round(80 * UMP_NTT_2024 * 0.025));
    const facts = await claimByNumber(getDb(), c.number, TODAY);
    expect(facts).toMatchObject({ tenantCode: NAGEKEO, id: c.claimId, type: 'jkk-disability-partial', timeline: [{ status: 'dilaporkan', on: TODAY }] });
    expect(facts!.deadlines.map((d) => [d.code, d.due, d.overdue])).toEqual([['report-bpjs', '2025-04-16', true]]);
    const counts = await claimCounts(getDb(), NAGEKEO, 2025);
    expect(counts.find((r) => r.type === 'jkk-disability-partial')).toEqual({ type: 'jkk-disability-partial', status: 'dilaporkan', count: 1, benefitsPaid: 0 });
  });
});
