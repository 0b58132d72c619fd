/** Helpers for enrolment tests: valid synthetic NIKs, a rentan import file, and a multipart upload body. */
import fs from 'node:fs';
import path from 'node:path';
import { formatNik } from '../../src/domain/nik';
import type { RequestContext } from '../../src/auth/actor';
import { cliContext } from '../../src/auth/actor';
import { DEMO_PKS } from '../../src/agreements/agreements.demo';
import { changeAgreementStatus, signAgreement } from '../../src/agreements/agreement-status.service';
import { createAgreement, listAgreements } from '../../src/agreements/agreements.service';
import type { Db } from '../../src/db/database';
import type { DemoPerson } from '../../src/demo/demo-people';
import { nameInitials, nameKey } from '../../src/domain/person-name';
import { listOpds } from '../../src/tenants/tenants.service';
import { seedDemoRegistry } from '../../src/workers/workers.demo';

/** A valid Nagekeo NIK whose serial (9000+) the demo registry never uses (its serials start at 0001). */
export function testNik(i: number, sex: 'L' | 'P' = 'L'): string {
  const birthDate = `19${80 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`;
  return formatNik({ districtCode: '53.16.01', birthDate, sex, serial: String(9000 + i).padStart(4, '0') });
}

export interface NewRentan { nik: string; name: string; decile: number }

/** A rentan registry upload (the import's layout) for the given people, all of Desa Labolewa. */
export function rentanFile(dir: string, people: NewRentan[]): string {
  const file = path.join(dir, 'rentan-pengganti.csv');
  const lines = ['NIK;Nama;TTL;JK;Desa;Pekerjaan;Penghasilan;Desil', ...people.map((p) => {
    // the birth date the NIK encodes (testNik: men, born in the 1980s-90s)
    const birth = `${p.nik.slice(6, 8)}-${p.nik.slice(8, 10)}-19${p.nik.slice(10, 12)}`;
    return `${p.nik};${p.name};"Mbay, ${birth}";L;53.16.01.2002;Nelayan;1.500.000;${p.decile}`;
  })];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export function multipart(filename: string, content: Buffer, contentType = 'text/csv') {
  const boundary = '----lindung-enrolment-test';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${filename}"\r\ncontent-type: ${contentType}\r\n\r\n`),
    content, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

export const dinasCtx = (tenantCode: string): RequestContext => ({ actor: { ...cliContext().actor, role: 'dinas', tenantCode }, ip: null });

/** A signed, active 2026 PKS with small quotas (PU and BPU), under the demo MoU when there is one. */
export async function smallPks(db: Db, tenantCode: string, quotas: { pu: number; bpu: number }, number = `TEST/PKS/${tenantCode}/2026`) {
  const ctx = dinasCtx(tenantCode);
  const mou = (await listAgreements(db, ctx, tenantCode)).find((a) => a.kind === 'mou');
  const [pu, bpu] = DEMO_PKS.groups!;
  const a = await createAgreement(db, ctx, tenantCode, {
    ...DEMO_PKS, number, parentId: mou?.id ?? null, periodStart: '2026-01-01', periodEnd: '2026-12-31', fiscalYear: 2026,
    budget: { ...DEMO_PKS.budget!, fiscalYear: 2026 },
    groups: [{ ...pu!, targetHeadcount: quotas.pu }, { ...bpu!, targetHeadcount: quotas.bpu }],
  });
  await signAgreement(db, ctx, tenantCode, a.id, { signedOn: '2025-12-15', signedPlace: 'Mbay' });
  await changeAgreementStatus(db, ctx, tenantCode, a.id, 'activate');
  return { agreementId: a.id, puGroup: a.groups[0]!.id, bpuGroup: a.groups[1]!.id };
}

/** Registers people straight into a regency's registry (test arrangement; the import has its own tests). */
export async function register(db: Db, tenantCode: string, people: { nik: string; name: string; rentan: boolean; decile?: number; village?: string; opd?: string }[]) {
  const opdList = await listOpds(db, dinasCtx(tenantCode), tenantCode);
  const opds = opdList.map((o) => o.id);
  const rows: DemoPerson[] = people.map((p) => ({
    nik: p.nik, name: p.name, nameKey: nameKey(p.name), nameInitials: nameInitials(nameKey(p.name)), birthPlace: 'Mbay',
    birthDate: `19${p.nik.slice(10, 12)}-${p.nik.slice(8, 10)}-${p.nik.slice(6, 8)}`, sex: 'L', phone: null,
    opdIndex: p.rentan ? null : Math.max(0, opdList.findIndex((o) => o.name === p.opd)), position: p.rentan ? null : 'Honorer', villageCode: p.rentan ? (p.village ?? '53.16.01.2002') : null,
    occupation: p.rentan ? 'Petani' : null, decile: p.rentan ? (p.decile ?? 2) : null,
  }));
  await seedDemoRegistry(db, tenantCode, rows, opds, 2_328_970);
  const ids = await db.selectFrom('person').select(['id', 'nik']).where('tenant_code', '=', tenantCode).where('nik', 'in', people.map((p) => p.nik)).execute();
  return new Map(ids.map((r) => [r.nik, r.id]));
}
