/**
 * The participant card (kartu peserta) as PDF: one card on an ID-1 page (85.6 × 54 mm, for a card
 * printer), or A4 sheets of 8 cards (2 × 4, with cut lines) for a village or OPD to print on an office
 * printer. Written in Bahasa Indonesia like every official document; dates as "1 Januari 2025".
 */
import PDFDocument from 'pdfkit';
import { dateText } from '../documents/document-format';
import { drawQr } from './card-qr';

/** What a card shows. `verifyUrl` is the QR's link (`…/v/<signed token>`). */
export interface CardFace {
  name: string; maskedNik: string; kpj: string | null; programmes: string[]; groupName: string;
  periodStart: string; periodEnd: string; regencyName: string; issuerName: string; verifyUrl: string;
}

type Doc = PDFKit.PDFDocument;
const MM = 72 / 25.4;
export const CARD_W = 85.6 * MM;
export const CARD_H = 54 * MM;
const A4 = { w: 595.28, h: 841.89 };
const GREEN = '#1b5e20';

function drawCard(doc: Doc, c: CardFace, x: number, y: number) {
  doc.save().roundedRect(x, y, CARD_W, CARD_H, 3 * MM).lineWidth(0.4).strokeColor('#9e9e9e').stroke().restore();
  // header band: who issues the card (the regency) and what it is
  doc.save().roundedRect(x, y, CARD_W, 11 * MM, 3 * MM).clip().rect(x, y, CARD_W, 11 * MM).fill(GREEN).restore();
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(6.6)
    .text('KARTU PESERTA BPJS KETENAGAKERJAAN', x + 3 * MM, y + 2.2 * MM, { width: CARD_W - 6 * MM, lineBreak: false });
  doc.font('Helvetica').fontSize(5.6)
    .text(`Iuran ditanggung ${c.issuerName}`, x + 3 * MM, y + 5.6 * MM, { width: CARD_W - 6 * MM, height: 7, ellipsis: true, lineBreak: false });

  const qrSize = 25 * MM;
  const qrX = x + CARD_W - qrSize - 2.5 * MM;
  const qrY = y + 13 * MM;
  drawQr(doc, c.verifyUrl, qrX, qrY, qrSize);
  // the QR is also a link: a click in a PDF viewer opens the same check a phone's camera would
  doc.link(qrX, qrY, qrSize, qrSize, c.verifyUrl);
  doc.fillColor('#424242').font('Helvetica').fontSize(4.6)
    .text('Pindai untuk cek status', qrX, qrY + qrSize + 0.6 * MM, { width: qrSize, align: 'center', lineBreak: false });

  const left = x + 3 * MM;
  const valueX = left + 15 * MM;
  const valueW = qrX - valueX - 2 * MM;
  doc.fillColor('#000000').font('Helvetica-Bold').fontSize(8)
    .text(c.name.toUpperCase(), left, y + 13 * MM, { width: qrX - left - 2 * MM, height: 10, ellipsis: true, lineBreak: false });
  const rows: [string, string][] = [
    ['NIK', c.maskedNik], ['No. KPJ', c.kpj ?? 'menunggu'], ['Program', c.programmes.join(', ')],
    ['Kelompok', c.groupName], ['Masa PKS', `${dateText(c.periodStart)} – ${dateText(c.periodEnd)}`], ['Wilayah', c.regencyName],
  ];
  let rowY = y + 18.5 * MM;
  for (const [label, value] of rows) {
    doc.font('Helvetica').fontSize(5.8).fillColor('#616161').text(label, left, rowY, { width: 15 * MM, lineBreak: false });
    doc.font('Helvetica-Bold').fillColor('#000000').text(value, valueX, rowY, { width: valueW, height: 7, ellipsis: true, lineBreak: false });
    rowY += 3.6 * MM;
  }
  doc.font('Helvetica-Oblique').fontSize(4.6).fillColor('#616161')
    .text('Kartu berlaku selama kepesertaan aktif. Status terkini: pindai kode QR.', left, y + CARD_H - 4.2 * MM, { width: CARD_W - 6 * MM, lineBreak: false });
  doc.fillColor('#000000');
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });
}

/** One card on a card-sized page. */
export function renderCardPdf(card: CardFace, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: [CARD_W, CARD_H], margin: 0, info: { Title: title, Author: card.issuerName } });
  const done = collect(doc);
  drawCard(doc, card, 0, 0);
  doc.end();
  return done;
}

const PER_ROW = 2;
const PER_PAGE = 8;

/** A4 sheets, 8 cards a page (2 columns × 4 rows), evenly spaced so a guillotine cut leaves equal margins. */
export function renderCardSheetPdf(cards: CardFace[], title: string, issuerName: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: title, Author: issuerName } });
  const done = collect(doc);
  const gapX = (A4.w - PER_ROW * CARD_W) / (PER_ROW + 1);
  const gapY = (A4.h - (PER_PAGE / PER_ROW) * CARD_H) / (PER_PAGE / PER_ROW + 1);
  cards.forEach((card, i) => {
    const slot = i % PER_PAGE;
    if (slot === 0) doc.addPage();
    const col = slot % PER_ROW;
    const row = Math.floor(slot / PER_ROW);
    drawCard(doc, card, gapX + col * (CARD_W + gapX), gapY + row * (CARD_H + gapY));
  });
  if (cards.length === 0) doc.addPage().font('Helvetica').fontSize(11).text('Tidak ada peserta untuk dicetak.', 50, 60);
  doc.end();
  return done;
}
