/** The CSV tokenizer: office quirks by example, then a round-trip property over random records and chunkings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvTokenizer } from './csv-tokenizer';

function tokenize(text: string, delimiter = ';', chunks: number[] = []) {
  const t = createCsvTokenizer(delimiter);
  const out: string[][] = [];
  let at = 0;
  for (const size of chunks) { out.push(...t.push(text.slice(at, at + size))); at += size; }
  out.push(...t.push(text.slice(at)), ...t.end());
  return out;
}

describe('office CSV', () => {
  it.each([
    ['CRLF and a BOM', '\ufeffa;b\r\nc;d\r\n', [['a', 'b'], ['c', 'd']]],
    ['no final newline', 'a;b\nc;d', [['a', 'b'], ['c', 'd']]],
    ['quoted delimiter, newline and quotes', 'a;"b;\nc ""d"""\n', [['a', 'b;\nc "d"']]],
    ['blank lines count as rows', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['trailing empty columns', 'a;;\n', [['a', '', '']]],
    ['a stray quote inside a field is literal', 'Jl. "Melati";2\n', [['Jl. "Melati"', '2']]],
    ['text after a closing quote is kept', '"12"a;b\n', [['12a', 'b']]],
    ['an unterminated quote runs to the end', 'a;"b\nc', [['a', 'b\nc']]],
    ['old Mac CR line ends', 'a\rb\r', [['a'], ['b']]],
  ])('%s', (_label, text, expected) => expect(tokenize(text)).toEqual(expected));

  it('refuses a record larger than the limit (an unterminated quote swallowing the file)', () => {
    const t = createCsvTokenizer(';', 100);
    expect(() => t.push(`"${'x'.repeat(200)}`)).toThrow(/IMPORT_FILE_CORRUPT/);
  });
});

describe('round trip (fast-check)', () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'b', ';', ',', '"', '\n', '\r', ' ', 'é', '\t') , maxLength: 8 });
  const records = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 })
    // a record of one empty field is a blank line, which a writer cannot distinguish from "no record"
    .filter((rs) => rs.every((r) => !(r.length === 1 && r[0] === '')));
  const quote = (f: string) => (/[;"\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);

  it('tokenizes what a writer quoted, however the text is chunked', () => {
    fc.assert(fc.property(records, fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), (rs, chunks, eol) => {
      const text = rs.map((r) => r.map(quote).join(';')).join(eol) + eol;
      expect(tokenize(text, ';', chunks)).toEqual(rs);
    }), { numRuns: 1000 });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 10 }), (text, chunks) => {
      tokenize(text, ';', chunks);
    }), { numRuns: 1000 });
  });
});
