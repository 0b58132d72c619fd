/** Helpers for enrolment tests: valid synthetic NIKs, a rentan import file, and a multipart upload body. */
import fs from 'node:fs';
import path from 'node:path';
import { formatNik } from '../../src/domain/nik';

/** A valid Nagekeo NIK whose serial (9000+) the demo registry never uses (its serials start at 0001). */
export function testNik(i: number, sex: 'L' | 'P' = 'L'): string {
  const birthDate = `19${80 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`;
  return formatNik({ districtCode: '53.16.01', birthDate, sex, serial: String(9000 + i).padStart(4, '0') });
}

export interface NewRentan { nik: string; name: string; decile: number }

/** A rentan registry upload (the import's layout) for the given people, all of Desa Labolewa. */
export function rentanFile(dir: string, people: NewRentan[]): string {
  const file = path.join(dir, 'rentan-pengganti.csv');
  const lines = ['NIK;Nama;TTL;JK;Desa;Pekerjaan;Penghasilan;Desil', ...people.map((p) => {
    // the birth date the NIK encodes (testNik: men, born in the 1980s-90s)
    const birth = `${p.nik.slice(6, 8)}-${p.nik.slice(8, 10)}-19${p.nik.slice(10, 12)}`;
    return `${p.nik};${p.name};"Mbay, ${birth}";L;53.16.01.2002;Nelayan;1.500.000;${p.decile}`;
  })];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export function multipart(filename: string, content: Buffer, contentType = 'text/csv') {
  const boundary = '----lindung-enrolment-test';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${filename}"\r\ncontent-type: ${contentType}\r\n\r\n`),
    content, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
