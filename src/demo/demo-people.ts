/**
 * The demo's synthetic people (example data, never real persons): valid NIKs on Nagekeo's districts with
 * birth date and sex encoded as Dukcapil does (domain/nik.ts formatNik), names from the bench generator's
 * lists (demo-names.ts). Deterministic: the same seed gives the same people on every installation.
 */
import { formatNik } from '../domain/nik';
import { nameInitials, nameKey } from '../domain/person-name';
import { FEMALE, MALE, PLACES, POSITIONS, SURNAMES } from './demo-names';

const NAGEKEO_DISTRICTS = ['53.16.01', '53.16.02', '53.16.03', '53.16.04', '53.16.05', '53.16.06', '53.16.07'];
const OCCUPATIONS = ['Petani', 'Buruh tani', 'Nelayan', 'Pengemudi ojek', 'Juru parkir', 'Buruh pelabuhan', 'Pedagang pasar',
  'Buruh bangunan', 'Pedagang kaki lima', 'Guru mengaji', 'Koster gereja', 'Marbot masjid', 'Pemulung'];

/** mulberry32: small, fast, deterministic (the demo's people and the benchmark's generator share it). */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoPerson {
  nik: string; name: string; nameKey: string; nameInitials: string; birthPlace: string; birthDate: string; sex: 'L' | 'P'; phone: string | null;
  /** non-ASN: the OPD (index into the OPD list) and position; rentan: the village, occupation and welfare decile */
  opdIndex: number | null; position: string | null; villageCode: string | null; occupation: string | null; decile: number | null;
}

/** `nonAsn` people spread over `opdCount` OPDs, then `rentan` people spread over the villages given. */
export function demoPeople(a: { nonAsn: number; rentan: number; opdCount: number; villageCodes: readonly string[]; seed?: number }): DemoPerson[] {
  const random = rng(a.seed ?? 2025);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const serials = new Map<string, number>();
  const people: DemoPerson[] = [];
  for (let i = 0; i < a.nonAsn + a.rentan; i++) {
    const rentan = i >= a.nonAsn;
    const sex = random() < 0.5 ? 'L' : 'P';
    const year = 1966 + Math.floor(random() * 40);
    const birthDate = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const districtCode = pick(NAGEKEO_DISTRICTS);
    const key = `${districtCode}${birthDate}${sex}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const names = sex === 'L' ? MALE : FEMALE;
    const name = [pick(names), random() < 0.3 ? pick(names) : null, pick(SURNAMES)].filter(Boolean).join(' ');
    const k = nameKey(name);
    people.push({
      nik: formatNik({ districtCode, birthDate, sex, serial: String(serial).padStart(4, '0') }), name, nameKey: k, nameInitials: nameInitials(k),
      birthPlace: pick(PLACES), birthDate, sex, phone: random() < 0.7 ? `08${Math.floor(1e9 + random() * 9e9)}` : null,
      opdIndex: rentan ? null : i % a.opdCount, position: rentan ? null : pick(POSITIONS),
      villageCode: rentan ? a.villageCodes[(i - a.nonAsn) % a.villageCodes.length]! : null,
      occupation: rentan ? pick(OCCUPATIONS) : null, decile: rentan ? 1 + Math.floor(random() * 4) : null,
    });
  }
  return people;
}
