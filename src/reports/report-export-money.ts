/**
 * The budget and claims reports as documents. A regency: its PKS's realisation month by month (billed,
 * paid, cumulative against the budget, the month the money runs out) or its claims by type and status with
 * utilisation. A province or the nation: one row per regency/city (province) or per province (nation),
 * summed from each regency's own figures (billing's `realisation`, claims' facts) — every row scoped.
 */
import { clockOf, type RequestContext } from '../auth/actor';
import { ledgerOf } from '../billing/payment-ledger.service';
import { todayIn } from '../clock/clock';
import { pksOfYear, type PksSummary } from '../agreements/agreement-reports.service';
import type { Db } from '../db/database';
import { monthText } from '../documents/document-format';
import { listRegions } from '../regions/regions.service';
import { budgetOf, budgetReport, claimsOf, claimsReport } from './budget.service';
import { CLAIM_STATUS_TEXT, CLAIM_TYPE_TEXT, MONTH_STATUS_TEXT, type RegionInfo, within } from './report-export-common';
import type { Cell, Column, Section } from './report-export.types';
import { authorizeRegion, tenantFilter } from './report-scope';

export interface Built { sections: Section[]; rows: number }

const cumulative = (values: number[]) => values.reduce<number[]>((acc, v) => [...acc, (acc.at(-1) ?? 0) + v], []);
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export async function budgetDocument(db: Db, ctx: RequestContext, code: string, year: number): Promise<Built> {
  const b = await budgetReport(db, ctx, code, { year });
  const billed = cumulative(b.months.map((m) => m.billed));
  const paid = cumulative(b.months.map((m) => m.paid));
  return {
    rows: b.months.length,
    sections: [
      { title: 'Ringkasan anggaran', sheet: 'Ringkasan', facts: [
        { label: 'Anggaran (APBD)', value: b.budget, type: 'rupiah' }, { label: 'Ditagih', value: b.billed, type: 'rupiah' },
        { label: 'Dibayar', value: b.paid, type: 'rupiah' }, { label: 'Belum dibayar', value: b.outstanding, type: 'rupiah' },
        { label: 'Denda keterlambatan', value: b.lateFees, type: 'rupiah' },
        { label: 'Tagihan melebihi anggaran', value: Math.max(0, b.billed - b.budget), type: 'rupiah' },
        { label: 'Realisasi (dibayar ÷ anggaran)', value: ratio(b.paid, b.budget), type: 'percent' },
        { label: 'Anggaran habis pada', value: b.runsOutIn ? monthText(b.runsOutIn) : 'cukup sampai akhir PKS', type: 'text' },
      ] },
      { title: 'Realisasi per bulan', sheet: 'Per bulan',
        chart: { kind: 'line', money: true, title: 'Ditagih dan dibayar kumulatif dibanding anggaran', categories: b.months.map((m) => monthText(m.month).slice(0, 3)),
          series: [{ name: 'Ditagih (kumulatif)', values: billed }, { name: 'Dibayar (kumulatif)', values: paid }], reference: { value: b.budget, label: 'Anggaran' } },
        table: {
          columns: [{ header: 'Bulan', type: 'text', width: 18 }, { header: 'Ditagih', type: 'rupiah' }, { header: 'Dibayar', type: 'rupiah' },
            { header: 'Status', type: 'text', width: 14 }, { header: 'Ditagih kumulatif', type: 'rupiah' }, { header: 'Dibayar kumulatif', type: 'rupiah' }],
          rows: b.months.map((m, i) => [monthText(m.month), m.billed, m.paid, MONTH_STATUS_TEXT[m.status] ?? m.status, billed[i]!, paid[i]!]),
          total: ['Jumlah', b.billed, paid.at(-1) ?? 0, '', null, null],
        },
        notes: ['Dibayar = pembayaran SP2D yang dialokasikan ke tagihan bulan itu; perkiraan bulan habisnya anggaran memakai jumlah peserta aktif hari ini.'] },
    ],
  };
}

