// Why: the checklist gates the claim's "berkas lengkap" step and tells heirs what to bring; a slot wrongly
// counted as held would let an incomplete claim go to BPJS.
import { describe, expect, it } from 'vitest';
import { computeChecklist, missingItems, unverifiedItems, type DocumentRequirement, type HeldDocument } from './claim-checklist';

const req = (code: string, extra: Partial<DocumentRequirement> = {}): DocumentRequirement => ({
  code, labelId: code.toUpperCase(), labelEn: code, required: true, appliesTo: 'claim', onlyIf: null, ...extra,
});
const doc = (id: number, requirementCode: string, status: HeldDocument['status'] = 'received', heirId: number | null = null): HeldDocument =>
  ({ id, requirementCode, status, heirId });

const REQS = [
  req('akta-kematian'), req('kk'), req('laporan-polisi', { onlyIf: 'traffic-accident' }),
  req('foto', { required: false }), req('akta-kelahiran', { appliesTo: 'each-scholarship-child' }),
];
const plain = { trafficAccident: false, scholarshipChildren: [] };

describe('computeChecklist', () => {
  it('lists every applicable slot as missing when nothing is held', () => {
    const items = computeChecklist(REQS, plain, []);
    expect(items.map((i) => [i.code, i.status])).toEqual([
      ['akta-kematian', 'missing'], ['kk', 'missing'], ['foto', 'missing'], ['akta-kelahiran', 'missing'],
    ]);
    // the optional photo is never "missing" for the gate
    expect(missingItems(items).map((i) => i.code)).toEqual(['akta-kematian', 'kk', 'akta-kelahiran']);
  });

  it.each([
    [false, ['akta-kematian', 'kk', 'foto', 'akta-kelahiran']],
    [true, ['akta-kematian', 'kk', 'laporan-polisi', 'foto', 'akta-kelahiran']],
  ])('asks the police report only for a traffic accident (%s)', (trafficAccident, codes) => {
    expect(computeChecklist(REQS, { ...plain, trafficAccident }, []).map((i) => i.code)).toEqual(codes);
  });

  it.each<[string, HeldDocument[], string]>([
    ['one received', [doc(1, 'kk')], 'received'],
    ['one verified among received', [doc(1, 'kk'), doc(2, 'kk', 'verified')], 'verified'],
    ['only rejected', [doc(1, 'kk', 'rejected')], 'missing'],
    ['another code', [doc(1, 'akta-kematian', 'verified')], 'missing'],
  ])('a slot with %s is %s', (_what, docs, status) => {
    expect(computeChecklist(REQS, plain, docs).find((i) => i.code === 'kk')?.status).toBe(status);
  });

  it('asks per-child papers once per scholarship child, each filled only by that child\'s document', () => {
    const facts = { trafficAccident: false, scholarshipChildren: [{ id: 7, name: 'Yohana' }, { id: 8, name: 'Petrus' }] };
    const items = computeChecklist(REQS, facts, [doc(3, 'akta-kelahiran', 'verified', 8)]);
    const perChild = items.filter((i) => i.code === 'akta-kelahiran');
    expect(perChild.map((i) => [i.heirId, i.labelId, i.status, i.documentIds])).toEqual([
      [7, 'AKTA-KELAHIRAN — Yohana', 'missing', []],
      [8, 'AKTA-KELAHIRAN — Petrus', 'verified', [3]],
    ]);
  });

  it('tells received-but-unverified required slots apart from missing ones', () => {
    const items = computeChecklist(REQS, plain, [doc(1, 'akta-kematian', 'verified'), doc(2, 'kk'), doc(3, 'akta-kelahiran', 'verified')]);
    expect(missingItems(items)).toEqual([]);
    expect(unverifiedItems(items).map((i) => i.code)).toEqual(['kk']);
  });
});
