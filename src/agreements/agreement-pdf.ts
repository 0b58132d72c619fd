/**
 * The PKS summary as an A4 PDF: kop surat of the regency's Dinas, the parties and signatories, the
 * participant groups with their pricing, the APBD budget line, and plan vs budget — every amount written
 * as "Rp 1.500.000.000" and in words (terbilang) as official documents require; kop surat, tables and
 * formats are src/documents/.
 */
import { dateText, groupDigits, percentText, RISK_TEXT, rupiahText, rupiahWords } from '../documents/document-format';
import { type Doc, fields, heading, letterhead, MARGIN, openPdf, table } from '../documents/pdf-kit';
import type { Agreement } from './agreement.mapper';
import type { AgreementPlan } from './agreement-plan';
import { STATUS_TEXT } from './agreement-text';

export interface PdfInput { agreement: Agreement; plan: AgreementPlan | null; tenantName: string; generatedAt: Date }

function wageText(g: AgreementPlan['groups'][number]): string {
  const p = g.wage.policy;
  if (p.kind === 'ump') return `UMP ${g.wage.provinceName ?? p.provinceCode} ${p.year} (${rupiahText(g.wage.amount)})`;
  return `${p.kind === 'fixed' ? 'Upah per orang' : 'Penghasilan dilaporkan'} ${rupiahText(g.wage.amount)}`;
}

function groupsSection(doc: Doc, plan: AgreementPlan) {
  heading(doc, 'Kelompok peserta dan iuran (JKK + JKM)');
  table(doc, ['Kelompok', 'Skema / risiko', 'Dasar upah', 'Target', 'Iuran / orang / bulan', 'Per bulan', `${plan.months} bulan`],
    plan.groups.map((g) => [g.name, g.scheme === 'pu' ? `PU, ${RISK_TEXT[g.riskClass ?? 'very-low']}` : 'BPU', wageText(g),
      groupDigits(g.headcount), rupiahText(g.perHeadMonthly), rupiahText(g.monthly), rupiahText(g.total)])
      .concat([['Jumlah', '', '', groupDigits(plan.headcount), '', rupiahText(plan.byMonth[0]?.total ?? 0), rupiahText(plan.total)]]),
    [16, 11, 19, 8, 12, 14, 15], [false, false, false, true, true, true, true]);
}

function budgetSection(doc: Doc, a: Agreement, plan: AgreementPlan | null) {
  heading(doc, 'Anggaran (APBD) dan rencana');
  if (!a.budget) {
    fields(doc, [['Anggaran', 'belum dicatat']]);
    return;
  }
  fields(doc, [
    ['Tahun anggaran', String(a.budget.fiscalYear)], ['Kode rekening', a.budget.account || '-'], ['Nomor DPA', a.budget.dpaNumber || '-'],
    ['Pagu anggaran', `${rupiahText(a.budget.amount)}`], ['Terbilang', `${rupiahWords(a.budget.amount)}`],
  ]);
  if (!plan || plan.remaining === null) return;
  fields(doc, [['Rencana iuran', `${rupiahText(plan.total)} (${rupiahWords(plan.total)})`]]);
  const short = plan.remaining < 0;
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10).fillColor(short ? '#b00020' : '#1b5e20')
    .text(short
      ? `Anggaran kurang ${rupiahText(-plan.remaining)} (${percentText(-(plan.remainingBp ?? 0))}) — ${rupiahWords(-plan.remaining)}.`
      : `Anggaran cukup, sisa ${rupiahText(plan.remaining)} — ${rupiahWords(plan.remaining)}.`, MARGIN);
  doc.fillColor('#000').font('Helvetica').fontSize(9.5);
  if (short) doc.text(`Anggaran ini menanggung ${groupDigits(plan.headsCarried ?? 0)} dari ${groupDigits(plan.headcount)} pekerja selama ${plan.months} bulan, atau seluruh ${groupDigits(plan.headcount)} pekerja selama ${plan.monthsCarried} bulan.`);
}

export function renderAgreementPdf({ agreement: a, plan, tenantName, generatedAt }: PdfInput): Promise<Buffer> {
  const { doc, done } = openPdf({ Title: `Ringkasan ${a.number}`, Author: a.dinasName });
  letterhead(doc, { government: tenantName, office: a.dinasName, address: a.dinasAddress });
  doc.font('Helvetica-Bold').fontSize(12).text(a.kind === 'pks' ? 'RINGKASAN PERJANJIAN KERJA SAMA' : 'RINGKASAN NOTA KESEPAHAMAN', { align: 'center' });
  doc.font('Helvetica').fontSize(10).text(`Nomor: ${a.number}`, { align: 'center' }).moveDown(0.2);
  doc.font('Helvetica-Oblique').text(a.title, { align: 'center' });
  heading(doc, 'Para pihak');
  fields(doc, [
    ['Pihak pertama', a.regencyParty], ['Pihak kedua', a.bpjsParty], ['Ditandatangani', a.signedOn ? `${a.signedPlace ?? ''}, ${dateText(a.signedOn)}` : 'belum'],
    ['Jangka waktu', `${dateText(a.periodStart)} s.d. ${dateText(a.periodEnd)}`], ['Program', a.programmes.join(', ')],
    ['Status', `${STATUS_TEXT[a.status]} (versi ${a.version})`],
  ]);
  if (a.people.length) {
    heading(doc, 'Penanda tangan dan saksi');
    table(doc, ['Peran', 'Nama', 'Jabatan', 'Instansi'], a.people.map((p) =>
      [`${p.role === 'signatory' ? 'Penanda tangan' : 'Saksi'} (${p.side === 'regency' ? 'Pemda' : 'BPJS'})`, p.name, p.position, p.institution]), [18, 22, 32, 28]);
  }
  if (plan) groupsSection(doc, plan);
  if (a.kind === 'pks') budgetSection(doc, a, plan);
  if (a.note) {
    heading(doc, 'Catatan');
    doc.font('Helvetica').fontSize(9.5).text(a.note, MARGIN);
  }
  doc.moveDown(1).font('Helvetica-Oblique').fontSize(8).fillColor('#555')
    .text(`Dicetak oleh Lindung pada ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC. Ringkasan ini bukan pengganti naskah perjanjian.`, MARGIN);
  doc.end();
  return done;
}
