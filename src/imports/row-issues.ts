/**
 * Words for the row issues of an import (reasons a row is rejected or a duplicate, and warnings), in
 * Bahasa Indonesia and English. They are data about rows, not API errors, so they have their own
 * catalogue (a row's DATE_INVALID is not the API's). Each reason names the column as the file names it.
 */
import { nikMessages } from '../domain/nik.messages';
import type { Lang } from '../i18n/messages';
import { paramText } from '../i18n/param-text';
import type { MappedField } from './header-map';
import type { Issue } from './import.types';

type Words = { id: string; en: string };

const TEXT_AS_NIK = 'Format kolom NIK sebagai Teks (blok kolom → klik kanan → Format Cells → Text, atau awali dengan tanda petik \') lalu ketik ulang NIK dari KTP/KK.';
const TEXT_AS_NIK_EN = "Format the NIK column as Text (select the column → right-click → Format Cells → Text, or start with an apostrophe ') and retype the NIK from the ID card.";

export const ROW_ISSUES: Record<string, Words> = {
  NIK_REQUIRED: { id: 'NIK wajib diisi.', en: 'NIK is required.' },
  NIK_EXCEL_NUMBER: {
    id: `NIK tersimpan sebagai angka oleh Excel ({shown}): Excel hanya menyimpan 15 digit, sehingga digit terakhir NIK sudah hilang dan tidak dapat dipulihkan. ${TEXT_AS_NIK}`,
    en: `Excel stored the NIK as a number ({shown}): Excel keeps only 15 digits, so the last digit(s) are lost and cannot be recovered. ${TEXT_AS_NIK_EN}`,
  },
  NIK_STORED_AS_NUMBER: { id: 'NIK tersimpan sebagai angka; masih utuh, tetapi sebaiknya format kolom NIK sebagai Teks.', en: 'The NIK is stored as a number; it is intact, but format the NIK column as Text.' },
  ...nikMessages,
  CELL_CONTROL_CHAR: { id: 'Sel berisi karakter kontrol tak terlihat (mis. NUL); ketik ulang isinya atau simpan ulang berkas dari Excel.', en: 'The cell holds an invisible control character (e.g. NUL); retype it or save the file again from Excel.' },
  NAME_REQUIRED: { id: 'Nama wajib diisi.', en: 'Name is required.' },
  NAME_INVALID: { id: 'Nama tidak valid: "{value}".', en: 'Invalid name: "{value}".' },
  DATE_INVALID: { id: 'Tanggal tidak dikenali: "{value}". Gunakan HH/BB/TTTT, misalnya 12/01/1985 atau 12 Januari 1985.', en: 'Unrecognised date: "{value}". Use DD/MM/YYYY, e.g. 12/01/1985 or 12 Januari 1985.' },
  DATE_TWO_DIGIT_YEAR: { id: 'Tahun dua digit "{value}" dibaca sebagai {date}; periksa kembali.', en: 'Two-digit year "{value}" read as {date}; please check.' },
  BIRTHDATE_REQUIRED: { id: 'Tanggal lahir wajib diisi.', en: 'Birth date is required.' },
  BIRTHDATE_FROM_NIK: { id: 'Tanggal lahir kosong; diambil dari NIK ({date}).', en: 'Birth date empty; taken from the NIK ({date}).' },
  BIRTHDATE_IN_FUTURE: { id: 'Tanggal lahir sesudah {on}.', en: 'Birth date after {on}.' },
  AGE_OUT_OF_RANGE: { id: 'Umur {age} tahun pada {on} di luar batas {min}–{max} tahun.', en: 'Age {age} on {on} is outside {min}–{max} years.' },
  SEX_INVALID: { id: 'Jenis kelamin tidak dikenali: "{value}". Isi L atau P.', en: 'Unrecognised sex: "{value}". Use L or P.' },
  SEX_FROM_NIK: { id: 'Jenis kelamin kosong; diambil dari NIK ({sex}).', en: 'Sex empty; taken from the NIK ({sex}).' },
  TEXT_TOO_LONG: { id: 'Isian terlalu panjang (maksimal {max} karakter).', en: 'Too long (at most {max} characters).' },
  PHONE_INVALID: { id: 'Nomor HP tidak valid ("{value}"); dikosongkan.', en: 'Invalid phone number ("{value}"); left empty.' },
  VILLAGE_REQUIRED: { id: 'Desa/kelurahan wajib diisi.', en: 'Village is required.' },
  VILLAGE_UNKNOWN: { id: 'Desa/kelurahan "{value}" tidak ditemukan di kabupaten/kota ini.', en: 'Village "{value}" not found in this regency/city.' },
  VILLAGE_OUTSIDE_TENANT: { id: 'Desa/kelurahan "{value}" berada di luar kabupaten/kota ini.', en: 'Village "{value}" lies outside this regency/city.' },
  VILLAGE_AMBIGUOUS: { id: 'Ada beberapa desa bernama "{value}"; isi kolom kecamatan atau gunakan kode desa.', en: 'Several villages are named "{value}"; fill the district column or use the village code.' },
  VILLAGE_OUTSIDE_SCOPE: { id: 'Desa "{value}" bukan desa Anda; operator desa hanya dapat mengimpor warga desanya.', en: 'Village "{value}" is not yours; a village operator imports only their own village.' },
  OPD_REQUIRED: { id: 'OPD wajib diisi.', en: 'OPD is required.' },
  OPD_UNKNOWN: { id: 'OPD "{value}" tidak dikenal; gunakan nama OPD seperti terdaftar.', en: 'Unknown OPD "{value}"; use the OPD name as registered.' },
  OPD_OUTSIDE_SCOPE: { id: 'OPD "{value}" bukan OPD Anda.', en: 'OPD "{value}" is not yours.' },
  MONEY_INVALID: { id: 'Jumlah uang tidak dikenali: "{value}". Contoh: 2.186.826 atau Rp 2.186.826,00.', en: 'Unrecognised amount: "{value}". E.g. 2.186.826 or Rp 2.186.826,00.' },
  MONEY_ROUNDED: { id: 'Jumlah "{value}" dibulatkan menjadi Rp {rounded}.', en: 'Amount "{value}" rounded to Rp {rounded}.' },
  WAGE_REQUIRED: { id: 'Upah wajib diisi.', en: 'Wage is required.' },
  WAGE_BELOW_FLOOR: { id: 'Upah Rp {amount} di bawah UMP Rp {floor} ({rule}).', en: 'Wage Rp {amount} is below the UMP of Rp {floor} ({rule}).' },
  INCOME_BELOW_FLOOR: { id: 'Penghasilan Rp {amount} di bawah penghasilan minimum BPU Rp {floor} ({rule}).', en: 'Income Rp {amount} is below the BPU minimum of Rp {floor} ({rule}).' },
  INCOME_DEFAULTED: { id: 'Penghasilan kosong; dipakai penghasilan minimum Rp {floor}.', en: 'Income empty; the minimum of Rp {floor} is used.' },
  OCCUPATION_REQUIRED: { id: 'Pekerjaan wajib diisi untuk pekerja rentan.', en: 'Occupation is required for pekerja rentan.' },
  DECILE_INVALID: { id: 'Desil "{value}" tidak valid (1–10).', en: 'Invalid decile "{value}" (1–10).' },
  DECILE_ABOVE_TARGET: { id: 'Desil {decile}: pekerja rentan biasanya desil 1–4 (P3KE).', en: 'Decile {decile}: pekerja rentan are usually deciles 1–4 (P3KE).' },
  DUP_IN_FILE: { id: 'NIK ganda dalam berkas: sama dengan baris {row}.', en: 'Duplicate NIK in the file: same as row {row}.' },
  DUP_IN_REGISTRY: { id: 'NIK sudah terdaftar di kelompok ini.', en: 'The NIK is already registered in this group.' },
  DUP_OTHER_GROUP: { id: 'NIK sudah terdaftar di kelompok lain (non-ASN/pekerja rentan); satu orang tidak dapat dibiayai di dua kelompok.', en: 'The NIK is already registered in the other group (non-ASN/pekerja rentan); one person cannot be funded in both.' },
  DUP_OTHER_TENANT: { id: 'NIK terdaftar di kabupaten/kota lain.', en: 'The NIK is registered by another regency/city.' },
  DUP_MERGED: { id: 'NIK ini pernah digabung ke pekerja lain (data ganda).', en: 'This NIK was merged into another worker (duplicate record).' },
  FUZZY_MATCH: { id: 'Mungkin orang yang sama dengan {other}; akan ditinjau.', en: 'Possibly the same person as {other}; queued for review.' },
};

