/**
 * An exported report as an A4 PDF: the kop surat of the issuing office, title, region and period, the
 * example-data mark, each section's facts, chart (vector) and table, the sources of the reference figures,
 * the "dicetak pada" line, the Kepala Dinas's signature block (monthly report) and page numbers.
 */
import { heading, letterhead, MARGIN, openPdf, pageNumbers, table, WIDTH, type Doc } from '../documents/pdf-kit';
import { drawChart } from './report-export-charts';
import { cellText, isNumeric } from './report-export-cells';
import type { ReportDocument, Section } from './report-export.types';

export const EXAMPLE_MARK = 'CONTOH DATA — bukan data resmi';

/** Label/value lines with room for long labels ("Belum dibayar s.d. Desember 2025"), amounts aligned right. */
function facts(doc: Doc, rows: [string, string][]) {
  doc.font('Helvetica').fontSize(9.5);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.text(label, MARGIN, y, { width: 230 });
    const below = doc.y;
    doc.text(':', MARGIN + 232, y, { width: 8 });
    doc.text(value, MARGIN + 242, y, { width: 140, align: 'right' });
    doc.y = Math.max(doc.y, below) + 2;
  }
  doc.x = MARGIN;
}

function section(doc: Doc, s: Section) {
  // a heading never stays alone at the foot of a page: it moves with the chart or first lines beneath it
  if (doc.y + (s.chart ? 240 : 80) > doc.page.height - MARGIN) doc.addPage();
  heading(doc, s.title);
  for (const p of s.paragraphs ?? []) doc.font('Helvetica').fontSize(10).text(p, MARGIN, doc.y, { width: WIDTH }).moveDown(0.2);
  if (s.facts) facts(doc, s.facts.map((f) => [f.label, cellText(f.value, f.type)]));
  if (s.chart) { doc.moveDown(0.3); drawChart(doc, s.chart); }
  if (s.table) {
    const { columns, rows, total } = s.table;
    const text = (row: (string | number | null)[]) => row.map((v, i) => cellText(v, columns[i]!.type));
    table(doc, columns.map((c) => c.header), [...rows.map(text), ...(total ? [text(total)] : [])],
      columns.map((c) => c.width ?? (isNumeric(c.type) ? 16 : 28)), columns.map((c) => isNumeric(c.type)));
  }
  for (const note of s.notes ?? []) doc.font('Helvetica-Oblique').fontSize(8).fillColor('#444').text(note, MARGIN, doc.y + 2, { width: WIDTH });
  doc.fillColor('#000');
}

function signature(doc: Doc, s: NonNullable<ReportDocument['signature']>) {
  if (doc.y + 130 > doc.page.height - MARGIN) doc.addPage();
  const x = MARGIN + WIDTH * 0.55;
  const width = WIDTH * 0.45;
  doc.moveDown(1.5).font('Helvetica').fontSize(10).fillColor('#000');
  doc.text(`${s.place}, ${s.date}`, x, doc.y, { width, align: 'center' });
  doc.text(s.role, x, doc.y, { width, align: 'center' });
  doc.text(s.office, x, doc.y, { width, align: 'center' });
  doc.moveDown(4);
  doc.text('(.........................................)', x, doc.y, { width, align: 'center' });
  doc.text('NIP. ....................................', x, doc.y, { width, align: 'center' });
  doc.x = MARGIN;
}

export function renderReportPdf(r: ReportDocument): Promise<Buffer> {
  const { doc, done } = openPdf({ Title: `${r.title} — ${r.regionName}`, Author: r.issuer.office }, { bufferPages: true });
  letterhead(doc, r.issuer);
  doc.font('Helvetica-Bold').fontSize(12).text(r.title.toUpperCase(), MARGIN, doc.y, { width: WIDTH, align: 'center' });
  doc.font('Helvetica').fontSize(10).text(r.regionName, { width: WIDTH, align: 'center' }).text(r.period, { width: WIDTH, align: 'center' });
  if (r.example) {
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10).fillColor('#b00020').text(EXAMPLE_MARK, MARGIN, doc.y, { width: WIDTH, align: 'center' });
    doc.fillColor('#000');
  }
  for (const s of r.sections) section(doc, s);
  if (r.sources.length) {
    heading(doc, 'Sumber data');
    doc.font('Helvetica').fontSize(8.5);
    for (const line of r.sources) doc.text(`• ${line}`, MARGIN, doc.y, { width: WIDTH });
  }
  doc.moveDown(0.6).font('Helvetica-Oblique').fontSize(8).fillColor('#555').text(`Dicetak oleh Lindung pada ${r.printedAt}.`, MARGIN, doc.y, { width: WIDTH });
  doc.fillColor('#000');
  if (r.signature) signature(doc, r.signature);
  pageNumbers(doc, `${r.title} — ${r.regionName}`);
  doc.end();
  return done;
}