export async function claimsDocument(db: Db, ctx: RequestContext, code: string, year: number): Promise<Built> {
  const c = await claimsReport(db, ctx, code, { year });
  const byType = [...new Set(c.counts.map((x) => x.type))];
  const total = c.counts.reduce((s, x) => s + x.count, 0);
  return {
    rows: c.counts.length,
    sections: [
      { title: 'Ringkasan klaim', sheet: 'Ringkasan', facts: [
        { label: 'Klaim tercatat', value: total, type: 'count' }, { label: 'Manfaat dibayar', value: c.benefitsPaid, type: 'rupiah' },
        { label: 'Iuran dibayar', value: c.contributionsPaid, type: 'rupiah' },
        { label: 'Rasio manfaat ÷ iuran (utilisasi)', value: c.ratio, type: 'percent' },
      ] },
      { title: 'Klaim per jenis dan status', sheet: 'Klaim',
        chart: byType.length ? { kind: 'bar', title: 'Jumlah klaim per jenis', categories: byType.map((t) => CLAIM_TYPE_TEXT[t] ?? t),
          series: [{ name: 'Klaim', values: byType.map((t) => c.counts.filter((x) => x.type === t).reduce((s, x) => s + x.count, 0)) }] } : undefined,
        table: {
          columns: [{ header: 'Jenis klaim', type: 'text', width: 36 }, { header: 'Status', type: 'text', width: 16 },
            { header: 'Jumlah', type: 'count', width: 10 }, { header: 'Manfaat dibayar', type: 'rupiah' }],
          rows: c.counts.map((x) => [CLAIM_TYPE_TEXT[x.type] ?? x.type, CLAIM_STATUS_TEXT[x.status] ?? x.status, x.count, x.benefitsPaid]),
          total: ['Jumlah', '', total, c.benefitsPaid],
        },
        notes: c.counts.length ? [] : [`Belum ada klaim pada tahun ${year}.`] },
    ],
  };
}

/** The PKS of the year of every visible regency inside the region, and the region's children as rows. */
async function rollupBase(db: Db, ctx: RequestContext, region: RegionInfo, year: number) {
  const visible = await authorizeRegion(db, ctx.actor, region.code);
  const pks = (await pksOfYear(db, year, visible === 'all' ? null : visible)).filter((p) => within(p.tenantCode, region.code));
  const children = await listRegions(db, region.code);
  const rowOf = (p: PksSummary) => (region.level === 'nation' ? p.tenantCode.slice(0, 2) : p.tenantCode);
  return { pks: pks.filter((p) => tenantFilter(visible, [p.tenantCode]).length), children, rowOf };
}

type Sums = number[];
function sumRows(children: { code: string; name: string }[], per: { row: string; values: Sums }[], width: number) {
  return children.map((c) => {
    const mine = per.filter((p) => p.row === c.code);
    return { code: c.code, name: c.name, regencies: mine.length, values: mine.length ? Array.from({ length: width }, (_, i) => mine.reduce((s, m) => s + m.values[i]!, 0)) : null };
  });
}