/** Indonesian/English labels of canonical fields, when the file's own header is not known. */
// Typed over every field a header can map to, so a new one cannot show up as its raw key ("No → ignore").
export const FIELD_LABELS: Record<MappedField, Words> = {
  nik: { id: 'NIK', en: 'NIK' }, name: { id: 'Nama', en: 'Name' }, birth_place: { id: 'Tempat lahir', en: 'Birth place' },
  birth_date: { id: 'Tanggal lahir', en: 'Birth date' }, sex: { id: 'Jenis kelamin', en: 'Sex' }, mother_name: { id: 'Nama ibu kandung', en: "Mother's name" },
  address: { id: 'Alamat', en: 'Address' }, village: { id: 'Desa/kelurahan', en: 'Village' }, phone: { id: 'No. HP', en: 'Phone' },
  opd: { id: 'OPD', en: 'OPD' }, position: { id: 'Jabatan', en: 'Position' }, wage: { id: 'Upah', en: 'Wage' },
  employment_start: { id: 'TMT', en: 'Employment start' }, occupation: { id: 'Pekerjaan', en: 'Occupation' },
  income: { id: 'Penghasilan', en: 'Income' }, welfare_decile: { id: 'Desil', en: 'Decile' },
  district: { id: 'Kecamatan', en: 'District' }, birth_place_date: { id: 'Tempat, tanggal lahir', en: 'Birth place and date' },
  ignore: { id: 'diabaikan', en: 'ignored' },
};

const fill = (text: string, params: Readonly<Record<string, string | number>> = {}, lang: Lang = 'id') =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return v === undefined ? `{${k}}` : typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 10_000 ? v.toLocaleString('id-ID') : paramText(v, lang);
  });

/** The issue as words, prefixed with the column as the file calls it ("Tgl Lahir: …"). */
export function describeIssue(issue: Issue, lang: Lang, headerOf: (field: string) => string | null = () => null): string {
  const words = ROW_ISSUES[issue.code];
  const text = words ? fill(words[lang], issue.params, lang) : issue.code;
  const column = issue.column ? (headerOf(issue.column) ?? (FIELD_LABELS as Record<string, Words | undefined>)[issue.column]?.[lang] ?? issue.column) : null;
  return column ? `${column}: ${text}` : text;
}
