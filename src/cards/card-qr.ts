/**
 * Draws a QR code as vector squares in a PDF (no bitmap: sharp at any printer resolution). Error
 * correction M (15%) survives a scuffed or folded paper card while keeping a ~150-character link at
 * version 9 (53 × 53 modules).
 */
import QRCode from 'qrcode';

export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2; // a little quiet zone inside the box; the card's white margin provides the rest
  const cell = size / (modules.size + 2 * quiet);
  doc.save().rect(x, y, size, size).fill('#ffffff').fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.01, cell + 0.01);
    }
  }
  doc.fill().restore();
}
