/**
 * The bill (tagihan iuran) as an A4 PDF: kop surat of the regency's Dinas, number, month, due date, the
 * PKS, the summary per OPD (non-ASN, PU) or per village (pekerja rentan, BPU), the per-programme totals,
 * the total in words (terbilang) and the legal basis of every rule the amounts come from. Demo bills carry
 * an "example data" mark. Kop surat, tables and formats are src/documents/.
 */
import { dateText, groupDigits, monthText, printedAt, rupiahText, rupiahWords, SCHEME_TEXT } from '../documents/document-format';
import { type Doc, fields, heading, letterhead, MARGIN, openPdf, table, WIDTH } from '../documents/pdf-kit';
import type { BillPdfInput, RuleBasis } from './bill-document.types';

const EXAMPLE_MARK = 'CONTOH DATA — bukan tagihan sebenarnya';

export function exampleMark(doc: Doc) {
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10).fillColor('#b00020').text(EXAMPLE_MARK, MARGIN, doc.y, { width: WIDTH, align: 'center' });
  doc.fillColor('#000');
}

/** Each regulation once, with the rule ids that cite it ("PP 44/2015 …: pu.jkk.rate…, pu.jkm.rate…"). */
export function legalBasisSection(doc: Doc, rules: RuleBasis[]) {
  if (!rules.length) return;
  heading(doc, 'Dasar hukum perhitungan');
  const byBasis = new Map<string, string[]>();
  for (const r of rules) byBasis.set(r.legalBasis, [...(byBasis.get(r.legalBasis) ?? []), r.unconfirmed ? `${r.id} (belum dikonfirmasi)` : r.id]);
  doc.font('Helvetica').fontSize(8.5);
  for (const [basis, ids] of byBasis) doc.text(`• ${basis}: ${ids.join(', ')}`, MARGIN, doc.y, { width: WIDTH });
}

function unitSection(doc: Doc, input: BillPdfInput) {
  const village = input.byUnit.some((u) => u.unitKind === 'village');
  heading(doc, village ? 'Ringkasan per desa/kelurahan' : 'Ringkasan per perangkat daerah (OPD)');
  table(doc, [village ? 'Desa/kelurahan' : 'OPD', 'Peserta', 'Iuran'],
    input.byUnit.map((u) => [u.name, groupDigits(u.participants), rupiahText(u.amount)])
      .concat([['Jumlah', groupDigits(input.bill.participants), rupiahText(input.bill.amount)]]),
    [60, 15, 25], [false, true, true]);
}

function programmeSection(doc: Doc, input: BillPdfInput) {
  heading(doc, 'Iuran per program');
  const p = input.bill.programmes;
  const rows = (['JKK', 'JKM', 'JHT'] as const).filter((k) => p[k] !== 0).map((k) => [k, rupiahText(p[k])]);
  table(doc, ['Program', 'Iuran'], rows.concat([['Jumlah', rupiahText(input.bill.amount)]]), [60, 40], [false, true]);
}

export function renderBillPdf(input: BillPdfInput): Promise<Buffer> {
  const { bill, issuer } = input;
  const { doc, done } = openPdf({ Title: `Tagihan ${bill.number}`, Author: issuer.office });
  letterhead(doc, issuer);
  doc.font('Helvetica-Bold').fontSize(12).text(bill.kind === 'correction' ? 'TAGIHAN KOREKSI IURAN BPJS KETENAGAKERJAAN' : 'TAGIHAN IURAN BPJS KETENAGAKERJAAN', { align: 'center' });
  doc.font('Helvetica').fontSize(10).text(`Nomor: ${bill.number}`, { align: 'center' });
  if (bill.example) exampleMark(doc);
  heading(doc, 'Tagihan');
  fields(doc, [
    ['Bulan iuran', monthText(bill.month)], ['Perjanjian kerja sama', `${bill.agreementNumber} — ${bill.agreementTitle}`],
    ['Kelompok peserta', `${bill.groupName}, ${SCHEME_TEXT[bill.scheme]}`], ['Tanggal terbit', dateText(bill.issuedOn)],
    ['Jatuh tempo', dateText(bill.dueOn)], ['Jumlah peserta', groupDigits(bill.participants)], ['Jumlah tagihan', rupiahText(bill.amount)],
  ]);
  unitSection(doc, input);
  programmeSection(doc, input);
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).text(`Terbilang: ${rupiahWords(bill.amount)}`, MARGIN, doc.y, { width: WIDTH });
  legalBasisSection(doc, input.rules);
  doc.moveDown(0.6).font('Helvetica-Oblique').fontSize(8).fillColor('#555').text(
    'Iuran ditagih per bulan penuh untuk setiap bulan kepesertaan aktif, tanpa prorata: praktik BPJS Ketenagakerjaan yang belum dikonfirmasi.', MARGIN, doc.y, { width: WIDTH });
  doc.text(`Dicetak oleh Lindung pada ${printedAt(issuer.tenantCode, input.generatedAt)}.`, { width: WIDTH });
  doc.fillColor('#000');
  doc.end();
  return done;
}
