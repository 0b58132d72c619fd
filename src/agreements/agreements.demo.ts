/**
 * Demo agreements of Kabupaten Nagekeo with BPJS Ketenagakerjaan Cabang Ende, as reported in
 * news-nagekeo-2025.txt: the 2025 PKS (Rp 1.5 billion; 6,311 non-ASN + 3,034 pekerja rentan; January–
 * December 2025; signatories and witnesses by name) under the MoU "agreed in 2023". Details the report
 * does not give (numbers, dates, the MoU's signatories, the budget account) are placeholders, marked
 * "data ilustrasi" in the note. Created through the same services as the UI, acting as the Dinas.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { changeAgreementStatus, signAgreement } from './agreement-status.service';
import type { AgreementCreate } from './agreements.schemas';
import * as agreements from './agreements.service';

const TENANT = '53.16';
const BRANCH = 'ENDE';
const PARTIES = {
  branchCode: BRANCH,
  regencyParty: 'Pemerintah Kabupaten Nagekeo melalui Dinas Transmigrasi dan Tenaga Kerja',
  dinasName: 'Dinas Transmigrasi dan Tenaga Kerja',
  dinasAddress: 'Mbay, Kabupaten Nagekeo, Nusa Tenggara Timur',
  bpjsParty: 'BPJS Ketenagakerjaan Kantor Cabang Ende',
};
const DINAS = 'Dinas Transmigrasi dan Tenaga Kerja Kabupaten Nagekeo';
const CABANG = 'BPJS Ketenagakerjaan Kantor Cabang Ende';

export const DEMO_MOU: AgreementCreate = {
  kind: 'mou', number: '560/MoU/DTK-NGK/2023', title: 'Nota Kesepahaman tentang Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja di Kabupaten Nagekeo',
  ...PARTIES, regencyParty: 'Pemerintah Kabupaten Nagekeo', periodStart: '2023-03-01', periodEnd: '2028-02-29',
  people: [
    { role: 'signatory', side: 'regency', name: 'Bupati Nagekeo', position: 'Bupati', institution: 'Pemerintah Kabupaten Nagekeo' },
    { role: 'signatory', side: 'bpjs', name: 'Kepala Kantor Cabang Ende', position: 'Kepala Kantor Cabang', institution: CABANG },
  ],
  note: 'Data ilustrasi: berita hanya menyebut MoU disepakati pada 2023; nomor, tanggal, jangka waktu dan penanda tangan adalah contoh.',
};

export const DEMO_PKS: AgreementCreate = {
  kind: 'pks', number: '560/PKS/DTK-NGK/2025', title: 'Perjanjian Kerja Sama Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pegawai Non-ASN dan Pekerja Rentan Kabupaten Nagekeo Tahun 2025',
  ...PARTIES, periodStart: '2025-01-01', periodEnd: '2025-12-31', fiscalYear: 2025, programmes: ['JKK', 'JKM'],
  people: [
    { role: 'signatory', side: 'regency', name: 'P. Aurelius Assan', position: 'Kepala Dinas Transmigrasi dan Tenaga Kerja', institution: DINAS },
    { role: 'signatory', side: 'bpjs', name: 'Mautapaga Ode Dasanova', position: 'Kepala BPJS Ketenagakerjaan Cabang Ende', institution: CABANG },
    { role: 'witness', side: 'regency', name: 'Mursidin Pua Geno', position: 'Sekretaris Dinas', institution: DINAS },
    { role: 'witness', side: 'bpjs', name: 'Budhi Prasetyo', position: 'Account Representative', institution: CABANG },
  ],
  groups: [
    { name: 'Pegawai non-ASN', scheme: 'pu', riskClass: 'very-low', targetHeadcount: 6_311, wage: { kind: 'ump', provinceCode: '53', year: 2024 } },
    { name: 'Pekerja rentan', scheme: 'bpu', funding: 'apbd', targetHeadcount: 3_034, wage: { kind: 'declared', amount: 1_000_000 } },
  ],
  budget: { fiscalYear: 2025, account: '5.1.02.01.01.0xxx (ilustrasi)', amount: 1_500_000_000, dpaNumber: 'DPA-DTK/2025 (ilustrasi)' },
  note: 'Sumber: TIMEXKUPANG.FAJAR.CO.ID (2025). Data ilustrasi: nomor PKS, tanggal penandatanganan, kode rekening dan nomor DPA tidak dipublikasikan.',
};

/** Creates, signs and activates the MoU and the PKS unless they exist (idempotent). Returns how many were created. */
export async function seedDemoAgreements(db: Db, cli: RequestContext): Promise<number> {
  // The Dinas records its agreements; the demo acts as the Dinas of Nagekeo.
  const ctx: RequestContext = { ...cli, actor: { ...cli.actor, role: 'dinas', tenantCode: TENANT } };
  const existing = new Set((await agreements.listAgreements(db, ctx, TENANT)).map((a) => a.number));
  let created = 0;
  let mouId: number | null = null;
  for (const [input, signedOn, signedPlace] of [[DEMO_MOU, '2023-03-01', 'Mbay'], [DEMO_PKS, '2025-02-25', 'Mbay']] as const) {
    if (existing.has(input.number)) continue;
    const a = await agreements.createAgreement(db, ctx, TENANT, input.kind === 'pks' ? { ...input, parentId: mouId } : input);
    if (a.kind === 'mou') mouId = a.id;
    await signAgreement(db, ctx, TENANT, a.id, { signedOn, signedPlace });
    await changeAgreementStatus(db, ctx, TENANT, a.id, 'activate');
    created++;
  }
  return created;
}