export async function budgetRollup(db: Db, ctx: RequestContext, region: RegionInfo, year: number): Promise<Built> {
  const { pks, children, rowOf } = await rollupBase(db, ctx, region, year);
  const per: { row: string; values: Sums; runsOutIn: string | null; number: string }[] = [];
  for (const p of pks) { // one regency's realisation at a time: each replays its own ledger
    const b = await budgetOf(db, ctx, p.tenantCode, year);
    if (b) per.push({ row: rowOf(p), values: [b.budget, b.billed, b.paid, b.outstanding, b.lateFees], runsOutIn: b.runsOutIn, number: p.number });
  }
  const rows = sumRows(children, per, 5);
  const nation = region.level === 'nation';
  const columns: Column[] = [{ header: 'Kode', type: 'text', width: 9 }, { header: nation ? 'Provinsi' : 'Kabupaten/kota', type: 'text', width: 24 },
    { header: nation ? 'Kab/kota dengan PKS' : 'PKS', type: nation ? 'count' : 'text', width: 16 }, { header: 'Anggaran', type: 'rupiah' }, { header: 'Ditagih', type: 'rupiah' },
    { header: 'Dibayar', type: 'rupiah' }, { header: 'Belum dibayar', type: 'rupiah' }, { header: 'Denda', type: 'rupiah', width: 12 },
    { header: 'Realisasi', type: 'percent', width: 11 }, ...(nation ? [] : [{ header: 'Anggaran habis', type: 'text' as const, width: 13 }])];
  const table: Cell[][] = rows.map((r) => {
    const one = per.find((p) => p.row === r.code);
    const v = r.values;
    return [r.code, r.name, nation ? r.regencies : one?.number ?? 'belum ada program', ...(v ?? [null, null, null, null, null]), v ? ratio(v[2]!, v[0]!) : null,
      ...(nation ? [] : [one?.runsOutIn ? monthText(one.runsOutIn) : null])];
  });
  const sum = (i: number) => per.reduce((s, p) => s + p.values[i]!, 0);
  const withPks = rows.filter((r) => r.values);
  return {
    rows: rows.length,
    sections: [{ title: nation ? 'Anggaran dan realisasi per provinsi' : 'Anggaran dan realisasi per kabupaten/kota', sheet: 'Anggaran',
      chart: withPks.length ? { kind: 'bar', money: true, title: 'Anggaran dan dibayar (wilayah dengan PKS)', categories: withPks.map((r) => r.name),
        series: [{ name: 'Anggaran', values: withPks.map((r) => r.values![0]!) }, { name: 'Dibayar', values: withPks.map((r) => r.values![2]!) }] } : undefined,
      table: { columns, rows: table, total: ['', 'Jumlah', nation ? per.length : '', sum(0), sum(1), sum(2), sum(3), sum(4), ratio(sum(2), sum(0)), ...(nation ? [] : [null])] },
      notes: [`${per.length} kabupaten/kota dengan PKS pada tahun ${year}; yang lain belum memiliki program.`] }],
  };
}

export async function claimsRollup(db: Db, ctx: RequestContext, region: RegionInfo, year: number): Promise<Built> {
  const { pks, children, rowOf } = await rollupBase(db, ctx, region, year);
  const per: { row: string; values: Sums }[] = [];
  for (const p of pks) {
    const c = await claimsOf(db, p.tenantCode, year);
    per.push({ row: rowOf(p), values: [c.counts.reduce((s, x) => s + x.count, 0), c.benefitsPaid, c.contributionsPaid] });
  }
  const rows = sumRows(children, per, 3);
  const nation = region.level === 'nation';
  const sum = (i: number) => per.reduce((s, p) => s + p.values[i]!, 0);
  return {
    rows: rows.length,
    sections: [{ title: nation ? 'Klaim per provinsi' : 'Klaim per kabupaten/kota', sheet: 'Klaim',
      table: {
        columns: [{ header: 'Kode', type: 'text', width: 9 }, { header: nation ? 'Provinsi' : 'Kabupaten/kota', type: 'text', width: 26 },
          { header: 'Klaim', type: 'count', width: 10 }, { header: 'Manfaat dibayar', type: 'rupiah' }, { header: 'Iuran dibayar', type: 'rupiah' },
          { header: 'Rasio manfaat ÷ iuran', type: 'percent', width: 14 }],
        rows: rows.map((r) => [r.code, r.name, ...(r.values ?? [null, null, null]), r.values ? ratio(r.values[1]!, r.values[2]!) : null]),
        total: ['', 'Jumlah', sum(0), sum(1), sum(2), ratio(sum(1), sum(2))],
      },
      notes: [`${per.length} kabupaten/kota dengan PKS pada tahun ${year}; yang lain belum memiliki program.`] }],
  };
}

/** Demo data? A regency of the region whose PKS of the year is paid by example SP2D (the seed's). */
export async function exampleOf(db: Db, ctx: RequestContext, region: RegionInfo, year: number): Promise<boolean> {
  const { pks } = await rollupBase(db, ctx, region, year);
  for (const p of pks) {
    const ledger = await ledgerOf(db, p.tenantCode, p.agreementId, todayIn(clockOf(ctx), p.tenantCode));
    if (ledger.payments.some((x) => x.example)) return true;
  }
  return false;
}
