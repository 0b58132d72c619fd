/**
 * The monthly programme report to the Bupati (laporan bulanan) of one regency and month, as one document:
 * a summary in sentences, protected workers by group against the PKS quotas, the budget with what is
 * billed, paid and outstanding through the month and the month the money runs out, the bills of the month
 * and every earlier one still open (due date, shortfall, late fee), the year's claims with benefits paid
 * and utilisation, and UCJ with its source — ending with the Kepala Dinas's signature block. Figures are
 * the owners' (billing's ledger and realisation, claims' facts, the roll-up) as of today.
 */
import { clockOf, type RequestContext } from '../auth/actor';
import { ledgerOf } from '../billing/payment-ledger.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { dateText, groupDigits, monthText, rupiahText } from '../documents/document-format';
import { DomainError } from '../domain/errors';
import { regencyDashboard } from './dashboard.service';
import { CLAIM_STATUS_TEXT, CLAIM_TYPE_TEXT, MONTH_STATUS_TEXT, sourceLines } from './report-export-common';
import type { Section } from './report-export.types';

/** "2026-01-15" → "15 Jan 2026": a due date that fits a table column. */
const shortDate = (iso: string) => { const [d, m, y] = dateText(iso).split(' '); return `${d} ${m!.slice(0, 3)} ${y}`; };
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const share = (a: number, b: number) => (b > 0 ? a / b : null);
const SCHEME_TEXT = { pu: 'Non-ASN (PU)', bpu: 'Rentan (BPU)' } as const;

type Dashboard = Awaited<ReturnType<typeof regencyDashboard>>;
export interface MonthlyReport { sections: Section[]; sources: string[]; example: boolean; today: string; rows: number }

function participantsSection(d: Dashboard, month: string): Section {
  const m = d.monthly.find((x) => x.month === month) ?? { nonAsn: 0, rentan: 0 };
  const q = d.participants;
  const upTo = d.monthly.filter((x) => x.month <= month);
  return {
    title: 'Pekerja terlindungi per kelompok dibanding kuota PKS', sheet: 'Peserta',
    chart: { kind: 'column', stacked: true, title: 'Peserta aktif per bulan', categories: upTo.map((x) => monthText(x.month).slice(0, 3)),
      series: [{ name: 'Non-ASN', values: upTo.map((x) => x.nonAsn) }, { name: 'Pekerja rentan', values: upTo.map((x) => x.rentan) }],
      reference: { value: q.quotaNonAsn + q.quotaRentan, label: 'Kuota PKS' } },
    table: {
      columns: [{ header: 'Kelompok', type: 'text', width: 30 }, { header: 'Peserta aktif', type: 'count' }, { header: 'Kuota PKS', type: 'count' }, { header: 'Capaian', type: 'percent' }],
      rows: [['Non-ASN', m.nonAsn, q.quotaNonAsn, share(m.nonAsn, q.quotaNonAsn)], ['Pekerja rentan', m.rentan, q.quotaRentan, share(m.rentan, q.quotaRentan)]],
      total: ['Jumlah', m.nonAsn + m.rentan, q.quotaNonAsn + q.quotaRentan, share(m.nonAsn + m.rentan, q.quotaNonAsn + q.quotaRentan)],
    },
    notes: [`Peserta aktif pada hari terakhir ${monthText(month)} (hari ini untuk bulan berjalan).`],
  };
}

