/**
 * Running an installation without SQL (issue #17 item 1): regencies and their first Dinas accounts from a
 * CSV with every row accounted for, BPJS branches serving regencies, and users' scope shown by name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { listUsers } from '../auth/users.service';
import { assignBranch, createBranch } from '../branches/branches.service';
import { seedDemo } from '../demo/demo.service';
import { useTestDb } from '../../test/support/db';
import { onboardRegencies } from './tenant-onboarding.service';
import { listTenants } from './tenants.service';

const getDb = useTestDb();
const ctx = cliContext();
beforeAll(async () => { await seedDemo(getDb(), ctx); });

describe('onboarding regencies from a CSV', () => {
  it('registers new regencies with their Dinas account, and accounts for every row', async () => {
    const csv = [
      'kode,nama_pengguna,nama_lengkap,kata_sandi',
      '53.10,dinas.manggarai,Dinas Manggarai,',
      '53.11,dinas.rotendao,Dinas Rote Ndao,Sandi-Rote-2026!',
      '53.99,dinas.salah,Kode Salah,',
      '53.11,dinas.rotendao,Dinas Rote Ndao,Sandi-Rote-2026!',
    ].join('\n');
    const rows = await onboardRegencies(getDb(), ctx, csv, 'id');
    expect(rows.map((r) => [r.line, r.code, r.outcome])).toEqual([[2, '53.10', 'created'], [3, '53.11', 'created'], [4, '53.99', 'refused'], [5, '53.11', 'exists']]);
    expect(rows[0]!.password).toMatch(/.{12,}/); // generated, to hand over; must be changed at first login
    expect(rows[1]!.password).toBeUndefined(); // given in the file: not echoed
    expect(rows[2]!.error).toEqual({ code: 'TENANT_NOT_REGENCY', message: 'Kode wilayah bukan kabupaten/kota.' });
    expect((await listTenants(getDb(), ctx)).map((t) => t.code)).toEqual(expect.arrayContaining(['53.10', '53.11', '53.16']));
  });

  it('refuses a file without the columns', async () => {
    await expect(onboardRegencies(getDb(), ctx, 'code,user\n53.10,x\n', 'en')).rejects.toMatchObject({ code: 'ONBOARDING_COLUMNS' });
  });
});

describe('BPJS branches and users scope by name', () => {
  it('a new branch serves regencies; invalid input is refused with a field', async () => {
    const branch = await createBranch(getDb(), ctx, { code: 'RUTENG', name: 'Kantor Cabang Ruteng', provinceCode: '53' });
    expect(branch).toMatchObject({ province: { code: '53', name: 'Nusa Tenggara Timur' }, serves: [] });
    const assigned = await assignBranch(getDb(), ctx, 'RUTENG', ['53.10', '53.10']);
    expect(assigned.serves).toEqual([{ code: '53.10', name: 'Kabupaten Manggarai' }]);
    await expect(createBranch(getDb(), ctx, { code: 'RUTENG', name: 'Lagi', provinceCode: '53' })).rejects.toMatchObject({ code: 'BRANCH_CODE_TAKEN' });
    await expect(createBranch(getDb(), ctx, { code: 'X Y', name: 'Spasi', provinceCode: '53' })).rejects.toMatchObject({ code: 'BRANCH_CODE_INVALID' });
    await expect(createBranch(getDb(), ctx, { code: 'KUPANG2', name: 'Kupang', provinceCode: '53.16' })).rejects.toMatchObject({ code: 'PROVINCE_UNKNOWN' });
    await expect(assignBranch(getDb(), ctx, 'RUTENG', ['53.16.01'])).rejects.toMatchObject({ code: 'BRANCH_REGENCY_UNKNOWN', details: { value: '53.16.01' } });
  });

  it('lists every account with its scope as names, never codes', async () => {
    const users = await listUsers(getDb(), ctx);
    const scopes = users.map((u) => u.scope.join(' · '));
    expect(scopes).toContain('Kabupaten Manggarai');
    for (const scope of scopes) expect(scope).not.toMatch(/\d{2}\.\d{2}|OPD #/);
    const opdUser = users.find((u) => u.role === 'opd')!;
    expect(opdUser.scope).toEqual(['Kabupaten Nagekeo', opdUser.opdName]);
  });
});
