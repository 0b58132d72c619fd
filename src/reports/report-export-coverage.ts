/**
 * The coverage report as a document: the region's rows (provinces of the nation, regencies and cities of a
 * province — those without a programme too —, kecamatan of a regency) with participants by group, the
 * employed population and UCJ, the total, a bar chart of the rows with participants, and the sources.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { coverageReport } from './coverage.service';
import type { RegionInfo } from './report-export-common';
import { sourceLines } from './report-export-common';
import type { Column, ReportDocument } from './report-export.types';

const ROW_WORD = { nation: 'Provinsi', province: 'Kabupaten/kota', regency: 'Kecamatan' } as const;
/** UCJ comes in percent with two decimals; the cell holds the fraction (10,5 % → 0.105) without float dust. */
const ucj = (percent: number | null) => (percent === null ? null : Math.round(percent * 100) / 10_000);

export async function coverageDocument(db: Db, ctx: RequestContext, region: RegionInfo, year: number):
  Promise<{ sections: ReportDocument['sections']; sources: string[]; example: boolean; rows: number }> {
  const r = await coverageReport(db, ctx, { region: region.code, year });
  const columns: Column[] = [
    { header: 'Kode', type: 'text', width: 10 }, { header: ROW_WORD[r.level], type: 'text', width: 26 },
    { header: 'Peserta', type: 'count' }, { header: 'Non-ASN', type: 'count' }, { header: 'Pekerja rentan', type: 'count' },
    { header: 'Penduduk bekerja', type: 'count' }, { header: 'UCJ', type: 'percent', width: 11 },
  ];
  const t = r.total;
  const withParticipants = r.rows.filter((x) => x.participants > 0);
  return {
    rows: r.rows.length,
    sources: sourceLines(r.sources),
    example: r.sources.some((s) => s.example),
    sections: [
      {
        title: 'Ringkasan', sheet: 'Ringkasan',
        facts: [
          { label: 'Pekerja terlindungi', value: t.participants, type: 'count' }, { label: 'Non-ASN', value: t.nonAsn, type: 'count' },
          { label: 'Pekerja rentan', value: t.rentan, type: 'count' }, { label: 'Penduduk bekerja', value: t.employed, type: 'count' },
          { label: 'UCJ (peserta program ÷ penduduk bekerja)', value: ucj(t.ucj), type: 'percent' },
        ],
      },
      {
        title: `Cakupan per ${ROW_WORD[r.level].toLowerCase()}`, sheet: 'Cakupan',
        chart: withParticipants.length ? {
          kind: 'bar', stacked: true, title: `Peserta per ${ROW_WORD[r.level].toLowerCase()} (yang memiliki peserta)`,
          categories: withParticipants.map((x) => x.name),
          series: [{ name: 'Non-ASN', values: withParticipants.map((x) => x.nonAsn) }, { name: 'Pekerja rentan', values: withParticipants.map((x) => x.rentan) }],
        } : undefined,
        table: {
          columns,
          rows: r.rows.map((x) => [x.code, x.name, x.participants, x.nonAsn, x.rentan, x.employed, ucj(x.ucj)]),
          total: ['', 'Jumlah', t.participants, t.nonAsn, t.rentan, t.employed, ucj(t.ucj)],
        },
        notes: [
          'Peserta aktif pada akhir tahun (hari ini untuk tahun berjalan). UCJ = peserta program ÷ penduduk bekerja (BPS, Sakernas).',
          ...(r.level === 'regency' ? ['Non-ASN dihitung per OPD, bukan per kecamatan: jumlah kabupaten memuatnya.'] : []),
        ],
      },
    ],
  };
}