function budgetSections(d: Dashboard, month: string): Section[] {
  const b = d.budget!;
  const months = b.months.filter((m) => m.month <= month);
  const billed = sum(months.map((m) => m.billed));
  const paid = sum(months.map((m) => m.paid));
  let cb = 0; let cp = 0;
  const cumBilled = months.map((m) => (cb += m.billed));
  const cumPaid = months.map((m) => (cp += m.paid));
  return [
    { title: 'Anggaran dan realisasi', sheet: 'Anggaran', facts: [
      { label: 'Anggaran iuran (APBD)', value: b.budget, type: 'rupiah' }, { label: `Ditagih s.d. ${monthText(month)}`, value: billed, type: 'rupiah' },
      { label: `Dibayar s.d. ${monthText(month)}`, value: paid, type: 'rupiah' }, { label: `Belum dibayar s.d. ${monthText(month)}`, value: billed - paid, type: 'rupiah' },
      { label: 'Denda keterlambatan', value: b.lateFees, type: 'rupiah' }, { label: 'Sisa anggaran', value: b.budget - billed, type: 'rupiah' },
      { label: 'Anggaran habis pada', value: b.runsOutIn ? monthText(b.runsOutIn) : 'cukup sampai akhir PKS', type: 'text' },
    ] },
    { title: 'Realisasi per bulan', sheet: 'Realisasi per bulan',
      chart: { kind: 'line', money: true, title: 'Ditagih dan dibayar kumulatif dibanding anggaran', categories: months.map((m) => monthText(m.month).slice(0, 3)),
        series: [{ name: 'Ditagih (kumulatif)', values: cumBilled }, { name: 'Dibayar (kumulatif)', values: cumPaid }], reference: { value: b.budget, label: 'Anggaran' } },
      table: {
        columns: [{ header: 'Bulan', type: 'text', width: 18 }, { header: 'Ditagih', type: 'rupiah' }, { header: 'Dibayar', type: 'rupiah' },
          { header: 'Kurang bayar', type: 'rupiah' }, { header: 'Status', type: 'text', width: 14 }],
        rows: months.map((m) => [monthText(m.month), m.billed, m.paid, m.billed - m.paid, MONTH_STATUS_TEXT[m.status] ?? m.status]),
        total: ['Jumlah', billed, paid, billed - paid, ''],
      } },
  ];
}

function billsSection(ledger: Awaited<ReturnType<typeof ledgerOf>>, month: string, today: string): Section {
  const bills = ledger.bills.filter((b) => b.month === month || (b.month < month && b.outstanding > 0));
  const overdue = bills.filter((b) => b.outstanding > 0 && b.dueOn < today);
  return {
    title: `Tagihan ${monthText(month)} dan tunggakan`, sheet: 'Tagihan',
    table: {
      columns: [{ header: 'Nomor tagihan', type: 'text', width: 26 }, { header: 'Kelompok', type: 'text', width: 14 }, { header: 'Jatuh tempo', type: 'text', width: 14 },
        { header: 'Tagihan', type: 'rupiah', width: 18 }, { header: 'Dibayar', type: 'rupiah', width: 18 }, { header: 'Kurang', type: 'rupiah', width: 16 },
        { header: 'Denda', type: 'rupiah', width: 9 }, { header: 'Status', type: 'text', width: 13 }],
      rows: bills.map((b) => [b.number, SCHEME_TEXT[b.scheme], shortDate(b.dueOn), b.amount, b.paid, b.outstanding, b.lateFee, MONTH_STATUS_TEXT[b.status] ?? b.status]),
      total: ['Jumlah', '', '', sum(bills.map((b) => b.amount)), sum(bills.map((b) => b.paid)), sum(bills.map((b) => b.outstanding)), sum(bills.map((b) => b.lateFee)), ''],
    },
    notes: [
      `${overdue.length} tagihan lewat jatuh tempo dan belum lunas per ${dateText(today)}: ${rupiahText(sum(overdue.map((b) => b.outstanding)))}.`,
      ledger.lateFeeOn ? 'Denda keterlambatan berlaku menurut PKS.' : 'Denda keterlambatan tidak dikenakan menurut PKS (PP 44/2015: penyelenggara negara).',
    ],
  };
}

