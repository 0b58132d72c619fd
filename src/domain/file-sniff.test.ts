// Why: the upload route trusts only these answers; a wrong one would let an HTML page be served as a "PDF".
import { describe, expect, it } from 'vitest';
import { filenameFor, sniffFileType } from './file-sniff';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffFileType', () => {
  it.each([
    ['a PDF', text('%PDF-1.7\n%âãÏÓ'), 'application/pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'image/png'],
    ['a JPEG (JFIF)', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46), 'image/jpeg'],
    ['a JPEG (Exif)', bytes(0xff, 0xd8, 0xff, 0xe1), 'image/jpeg'],
  ])('recognises %s', (_what, head, type) => expect(sniffFileType(head)).toBe(type));

  it.each([
    ['HTML named .pdf', text('<html><script>alert(1)</script>')],
    ['a Windows program', text('MZ\x90\x00')],
    ['a ZIP (DOCX)', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['"%PDF" without the dash', text('%PDF')],
    ['a PNG cut short', bytes(0x89, 0x50, 0x4e, 0x47)],
    ['a PDF header after a blank line', text('\n%PDF-1.4')],
    ['nothing', bytes()],
  ])('refuses %s', (_what, head) => expect(sniffFileType(head)).toBeNull());
});

describe('filenameFor', () => {
  it.each([
    ['akta kematian.pdf', 'application/pdf', 'akta kematian.pdf'],
    ['akta.pdf', 'image/jpeg', 'akta.jpg'],
    ['foto KK', 'image/png', 'foto KK.png'],
    ['C:\\Users\\op\\scan<1>.PDF', 'application/pdf', 'scan_1_.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['.pdf', 'application/pdf', 'dokumen.pdf'],
  ] as const)('%s as %s → %s', (name, type, expected) => expect(filenameFor(name, type)).toBe(expected));
});
