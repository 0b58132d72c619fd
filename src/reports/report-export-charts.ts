/**
 * Charts of the exported reports, drawn as vector graphics with pdfkit (sharp in print at any zoom, no
 * browser or image library on the server): horizontal bars per region, vertical columns per month
 * (stacked or grouped), and lines (cumulative money). Okabe–Ito colours, distinguishable with every
 * common colour-vision deficiency (the web charts use the same), and Indonesian number words on the axes.
 */
import { groupDigits } from '../documents/document-format';
import { type Doc, MARGIN, WIDTH } from '../documents/pdf-kit';
import type { Chart } from './report-export.types';

export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;

const decimal = (v: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(v);

/** Axis words as an Indonesian reader says them: 1.500.000.000 → "Rp 1,5 M", 125.491.488 → "Rp 125,5 jt". */
export function axisText(value: number, money: boolean): string {
  const abs = Math.abs(value);
  const body = abs >= 1e9 ? `${decimal(value / 1e9)} M` : abs >= 1e6 ? `${decimal(value / 1e6)} jt` : groupDigits(Math.round(value));
  return money ? `Rp ${body}` : body;
}

/** 0 and round steps (1, 2, 2.5, 5 × 10ⁿ) up to the first at or above `max`. */
export function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = 0; ; v += step) { out.push(v); if (v >= max) break; }
  return out;
}

const colour = (i: number) => PALETTE[i % PALETTE.length]!;

function legend(doc: Doc, chart: Chart, y: number) {
  let x = MARGIN;
  doc.font('Helvetica').fontSize(7.5);
  chart.series.forEach((s, i) => {
    doc.rect(x, y + 1, 8, 8).fill(colour(i));
    doc.fillColor('#000').text(s.name, x + 11, y, { lineBreak: false });
    x += 20 + doc.widthOfString(s.name);
  });
  if (chart.reference) {
    doc.moveTo(x, y + 5).lineTo(x + 14, y + 5).dash(3, { space: 2 }).lineWidth(1).stroke('#000').undash();
    doc.fillColor('#000').text(chart.reference.label, x + 17, y, { lineBreak: false });
  }
}

const total = (chart: Chart, i: number) => chart.series.reduce((s, x) => s + (x.values[i] ?? 0), 0);

function scaleMax(chart: Chart) {
  const values = chart.categories.map((_, i) => (chart.stacked ? total(chart, i) : Math.max(...chart.series.map((s) => s.values[i] ?? 0))));
  return ticks(Math.max(0, ...values, chart.reference?.value ?? 0));
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** Vertical columns or lines over categories (months), with a left value axis. */
function drawXY(doc: Doc, chart: Chart) {
  const height = 190;
  ensureRoom(doc, height + 20);
  const top = doc.y;
  doc.font('Helvetica-Bold').fontSize(9).fillColor('#000').text(chart.title, MARGIN, top, { width: WIDTH });
  legend(doc, chart, top + 14);
  const [x0, x1, y0, y1] = [MARGIN + 62, MARGIN + WIDTH, top + 32, top + height - 16];
  const axis = scaleMax(chart);
  const max = axis[axis.length - 1]!;
  const y = (v: number) => y1 - (v / max) * (y1 - y0);
  doc.font('Helvetica').fontSize(7);
  for (const t of axis) {
    doc.moveTo(x0, y(t)).lineTo(x1, y(t)).lineWidth(0.3).stroke('#bbb');
    doc.fillColor('#333').text(axisText(t, !!chart.money), MARGIN, y(t) - 3.5, { width: 58, align: 'right', lineBreak: false });
  }
  const slot = (x1 - x0) / Math.max(1, chart.categories.length);
  chart.categories.forEach((c, i) => {
    doc.fillColor('#333').text(c, x0 + i * slot, y1 + 4, { width: slot, align: 'center', lineBreak: false });
    if (chart.kind !== 'column') return;
    let base = 0;
    const n = chart.stacked ? 1 : chart.series.length;
    const w = (slot * (chart.stacked ? 0.6 : 0.8)) / n;
    chart.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const left = x0 + i * slot + (slot - w * n) / 2 + (chart.stacked ? 0 : k * w);
      const from = chart.stacked ? base : 0;
      doc.rect(left, y(from + v), w, y(from) - y(from + v)).fill(colour(k));
      if (chart.stacked) base += v;
    });
  });
  if (chart.kind === 'line') {
    chart.series.forEach((s, k) => {
      s.values.forEach((v, i) => { const px = x0 + (i + 0.5) * slot; if (i === 0) doc.moveTo(px, y(v)); else doc.lineTo(px, y(v)); });
      doc.lineWidth(Math.max(0.8, 2.4 - k * 0.9)).stroke(colour(k)); // later series thinner: a line on top of another stays visible
      s.values.forEach((v, i) => doc.circle(x0 + (i + 0.5) * slot, y(v), 1.8).fill(colour(k)));
    });
  }
  if (chart.reference) doc.moveTo(x0, y(chart.reference.value)).lineTo(x1, y(chart.reference.value)).dash(3, { space: 2 }).lineWidth(1).stroke('#000').undash();
  doc.moveTo(x0, y0).lineTo(x0, y1).lineTo(x1, y1).lineWidth(0.6).stroke('#000');
  doc.fillColor('#000').strokeColor('#000');
  doc.x = MARGIN;
  doc.y = top + height + 6;
}

/** Horizontal bars per category (regions), the value written at each bar's end. */
function drawBars(doc: Doc, chart: Chart) {
  const row = 11;
  const height = 32 + chart.categories.length * row;
  ensureRoom(doc, Math.min(height, 300));
  const top = doc.y;
  doc.font('Helvetica-Bold').fontSize(9).fillColor('#000').text(chart.title, MARGIN, top, { width: WIDTH });
  legend(doc, chart, top + 14);
  const [x0, x1] = [MARGIN + 150, MARGIN + WIDTH - 70];
  const axis = scaleMax(chart);
  const max = axis[axis.length - 1]!;
  let y = top + 30;
  doc.font('Helvetica').fontSize(7);
  chart.categories.forEach((c, i) => {
    if (y + row > doc.page.height - MARGIN) { doc.addPage(); y = doc.y; }
    doc.fillColor('#000').text(c, MARGIN, y + 1.5, { width: 146, align: 'right', lineBreak: false, ellipsis: true });
    let base = 0;
    const n = chart.stacked ? 1 : chart.series.length;
    chart.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const w = (v / max) * (x1 - x0);
      const barTop = y + 1 + (chart.stacked ? 0 : (k * (row - 2)) / n);
      if (w > 0) doc.rect(x0 + (chart.stacked ? (base / max) * (x1 - x0) : 0), barTop, w, (row - 2) / n).fill(colour(k));
      if (chart.stacked) base += v;
    });
    const end = chart.stacked ? total(chart, i) : Math.max(...chart.series.map((s) => s.values[i] ?? 0));
    doc.fillColor('#333').text(axisText(end, !!chart.money), x0 + (end / max) * (x1 - x0) + 3, y + 1.5, { lineBreak: false });
    y += row;
  });
  doc.moveTo(x0, top + 30).lineTo(x0, y).lineWidth(0.6).stroke('#000');
  doc.fillColor('#000').strokeColor('#000');
  doc.x = MARGIN;
  doc.y = y + 8;
}

export function drawChart(doc: Doc, chart: Chart) {
  if (!chart.categories.length) return;
  if (chart.kind === 'bar') drawBars(doc, chart); else drawXY(doc, chart);
}
