/**
 * What every exported report shares: the level of the region asked (nation `ID`/none, a province, a
 * regency), its name, the issuing office for the kop surat (a regency's Dinas as its PKS names it), the
 * source lines of the UCJ reference figures, and the words documents use for statuses and claim types.
 */
import { agreementFacts } from '../agreements/agreement-facts.service';
import { pksOfYear } from '../agreements/agreement-reports.service';
import type { Db } from '../db/database';
import type { Letterhead } from '../documents/pdf-kit';
import { DomainError } from '../domain/errors';
import { getRegion } from '../regions/regions.service';
import type { FigureSource } from './coverage.service';

export type ReportLevel = 'nation' | 'province' | 'regency';
export interface RegionInfo { code: string | null; level: ReportLevel; name: string }

/** `ID` or nothing is the nation; otherwise a province (NN) or a regency/city (NN.NN) — nothing finer. */
export async function regionInfo(db: Db, region: string | null | undefined): Promise<RegionInfo> {
  const code = region === undefined || region === null || region === '' || region.toUpperCase() === 'ID' ? null : region;
  if (code === null) return { code, level: 'nation', name: 'Indonesia' };
  const r = await getRegion(db, code);
  if (r.level !== 'province' && r.level !== 'regency') throw new DomainError('REPORT_REGION_LEVEL', 'invalid', { field: 'region', level: r.level });
  return { code, level: r.level, name: r.level === 'province' ? `Provinsi ${r.name}` : r.name };
}

/** The kop surat: a regency's Dinas (from its PKS of the year), else the government of the region. */
export async function issuerOf(db: Db, region: RegionInfo, year: number): Promise<Letterhead> {
  if (region.level === 'nation') return { government: 'Republik Indonesia', office: 'Rekapitulasi Nasional Jaminan Sosial Ketenagakerjaan', address: null };
  if (region.level === 'province') return { government: region.name, office: 'Rekapitulasi Jaminan Sosial Ketenagakerjaan', address: null };
  const [pks] = await pksOfYear(db, year, [region.code!]);
  const agreement = pks ? await agreementFacts(db, region.code!, pks.agreementId) : null;
  return { government: region.name, office: agreement?.dinasName ?? 'Dinas Tenaga Kerja', address: agreement?.dinasAddress || null };
}

const KIND_TEXT: Record<FigureSource['kind'], string> = {
  'employed-population': 'Penduduk bekerja', 'ucj-target': 'Target UCJ', 'bpjs-participants': 'Peserta aktif BPJS Ketenagakerjaan',
};

/** "Penduduk bekerja 53.16 tahun 2024: BPS, Sakernas Agustus 2024" — example figures say they are examples. */
export const sourceLines = (sources: (Omit<FigureSource, 'regionCode'> & { regionCode?: string })[]) =>
  sources.map((s) => `${KIND_TEXT[s.kind]}${s.regionCode ? ` ${s.regionCode}` : ''} tahun ${s.year}: ${s.source}${s.example ? ' (data contoh, bukan data resmi)' : ''}`);

export const MONTH_STATUS_TEXT: Record<string, string> = {
  lunas: 'lunas', 'kurang-bayar': 'kurang bayar', 'belum-bayar': 'belum dibayar', 'not-billed': 'belum ditagih',
  terbit: 'terbit', 'lewat-jatuh-tempo': 'lewat jatuh tempo',
};

export const CLAIM_TYPE_TEXT: Record<string, string> = {
  jkm: 'JKM — meninggal dunia', 'jkk-death': 'JKK — meninggal karena kecelakaan kerja', 'jkk-disability-total': 'JKK — cacat total tetap',
  'jkk-disability-partial': 'JKK — cacat sebagian', 'jkk-stmb': 'JKK — sementara tidak mampu bekerja (STMB)', 'jkk-medical': 'JKK — perawatan',
  'jkk-transport': 'JKK — biaya pengangkutan', beasiswa: 'Beasiswa anak',
};

export const CLAIM_STATUS_TEXT: Record<string, string> = {
  dilaporkan: 'dilaporkan', 'berkas-lengkap': 'berkas lengkap', diajukan: 'diajukan ke BPJS', disetujui: 'disetujui', ditolak: 'ditolak', dibayar: 'dibayar',
};

/** Rows of a roll-up: the children of the region (provinces of the nation, regencies of a province). */
export const within = (code: string, region: string | null) => region === null || code === region || code.startsWith(`${region}.`);
