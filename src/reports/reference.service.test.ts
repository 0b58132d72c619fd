/**
 * UCJ reference import: every row of a file is accounted for (new, replaced, invalid with its reason,
 * duplicate), Indonesian number formats are read, a source is required, XLSX reads like CSV, only an
 * admin imports; coverage then shows employed population and UCJ with the figure's source and year.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { fixedClock } from '../clock/clock';
import { seedDemo } from '../demo/demo.service';
import { useTestDb } from '../../test/support/db';
import { coverageReport } from './coverage.service';
import { importReference } from './reference.service';
import { refreshReports } from './report-refresh.service';

const getDb = useTestDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-reference-'));
const admin: RequestContext = { ...cliContext(), clock: fixedClock('2026-03-15T04:00:00Z') };
const file = (name: string, text: string) => { const p = path.join(dir, name); fs.writeFileSync(p, text); return p; };

describe('reference import', () => {
  beforeAll(async () => {
    await seedDemo(getDb(), cliContext(), { participants: true });
    await refreshReports(getDb(), fixedClock('2026-03-15T04:00:00Z'));
  }, 120_000);

  it('accounts for every row: new, invalid with a reason, duplicate', async () => {
    const csv = file('bekerja.csv', [
      'Kode Wilayah;Tahun;Penduduk Bekerja;Sumber',
      '53.16;2024;93.450;BPS Kabupaten Nagekeo, Sakernas Agustus 2024 (contoh)',
      '53;2024;2.750.000;BPS Provinsi NTT, Sakernas Agustus 2024 (contoh)',
      '53.99;2024;1000;BPS',
      '53.16.01.2002;2024;500;BPS',
      '53.10;20x4;1000;BPS',
      '53.10;2024;12,5;BPS',
      '53.10;2024;1000;',
      '53.16;2024;90000;BPS (duplicate row)',
    ].join('\n'));
    const r = await importReference(getDb(), admin, 'employed-population', csv, { example: true });
    // the demo seeded example figures for both regions in 2024: these replace them
    expect(r).toMatchObject({ kind: 'employed-population', rows: 8, inserted: 0, updated: 2, invalid: 5, duplicates: 1 });
    expect(r.items.map((i) => i.reason)).toEqual([null, null, 'region-unknown', 'region-level', 'year', 'value', 'source', 'duplicate']);
    // each refused row also carries its reason in words (Indonesian by default)
    expect(r.items[0]!.message).toBeNull();
    expect(r.items[2]!.message).toBe('Kode wilayah tidak dikenal.');
    expect(r.items[7]!.message).toMatch(/baris sebelumnya/);
    expect(r.items[0]).toMatchObject({ rowNo: 2, regionCode: '53.16', year: 2024, outcome: 'updated' });
  });

  it('the same file again replaces (updated), and coverage shows UCJ with its source', async () => {
    const csv = file('bekerja2.csv', 'kode;tahun;nilai\n53.16;2024;93450\n');
    const r = await importReference(getDb(), admin, 'employed-population', csv, { source: 'BPS Kabupaten Nagekeo, Sakernas Agustus 2024 (contoh)', example: true });
    expect(r).toMatchObject({ rows: 1, inserted: 0, updated: 1, invalid: 0 });
    const c = await coverageReport(getDb(), admin, { region: '53', year: 2025 });
    // 9,345 ÷ 93,450 = 10.00 %, from the latest figure at or before 2025 (BPS publishes a year late)
    expect(c.rows.find((x) => x.code === '53.16')).toMatchObject({ participants: 9345, employed: 93450, ucj: 10 });
    expect(c.total).toMatchObject({ employed: 2750000, ucj: Math.round((9345 / 2750000) * 10000) / 100 });
    expect(c.sources).toContainEqual({ kind: 'employed-population', regionCode: '53.16', year: 2024, source: 'BPS Kabupaten Nagekeo, Sakernas Agustus 2024 (contoh)', example: true });
  });

  it('reads a UCJ target workbook (XLSX) with a decimal comma; a target over 100 % is invalid', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Target');
    ws.addRow(['Target UCJ per daerah (contoh)']);
    ws.addRow(['kode_wilayah', 'tahun', 'target_ucj', 'sumber']);
    ws.addRow(['53.16', 2025, '37,5', 'Kemendagri (contoh)']);
    ws.addRow(['53', 2025, 140, 'Kemendagri (contoh)']);
    const p = path.join(dir, 'target.xlsx');
    await wb.xlsx.writeFile(p);
    const r = await importReference(getDb(), admin, 'ucj-target', p);
    expect(r).toMatchObject({ rows: 2, inserted: 0, updated: 1, invalid: 1 }); // the demo's example 2025 target of Nagekeo, replaced
    expect(r.items[1]).toMatchObject({ rowNo: 4, reason: 'value' });
  });

  it('refuses an unknown kind, a file without the columns, and anyone but an admin', async () => {
    const csv = file('x.csv', 'a;b\n1;2\n');
    await expect(importReference(getDb(), admin, 'population', csv)).rejects.toMatchObject({ code: 'REFERENCE_KIND' });
    await expect(importReference(getDb(), admin, 'ucj-target', csv)).rejects.toMatchObject({ code: 'REFERENCE_COLUMNS' });
    const dinas = { ...admin, actor: { ...admin.actor, role: 'dinas' as const, tenantCode: '53.16' } };
    await expect(importReference(getDb(), dinas, 'ucj-target', csv)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
