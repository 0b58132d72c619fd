/**
 * The building blocks of every printed A4 document: the kop surat (letterhead of the issuing office,
 * double rule beneath), section headings, label/value fields, a grid table that breaks across pages, and
 * rendering to a Buffer. Content (which sections, which words) belongs to the capability printing it.
 */
import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;
export const MARGIN = 50;
export const WIDTH = 595.28 - 2 * MARGIN; // A4 width in points minus margins

/** Who issues the document: "PEMERINTAH KABUPATEN NAGEKEO" / "DINAS …" / its address. */
export interface Letterhead { government: string; office: string; address?: string | null }

export function letterhead(doc: Doc, head: Letterhead) {
  doc.font('Times-Bold').fontSize(14).text(`PEMERINTAH ${head.government.toUpperCase()}`, { align: 'center' });
  doc.fontSize(16).text(head.office.toUpperCase(), { align: 'center' });
  if (head.address) doc.font('Times-Roman').fontSize(10).text(head.address, { align: 'center' });
  const y = doc.y + 4;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).lineWidth(2).stroke();
  doc.moveTo(MARGIN, y + 3).lineTo(MARGIN + WIDTH, y + 3).lineWidth(0.5).stroke();
  doc.y = y + 14;
}

export function heading(doc: Doc, text: string) {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(text, MARGIN);
  doc.moveDown(0.2);
}

export function fields(doc: Doc, rows: [string, string][]) {
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
export function table(doc: Doc, header: string[], rows: string[][], widths: number[], right: boolean[] = []) {
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

/** A new A4 document and the Buffer it becomes once `doc.end()` is called (`bufferPages` for `pageNumbers`). */
export function openPdf(info: { Title: string; Author: string }, opts: { bufferPages?: boolean } = {}): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info, bufferPages: opts.bufferPages ?? false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });
  return { doc, done };
}

/** "Halaman 2 dari 5" at the foot of every page (the document must be opened with `bufferPages`). */
export function pageNumbers(doc: Doc, label: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
    doc.font('Helvetica').fontSize(7.5).fillColor('#555')
      .text(`${label} — Halaman ${i - range.start + 1} dari ${range.count}`, MARGIN, doc.page.height - 32, { width: WIDTH, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('#000');
}
