/**
 * Generates a realistic non-ASN list as an Excel (id-ID) CSV: `;`, BOM, CRLF; valid NIKs on real NTT
 * district codes (60% Nagekeo, 40% the rest of NTT), birth date and sex encoded as Dukcapil does;
 * Indonesian (Flores/NTT) names; mixed date, sex and money formats; and 2% injected near-duplicates of
 * earlier rows — half with the same NIK (exact), half with a one-digit NIK typo — with name typos,
 * initials, swapped order, dropped middle names or titles. The ground truth (clusters of rows that are
 * one person) goes to `<out>.truth.json`. Deterministic for a seed.
 *
 *   node --import tsx bench/generate-workers.ts --rows 100000 --out bench/out/workers-100k.csv [--seed 7]
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_OPDS } from '../src/demo/demo-data';
import { FEMALE, MALE, MONTHS, PLACES, POSITIONS, SURNAMES } from '../src/demo/demo-names';
import { rng } from '../src/demo/demo-people';

function nttDistricts(): { nagekeo: string[]; other: string[] } {
  const file = fileURLToPath(new URL('../vendor/idn-area-data/districts.csv', import.meta.url));
  const codes = fs.readFileSync(file, 'utf8').split('\n').map((l) => l.split(',')[0]!).filter((c) => /^53\.\d{2}\.\d{2}$/.test(c));
  return { nagekeo: codes.filter((c) => c.startsWith('53.16.')), other: codes.filter((c) => !c.startsWith('53.16.')) };
}

interface Person { nik: string; first: string; middle: string | null; surname: string; birth: [number, number, number]; sex: 'L' | 'P'; phone: string | null; place: string }

export interface GenerateOptions { rows: number; out: string; seed?: number; duplicateShare?: number }
/** Clusters: row numbers (as the file numbers them, header = row 1) that are one person. */
export interface Truth { rows: number; clusters: number[][] }

export function generateWorkers(opts: GenerateOptions): Truth {
  const random = rng(opts.seed ?? 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const { nagekeo, other } = nttDistricts();
  const serials = new Map<string, number>();
  const people: Person[] = [];
  const clusters = new Map<number, number[]>();
  const fd = fs.openSync(opts.out, 'w');
  let buffer = '\ufeffNo;NIK;Nama Lengkap;Tempat Lahir;Tgl Lahir;JK;Unit Kerja;Jabatan;Gaji;No HP\r\n';
  const flush = () => { fs.writeSync(fd, buffer); buffer = ''; };

  const nikOf = (district: string, [y, m, d]: [number, number, number], sex: 'L' | 'P', serial: number) =>
    `${district.replace(/\./g, '')}${String(sex === 'P' ? d + 40 : d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
  const used = (nik: string) => (serials.get(nik.slice(0, 12)) ?? 0) >= Number(nik.slice(12));

  function newPerson(): Person {
    const sex = random() < 0.5 ? 'L' : 'P';
    const district = random() < 0.6 ? pick(nagekeo) : pick(other);
    const birth: [number, number, number] = [1965 + Math.floor(random() * 42), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)];
    const key = nikOf(district, birth, sex, 0).slice(0, 12);
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const names = sex === 'L' ? MALE : FEMALE;
    return {
      nik: nikOf(district, birth, sex, serial), first: pick(names), middle: random() < 0.3 ? pick(names) : null, surname: pick(SURNAMES),
      birth, sex, phone: random() < 0.7 ? `08${Math.floor(1e9 + random() * 9e9)}` : null, place: pick(PLACES),
    };
  }

  /** A near-duplicate: the same person typed again, with the typos offices make. */
  function nearDuplicate(p: Person): { person: Person; name: string } {
    let nik = p.nik;
    if (random() < 0.5) {
      // one digit wrong in the serial or the district part (a wrong date digit would be rejected outright)
      for (let tries = 0; tries < 20 && (nik === p.nik || used(nik)); tries++) {
        const pos = random() < 0.7 ? 12 + Math.floor(random() * 4) : 4 + Math.floor(random() * 2);
        const digit = String(Math.floor(random() * 10));
        nik = `${p.nik.slice(0, pos)}${digit}${p.nik.slice(pos + 1)}`;
        if (nik.endsWith('0000')) nik = p.nik;
      }
      if (used(nik)) nik = p.nik;
    }
    const tokens = [p.first, ...(p.middle ? [p.middle] : []), p.surname];
    const kind = Math.floor(random() * 6);
    let name: string;
    if (kind === 0) {
      const i = Math.floor(random() * tokens.length);
      tokens[i] = tokens[i]!.replace(/[aeiou](?=[^aeiou]*$)/, (v) => ({ a: 'e', e: 'i', i: 'e', o: 'u', u: 'o' })[v]!);
      name = tokens.join(' ');
    } else if (kind === 1) name = [`${p.first[0]}.`, ...tokens.slice(1)].join(' ');
    else if (kind === 2) name = [p.surname, ...tokens.slice(0, -1)].join(' ');
    else if (kind === 3) name = p.middle ? `${p.first} ${p.surname}` : `${p.first} ${p.surname}`.toUpperCase();
    else if (kind === 4) name = `${tokens.join(' ')}, S.Pd`;
    else name = tokens.join(' ').replace(/(\w)(\w)$/, '$1$2$2');
    return { person: { ...p, nik, phone: random() < 0.5 ? p.phone : null }, name };
  }

  const formatDate = ([y, m, d]: [number, number, number]) => {
    const r = random();
    if (r < 0.7) return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    if (r < 0.85) return `${d} ${MONTHS[m - 1]} ${y}`;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const formatWage = (w: number) => (random() < 0.5 ? String(w) : random() < 0.5 ? `Rp ${w.toLocaleString('id-ID')},00` : w.toLocaleString('id-ID'));

  for (let i = 0; i < opts.rows; i++) {
    const rowNo = i + 2;
    let person: Person;
    let name: string;
    if (people.length > 100 && random() < (opts.duplicateShare ?? 0.02)) {
      const index = Math.floor(random() * people.length);
      ({ person, name } = nearDuplicate(people[index]!));
      const root = (people[index] as Person & { rowNo: number }).rowNo;
      clusters.set(root, [...(clusters.get(root) ?? [root]), rowNo]);
    } else {
      person = newPerson();
      name = [person.first, person.middle, person.surname].filter(Boolean).join(' ');
      people.push(Object.assign(person, { rowNo }));
    }
    const sex = random() < 0.85 ? person.sex : person.sex === 'L' ? 'Laki-laki' : 'Perempuan';
    const wage = 2_328_970 + Math.floor(random() * 200) * 10_000;
    buffer += `${i + 1};${random() < 0.1 ? `'${person.nik}` : person.nik};${name};${person.place};${formatDate(person.birth)};${sex};${pick(DEMO_OPDS).name};${pick(POSITIONS)};${formatWage(wage)};${person.phone ?? ''}\r\n`;
    if (buffer.length > 1 << 20) flush();
  }
  flush();
  fs.closeSync(fd);
  const truth: Truth = { rows: opts.rows, clusters: [...clusters.values()] };
  fs.writeFileSync(`${opts.out}.truth.json`, JSON.stringify(truth));
  return truth;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, out: { type: 'string' }, seed: { type: 'string', default: '7' } } });
  const out = values.out ?? path.join('bench', 'out', `workers-${values.rows}.csv`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const truth = generateWorkers({ rows: Number(values.rows), out, seed: Number(values.seed) });
  process.stdout.write(`${JSON.stringify({ out, rows: truth.rows, clusters: truth.clusters.length })}\n`);
}
