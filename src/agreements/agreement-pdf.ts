/**
 * The PKS summary as an A4 PDF: kop surat of the regency's Dinas, the parties and signatories, the
 * participant groups with their pricing, the APBD budget line, and plan vs budget — every amount written
 * as "Rp 1.500.000.000" and in words (terbilang, src/domain/terbilang.ts) as official documents require.
 */
import PDFDocument from 'pdfkit';
import { spellRupiahId } from '../domain/terbilang';
import type { Agreement } from './agreement.mapper';
import type { AgreementPlan } from './agreement-plan';
import { dateText, groupDigits, percentText, RISK_TEXT, rupiahText, STATUS_TEXT } from './document-format';

export interface PdfInput { agreement: Agreement; plan: AgreementPlan | null; tenantName: string; generatedAt: Date }

type Doc = PDFKit.PDFDocument;
const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN; // A4 width in points minus margins

function letterhead(doc: Doc, tenantName: string, a: Agreement) {
  doc.font('Times-Bold').fontSize(14).text(`PEMERINTAH ${tenantName.toUpperCase()}`, { align: 'center' });
  doc.fontSize(16).text(a.dinasName.toUpperCase(), { align: 'center' });
  if (a.dinasAddress) doc.font('Times-Roman').fontSize(10).text(a.dinasAddress, { align: 'center' });
  const y = doc.y + 4;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).lineWidth(2).stroke();
  doc.moveTo(MARGIN, y + 3).lineTo(MARGIN + WIDTH, y + 3).lineWidth(0.5).stroke();
  doc.y = y + 14;
}

function heading(doc: Doc, text: string) {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(text, MARGIN);
  doc.moveDown(0.2);
}

function fields(doc: Doc, rows: [string, string][]) {
  doc.font('Helvetica').fontSize(9.5);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica').text(label, MARGIN, y, { width: 140 });
    doc.text(':', MARGIN + 140, y, { width: 10 });
    doc.text(value, MARGIN + 152, y, { width: WIDTH - 152 });
    doc.y = Math.max(doc.y, y) + 2;
  }
}

/** A simple grid table; `right` marks numeric columns. Breaks to a new page when needed. */
function table(doc: Doc, header: string[], rows: string[][], widths: number[], right: boolean[] = []) {
  const total = widths.reduce((s, w) => s + w, 0);
  const cols = widths.map((w) => (w / total) * WIDTH);
  const drawRow = (cells: string[], isHeader: boolean) => {
    doc.font(isHeader ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 8 }))) + 8;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    if (isHeader) doc.rect(MARGIN, y, WIDTH, height).fillAndStroke('#e8eef6', '#999');
    cells.forEach((cell, i) => {
      doc.rect(x, y, cols[i]!, height).lineWidth(0.5).stroke('#999');
      doc.fillColor('#000').text(cell, x + 4, y + 4, { width: cols[i]! - 8, align: right[i] ? 'right' : 'left' });
      x += cols[i]!;
    });
    doc.y = y + height;
  };
  drawRow(header, true);
  rows.forEach((r) => drawRow(r, false));
  doc.x = MARGIN;
}

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
    ['Pagu anggaran', `${rupiahText(a.budget.amount)}`], ['Terbilang', `${spellRupiahId(a.budget.amount)}`],
  ]);
  if (!plan || plan.remaining === null) return;
  fields(doc, [['Rencana iuran', `${rupiahText(plan.total)} (${spellRupiahId(plan.total)})`]]);
  const short = plan.remaining < 0;
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10).fillColor(short ? '#b00020' : '#1b5e20')
    .text(short
      ? `Anggaran kurang ${rupiahText(-plan.remaining)} (${percentText(-(plan.remainingBp ?? 0))}) — ${spellRupiahId(-plan.remaining)}.`
      : `Anggaran cukup, sisa ${rupiahText(plan.remaining)} — ${spellRupiahId(plan.remaining)}.`, MARGIN);
  doc.fillColor('#000').font('Helvetica').fontSize(9.5);
  if (short) doc.text(`Anggaran ini menanggung ${groupDigits(plan.headsCarried ?? 0)} dari ${groupDigits(plan.headcount)} pekerja selama ${plan.months} bulan, atau seluruh ${groupDigits(plan.headcount)} pekerja selama ${plan.monthsCarried} bulan.`);
}

export function renderAgreementPdf({ agreement: a, plan, tenantName, generatedAt }: PdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `Ringkasan ${a.number}`, Author: a.dinasName } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });

  letterhead(doc, tenantName, a);
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
