/**
 * The receipt of one payment (tanda terima pembayaran iuran) as an A4 PDF: the SP2D number, date and
 * amount (with terbilang), how it was allocated to bills (oldest due first unless the user picked bills)
 * and the credit it left, which the next bill uses (PP 50/2025: overpayments carry forward). A reversed
 * payment says so with its reason; demo payments carry the example mark.
 */
import { dateText, monthText, printedAt, rupiahText, rupiahWords } from '../documents/document-format';
import { fields, heading, letterhead, MARGIN, openPdf, table, WIDTH } from '../documents/pdf-kit';
import { exampleMark } from './bill-pdf';
import type { ReceiptInput } from './bill-document.types';

export function renderReceiptPdf(input: ReceiptInput): Promise<Buffer> {
  const { payment: p, issuer } = input;
  const { doc, done } = openPdf({ Title: `Tanda terima SP2D ${p.sp2dNumber}`, Author: issuer.office });
  letterhead(doc, issuer);
  doc.font('Helvetica-Bold').fontSize(12).text('TANDA TERIMA PEMBAYARAN IURAN BPJS KETENAGAKERJAAN', { align: 'center' });
  if (p.example) exampleMark(doc);
  if (p.reversed) {
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10).fillColor('#b00020')
      .text(`DIBATALKAN pada ${dateText(p.reversed.on)}: ${p.reversed.reason}`, MARGIN, doc.y, { width: WIDTH, align: 'center' });
    doc.fillColor('#000');
  }
  heading(doc, 'Pembayaran');
  fields(doc, [
    ['Nomor SP2D', p.sp2dNumber], ['Tanggal SP2D', dateText(p.paidOn)], ['Perjanjian kerja sama', p.agreementNumber],
    ['Rekening', p.account || '-'], ['Jumlah', rupiahText(p.amount)], ['Terbilang', rupiahWords(p.amount)], ['Dicatat', dateText(p.recordedAt)],
  ]);
  heading(doc, 'Alokasi ke tagihan');
  const allocated = input.allocations.reduce((s, a) => s + a.amount, 0);
  table(doc, ['Nomor tagihan', 'Bulan', 'Kelompok', 'Dialokasikan'],
    input.allocations.map((a) => [a.billNumber, monthText(a.month), a.groupName, rupiahText(a.amount)])
      .concat([['Jumlah dialokasikan', '', '', rupiahText(allocated)], ['Kelebihan (kredit untuk tagihan berikutnya)', '', '', rupiahText(input.credit)]]),
    [30, 18, 27, 25], [false, false, false, true]);
  doc.moveDown(0.6).font('Helvetica-Oblique').fontSize(8).fillColor('#555')
    .text(`Kelebihan bayar dibawa ke tagihan berikutnya (PP 50/2025). Dicetak oleh Lindung pada ${printedAt(issuer.tenantCode, input.generatedAt)}.`, MARGIN, doc.y, { width: WIDTH });
  doc.fillColor('#000');
  doc.end();
  return done;
}
