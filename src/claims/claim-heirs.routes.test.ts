/**
 * Heirs of a claim over HTTP (issue #13 §4): validation in words (NIK against the regions and the declared
 * birth date, the participant's own NIK, a duplicate, bank account), the order as data (first in line
 * marked), NIK masked unless revealed by a role holding nik:full — and every view and reveal audit-logged;
 * `heirMatches` and `scholarshipChildren` for the other capabilities.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNik } from '../domain/nik';
import { aClaim, claimDocumentsWorld, PDF, RENTAN_NIK } from '../../test/support/claim-documents';
import { heirMatches } from './claim-documents.service';
import { scholarshipChildren } from './claim-heirs.service';

let w: Awaited<ReturnType<typeof claimDocumentsWorld>>;
let jkm: number;
let stmb: number;
const url = () => `/api/v1/tenants/53.16/claims/${jkm}/heirs`;
const nik = (birthDate: string, sex: 'L' | 'P', serial: string) => formatNik({ districtCode: '53.16.01', birthDate, sex, serial });
const WIDOW = { name: 'Maria Goreti', relation: 'pasangan', nik: nik('1988-07-05', 'P', '0101'), birthDate: '1988-07-05', bankName: 'Bank NTT', bankAccount: '0012 3456 789' };
const SON = { name: 'Yohanes', relation: 'anak', nik: nik('2012-02-01', 'L', '0102'), birthDate: '2012-02-01', schoolLevel: 'smp' };
const DAUGHTER = { name: 'Yuliana', relation: 'anak', nik: nik('2002-03-10', 'P', '0103'), birthDate: '2002-03-10', schoolLevel: 's1' };

beforeAll(async () => {
  w = await claimDocumentsWorld();
  jkm = await aClaim(w.db, w.participations.rentan, { type: 'jkm', incidentDate: '2026-03-10', number: 'KLM-53.16-2026-00011' });
  stmb = await aClaim(w.db, w.participations.honorer, { type: 'jkk-stmb', number: 'KLM-53.16-2026-00012' });
}, 120_000);
afterAll(() => w?.close());

describe('recording heirs', () => {
  it.each([
    ['a NIK whose birth date is not the declared one', { ...WIDOW, birthDate: '1988-07-06' }, 'HEIR_NIK_INVALID', 'nik'],
    ['a NIK of an unknown regency', { ...WIDOW, nik: `9999${WIDOW.nik.slice(4)}` }, 'HEIR_NIK_INVALID', 'nik'],
    ['15 digits', { ...WIDOW, nik: WIDOW.nik.slice(1) }, 'HEIR_NIK_INVALID', 'nik'],
    ['the deceased participant\'s own NIK', { ...WIDOW, nik: RENTAN_NIK, birthDate: `19${RENTAN_NIK.slice(10, 12)}-${RENTAN_NIK.slice(8, 10)}-${RENTAN_NIK.slice(6, 8)}` }, 'HEIR_NIK_IS_PARTICIPANT', 'nik'],
    ['an account with letters', { ...WIDOW, bankAccount: '12AB5678' }, 'HEIR_BANK_ACCOUNT_INVALID', 'bankAccount'],
    ['an unknown relation', { ...WIDOW, relation: 'tetangga' }, 'HEIR_RELATION_UNKNOWN', 'relation'],
    ['a school level for a widow', { ...WIDOW, schoolLevel: 'sma' }, 'HEIR_SCHOOL_LEVEL_NOT_CHILD', 'schoolLevel'],
  ])('refuses %s in words, on its field', async (_what, body, code, field) => {
    const res = await w.as.desa.post(url(), body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.fields?.[0]?.path ?? res.json().error.field).toBe(field);
  });

  it('records the widow and two children; the same NIK twice is a conflict', async () => {
    for (const heir of [SON, WIDOW, DAUGHTER]) expect((await w.as.desa.post(url(), heir)).statusCode).toBe(201);
    const again = await w.as.dinas.post(url(), WIDOW);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'HEIR_NIK_DUPLICATE']);
    const rows = await w.db.selectFrom('claim_heir').select(['nik', 'bank_account', 'sex']).where('claim_id', '=', jkm).orderBy('id').execute();
    expect(rows.map((r) => [r.sex, r.bank_account])).toEqual([['L', null], ['P', '00123456789'], ['P', null]]);
  });

  it('refuses heirs on a claim that is not a death, and on other roles\' or villages\' claims', async () => {
    expect((await w.as.dinas.post(`/api/v1/tenants/53.16/claims/${stmb}/heirs`, WIDOW)).json().error.code).toBe('CLAIM_HEIRS_NOT_DEATH');
    expect((await w.as.opd.post(url(), { ...WIDOW, nik: nik('1990-01-01', 'L', '0201'), birthDate: '1990-01-01' })).statusCode).toBe(404);
    expect((await w.as.bpjs.post(url(), { ...WIDOW, nik: nik('1990-01-01', 'L', '0201'), birthDate: '1990-01-01' })).statusCode).toBe(403);
    expect((await w.as.viewer.get(url())).statusCode).toBe(403);
  });
});

describe('showing heirs', () => {
  it('lists them in legal order, first in line marked, NIK masked and the list view audit-logged', async () => {
    const res = await w.as.dinas.get(url());
    const items = res.json().items as { name: string; rank: number; entitled: boolean; nik: string; nikMasked: boolean; relationLabel: { id: string } }[];
    expect(items.map((h) => [h.name, h.rank, h.entitled])).toEqual([['Maria Goreti', 1, true], ['Yuliana', 2, false], ['Yohanes', 2, false]]);
    expect(items[0]).toMatchObject({ nik: `${WIDOW.nik.slice(0, 4)}********${WIDOW.nik.slice(12)}`, nikMasked: true, relationLabel: { id: 'Janda/duda (suami/istri)' } });
    const views = await w.db.selectFrom('audit_log').select('actor_username').where('action', '=', 'claim.heirs.view').execute();
    expect(views.map((v) => v.actor_username)).toContain('dinas.nagekeo');
  });

  it('reveals the full NIK only to roles holding nik:full, and logs each reveal', async () => {
    const full = (await w.as.bpjs.get(`${url()}?revealNik=true`)).json().items[0];
    expect(full).toMatchObject({ nik: WIDOW.nik, nikMasked: false, bankAccount: '00123456789' });
    const auditor = (await w.as.auditor.get(`${url()}?revealNik=true`)).json().items[0];
    expect(auditor).toMatchObject({ nik: `${WIDOW.nik.slice(0, 4)}${'*'.repeat(12)}`, nikMasked: true, bankAccount: '•••••••6789' });
    const reveals = await w.db.selectFrom('audit_log').select('actor_username').where('action', '=', 'claim.heir.nik.view').execute();
    expect(reveals.map((r) => r.actor_username)).toEqual(['bpjs.ende']);
  });
});

describe('facts for other capabilities', () => {
  it('heirMatches answers for recorded heirs only', async () => {
    expect(await heirMatches(w.db, '53.16', jkm, WIDOW.nik)).toBe(true);
    expect(await heirMatches(w.db, '53.16', jkm, ` '${SON.nik} `)).toBe(true);
    expect(await heirMatches(w.db, '53.16', jkm, RENTAN_NIK)).toBe(false);
    expect(await heirMatches(w.db, '53.16', stmb, WIDOW.nik)).toBe(false);
    expect(await heirMatches(w.db, '53.16', jkm, 'abc')).toBe(false);
  });

  it('scholarshipChildren gives the school children under 23 on the incident date (Yuliana turned 24 that day)', async () => {
    expect(await scholarshipChildren(w.db, '53.16', jkm)).toEqual([{ heirId: expect.any(Number), name: 'Yohanes', birthDate: '2012-02-01', level: 'smp', ageOnIncident: 14 }]);
    // under a higher age limit she would count, first as the older
    expect((await scholarshipChildren(w.db, '53.16', jkm, 25)).map((c) => [c.name, c.ageOnIncident])).toEqual([['Yuliana', 24], ['Yohanes', 14]]);
  });

  it('an heir a document names cannot be removed; another can', async () => {
    const son = (await w.db.selectFrom('claim_heir').select('id').where('claim_id', '=', jkm).where('name', '=', 'Yohanes').executeTakeFirstOrThrow()).id;
    const widow = (await w.db.selectFrom('claim_heir').select('id').where('claim_id', '=', jkm).where('name', '=', 'Maria Goreti').executeTakeFirstOrThrow()).id;
    await w.db.updateTable('claim').set({ type: 'beasiswa' }).where('id', '=', jkm).execute();
    expect((await w.upload('desa', jkm, PDF('akta-lahir'), { requirementCode: 'akta-kelahiran-anak', heirId: son, filename: 'akta.pdf' })).statusCode).toBe(201);
    const del = (id: number) => w.env.app.inject({ method: 'DELETE', url: `${url()}/${id}`, headers: { cookie: w.as.dinas.cookie, 'x-requested-with': 'lindung' } });
    expect((await del(son)).json().error.code).toBe('HEIR_IN_USE');
    expect((await del(widow)).statusCode).toBe(204);
  });
});
