/**
 * Which column holds what: headers in Bahasa Indonesia or English, in any order, compared without case,
 * spacing, punctuation or a trailing "(…)" hint ("No. KTP", "no_ktp", "NIK (16 digit)" are all `nik`).
 * Also finds the header row under a title block ("DAFTAR TENAGA NON ASN …" in row 1).
 */
import type { Cell, Field } from './import.types';
import { cellText } from './cell-parse';

/** The combined "Tempat, Tanggal Lahir" column of Indonesian forms ("Boawae, 12-01-1985"). */
export type MappedField = Field | 'birth_place_date' | 'ignore';

const ALIASES: Record<MappedField, string[]> = {
  nik: ['nik', 'noktp', 'nomorktp', 'ktp', 'nonik', 'nomornik', 'niknoktp', 'noktpnik', 'nomorindukkependudukan', 'noidentitas',
    'nomoridentitas', 'identitas', 'nationalid', 'idnumber', 'identitynumber', 'nikktp'],
  name: ['nama', 'namalengkap', 'namapeserta', 'namapegawai', 'namatenagakerja', 'namasesuaiktp', 'namalengkapsesuaiktp',
    'name', 'fullname', 'namapekerja', 'namaanggota'],
  birth_place: ['tempatlahir', 'tmplahir', 'tmptlahir', 'tptlahir', 'tempat', 'birthplace', 'placeofbirth'],
  birth_date: ['tanggallahir', 'tgllahir', 'tgllhr', 'tanggallhr', 'tgllahirddmmyyyy', 'birthdate', 'dateofbirth', 'dob', 'lahir'],
  birth_place_date: ['ttl', 'tempattanggallahir', 'tempattgllahir', 'tempatdantanggallahir', 'tempattgllhr'],
  sex: ['jk', 'jeniskelamin', 'kelamin', 'lp', 'jnskelamin', 'sex', 'gender'],
  mother_name: ['namaibu', 'namaibukandung', 'ibukandung', 'namaibukandungsesuaikk', 'mothername', 'mothersmaidenname'],
  address: ['alamat', 'alamatlengkap', 'alamatrumah', 'alamatdomisili', 'domisili', 'address'],
  village: ['desa', 'kelurahan', 'desakelurahan', 'desakel', 'kodedesa', 'namadesa', 'kodewilayah', 'village', 'villagecode'],
  district: ['kecamatan', 'kec', 'namakecamatan', 'district'],
  phone: ['hp', 'nohp', 'nomorhp', 'notelp', 'notelepon', 'telepon', 'telp', 'nowa', 'nomorwa', 'nohpwa', 'handphone',
    'nohandphone', 'nomorhandphone', 'phone', 'mobile', 'phonenumber'],
  opd: ['opd', 'namaopd', 'unitkerja', 'perangkatdaerah', 'organisasiperangkatdaerah', 'instansi', 'skpd', 'satuankerja',
    'satker', 'agency', 'workunit'],
  position: ['jabatan', 'posisi', 'tugas', 'bidangtugas', 'position', 'jobtitle'],
  wage: ['upah', 'gaji', 'honor', 'honorarium', 'upahbulanan', 'gajibulanan', 'gajipokok', 'upahperbulan', 'wage', 'salary'],
  employment_start: ['tmt', 'tmtkerja', 'tmtpengangkatan', 'tanggalmulaikerja', 'tglmulaikerja', 'mulaikerja', 'mulaibekerja',
    'tanggalmasuk', 'tglmasuk', 'employmentstart', 'startdate'],
  occupation: ['pekerjaan', 'jenispekerjaan', 'profesi', 'matapencaharian', 'sektor', 'bidangusaha', 'occupation', 'sector'],
  income: ['penghasilan', 'pendapatan', 'penghasilanperbulan', 'pendapatanperbulan', 'pendapatanbulanan', 'income', 'declaredincome'],
  welfare_decile: ['desil', 'desilkesejahteraan', 'desilp3ke', 'peringkatdesil', 'decile', 'welfaredecile'],
  // the error sheet's own columns: a corrected sheet is re-uploaded as it is
  ignore: ['no', 'nourut', 'nomor', 'number', 'keterangan', 'ket', 'catatan', 'notes', 'alasan', 'baris', 'barisasal'],
};

const BY_ALIAS = new Map<string, MappedField>(
  Object.entries(ALIASES).flatMap(([field, aliases]) => aliases.map((a) => [a, field as MappedField] as const)),
);

/** "No. KTP" → "noktp"; "Tanggal Lahir (DD/MM/YYYY)" → "tanggallahir". */
export function normalizeHeader(text: string): string {
  return text.replace(/\(.*?\)|\[.*?\]/g, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function fieldOfHeader(text: string): MappedField | null {
  return BY_ALIAS.get(normalizeHeader(text)) ?? null;
}

export interface ColumnMap {
  /** The header row's number (1-based) in the sheet or file. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** Column index per field (the first column wins when two map to the same field). */
  readonly index: Partial<Record<MappedField, number>>;
  /** Headers we do not know (ignored, reported once for the batch). */
  readonly unknown: readonly string[];
}

export function mapHeaders(cells: readonly Cell[], headerRow: number): ColumnMap {
  const headers = cells.map((c) => cellText(c));
  const index: Partial<Record<MappedField, number>> = {};
  const unknown: string[] = [];
  headers.forEach((header, i) => {
    if (!header) return;
    const field = fieldOfHeader(header);
    if (!field) unknown.push(header);
    else if (index[field] === undefined) index[field] = i;
  });
  return { headerRow, headers, index, unknown };
}

/** A row is the header when it names at least two fields, one of them the NIK or the name. */
export function looksLikeHeader(cells: readonly Cell[]): boolean {
  const fields = new Set(cells.map((c) => fieldOfHeader(cellText(c))).filter((f) => f && f !== 'ignore'));
  return fields.size >= 2 && (fields.has('nik') || fields.has('name'));
}

export { HEADER_SEARCH_ROWS } from '../spreadsheet/header-search';