function claimsSection(d: Dashboard, year: number): Section {
  const c = d.claims ?? { counts: [], benefitsPaid: 0, contributionsPaid: 0, ratio: null };
  return {
    title: `Klaim dan manfaat tahun ${year}`, sheet: 'Klaim',
    table: {
      columns: [{ header: 'Jenis klaim', type: 'text', width: 36 }, { header: 'Status', type: 'text', width: 16 }, { header: 'Jumlah', type: 'count', width: 10 }, { header: 'Manfaat dibayar', type: 'rupiah' }],
      rows: c.counts.map((x) => [CLAIM_TYPE_TEXT[x.type] ?? x.type, CLAIM_STATUS_TEXT[x.status] ?? x.status, x.count, x.benefitsPaid]),
      total: ['Jumlah', '', sum(c.counts.map((x) => x.count)), c.benefitsPaid],
    },
    notes: [`Iuran dibayar ${rupiahText(c.contributionsPaid)}; manfaat dibayar ${rupiahText(c.benefitsPaid)}; utilisasi (manfaat ÷ iuran) ${c.ratio === null ? '-' : `${(c.ratio * 100).toFixed(2).replace('.', ',')}%`}.`],
  };
}

function ucjSection(d: Dashboard): Section {
  const u = d.ucj;
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 100) / 10_000);
  return { title: 'Universal Coverage Jamsostek (UCJ)', sheet: 'UCJ', facts: [
    { label: 'Peserta program', value: u.participants, type: 'count' }, { label: 'Penduduk bekerja', value: u.employed, type: 'count' },
    { label: 'UCJ program (peserta ÷ penduduk bekerja)', value: pct(u.ucj), type: 'percent' }, { label: 'Target UCJ', value: pct(u.target), type: 'percent' },
    ...(u.regionUcj === null ? [] : [{ label: 'UCJ seluruh daerah (data BPJS)', value: pct(u.regionUcj), type: 'percent' as const }]),
  ] };
}

function summary(d: Dashboard, month: string): string[] {
  const m = d.monthly.find((x) => x.month === month) ?? { nonAsn: 0, rentan: 0 };
  const b = d.budget!;
  const months = b.months.filter((x) => x.month <= month);
  const billed = sum(months.map((x) => x.billed));
  const paid = sum(months.map((x) => x.paid));
  const thisMonth = b.months.find((x) => x.month === month);
  const quota = d.participants.quotaNonAsn + d.participants.quotaRentan;
  return [
    `Pada akhir ${monthText(month)}, ${groupDigits(m.nonAsn + m.rentan)} pekerja terlindungi (non-ASN ${groupDigits(m.nonAsn)}, pekerja rentan ${groupDigits(m.rentan)}) dari kuota PKS ${groupDigits(quota)}.`,
    `Iuran s.d. ${monthText(month)} ditagih ${rupiahText(billed)} dan dibayar ${rupiahText(paid)} dari anggaran ${rupiahText(b.budget)}${billed > b.budget ? `; tagihan melebihi anggaran sebesar ${rupiahText(billed - b.budget)}` : ''}.`,
    ...(thisMonth && thisMonth.billed > thisMonth.paid ? [`Tagihan ${monthText(month)} kurang dibayar ${rupiahText(thisMonth.billed - thisMonth.paid)}.`] : []),
    b.runsOutIn ? `Anggaran habis pada ${monthText(b.runsOutIn)}.` : 'Anggaran cukup sampai akhir PKS.',
  ];
}

export async function monthlyReport(db: Db, ctx: RequestContext, code: string, month: string): Promise<MonthlyReport> {
  const year = Number(month.slice(0, 4));
  const d = await regencyDashboard(db, ctx, code, { year });
  if (!d.pks || !d.budget) throw new DomainError('REPORT_NO_PKS', 'not_found', { year });
  const today = todayIn(clockOf(ctx), code);
  const ledger = await ledgerOf(db, code, d.pks.agreementId, today);
  const bills = billsSection(ledger, month, today);
  const sections: Section[] = [
    { title: 'Ringkasan', paragraphs: summary(d, month) },
    participantsSection(d, month), ...budgetSections(d, month), bills, claimsSection(d, year), ucjSection(d),
  ];
  return {
    sections, sources: sourceLines(d.ucj.sources), today,
    example: d.ucj.sources.some((s) => s.example) || ledger.payments.some((p) => p.example),
    rows: bills.table!.rows.length,
  };
}
