/**
 * What a file *is*, read from its first bytes (magic numbers), never from its name or the browser's
 * declared type: a renamed HTML page or program is not a PDF because it ends in `.pdf`. Only the kinds a
 * claim file may hold are recognised (PDF scans, JPEG/PNG photos of papers).
 */

export type SniffedType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: readonly { type: SniffedType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // "\x89PNG\r\n\x1a\n"
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] }, // SOI marker + the next marker's 0xFF
];

export const EXTENSION_OF: Record<SniffedType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The file's type from its bytes, or null when it is none of the accepted kinds. */
export function sniffFileType(head: Uint8Array): SniffedType | null {
  for (const { type, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return type;
  }
  return null;
}

/**
 * A filename fit to show and to send back in Content-Disposition, whose extension tells the truth: a
 * JPEG uploaded as "akta.pdf" is kept as "akta.jpg" (the bytes decide, the name follows).
 */
export function filenameFor(original: string, type: SniffedType): string {
  const base = original.replace(/^.*[\\/]/, '').replace(/[^\p{L}\p{N} ._()-]/gu, '_').trim().slice(0, 180);
  const stem = base.replace(/\.[^.]*$/, '') || 'dokumen';
  return `${stem}.${EXTENSION_OF[type]}`;
}
