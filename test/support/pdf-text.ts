/**
 * The text a PDF made by pdfkit shows, for tests that read documents back: every content stream is
 * inflated and the strings of its text operators (Tj/TJ, hex or literal) are decoded as WinAnsi, one
 * line per operator. Enough for pdfkit's standard fonts; not a general PDF parser (no external tool, so
 * the tests run wherever Node runs).
 */
import { inflateSync } from 'node:zlib';

function streamsOf(pdf: Buffer): string[] {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  const re = /\/Filter\s*\/FlateDecode[^]*?>>\s*stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch { /* not a content stream we can read (e.g. a font): skip */ }
  }
  return out;
}

// WinAnsi differs from Latin-1 in 0x80–0x9f: the dashes and quotes documents use.
const WIN_ANSI: Record<string, string> = { '\x96': '–', '\x97': '—', '\x91': '‘', '\x92': '’', '\x93': '“', '\x94': '”', '\x95': '•', '\x85': '…' };
const winAnsi = (s: string) => s.replace(/[\x80-\x9f]/g, (c) => WIN_ANSI[c] ?? c);
const unhex = (hex: string) => winAnsi(Buffer.from(hex.replace(/\s+/g, ''), 'hex').toString('latin1'));
const unescape = (s: string) => winAnsi(s.replace(/\\([nrtbf()\\]|\d{1,3})/g, (_, c: string) =>
  /\d/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c));

/** The text of every Tj/TJ operator, one line each (kerned pieces of one operator joined). */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const content of streamsOf(pdf)) {
    const re = /\[((?:[^\]\\]|\\.)*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:[^)\\]|\\.)*\))\s*Tj/g;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      const body = m[1] ?? m[2]!;
      const parts = body.match(/<[0-9a-fA-F\s]*>|\((?:[^)\\]|\\.)*\)/g) ?? [];
      lines.push(parts.map((p) => (p.startsWith('<') ? unhex(p.slice(1, -1)) : unescape(p.slice(1, -1)))).join(''));
    }
  }
  return lines.join('\n');
}
