/** Words for the reports capability's error codes (Bahasa Indonesia first, English). */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const reportsMessages = {
  REPORT_YEAR: { id: 'Tahun harus antara 2000 dan 2100.', en: 'The year must be between 2000 and 2100.' },
  REPORT_MONTH: { id: 'Bulan harus ditulis TTTT-BB, mis. 2025-12, dan berada dalam tahun yang diminta.', en: 'The month must be written YYYY-MM, e.g. 2025-12, and lie in the year asked.' },
  REPORT_REGION_LEVEL: { id: 'Laporan cakupan tersedia untuk nasional, provinsi atau kabupaten/kota, bukan {level}.', en: 'Coverage reports are for the nation, a province or a regency/city, not a {level}.' },
  REPORT_NO_PKS: { id: 'Kabupaten/kota ini tidak memiliki PKS pada tahun {year}.', en: 'This regency/city has no PKS in {year}.' },
  REPORT_KIND: { id: 'Jenis laporan tidak dikenal: {report}. Pilih coverage, budget, claims atau monthly.', en: 'Unknown report: {report}. Choose coverage, budget, claims or monthly.' },
  REPORT_FORMAT: { id: 'Format tidak dikenal: {format}. Pilih pdf atau xlsx.', en: 'Unknown format: {format}. Choose pdf or xlsx.' },
  REPORT_OUT: { id: 'Berkas {path} tidak dapat ditulis: periksa foldernya.', en: 'Cannot write the file {path}: check its folder.' },
  REPORT_MONTHLY_REGENCY: { id: 'Laporan bulanan dibuat untuk satu kabupaten/kota (mis. --region 53.16).', en: 'The monthly report is made for one regency/city (e.g. --region 53.16).' },
  REFERENCE_KIND: { id: 'Jenis data rujukan tidak dikenal: {kind}. Pilih employed-population, ucj-target atau bpjs-participants.', en: 'Unknown reference data: {kind}. Choose employed-population, ucj-target or bpjs-participants.' },
  REFERENCE_COLUMNS: { id: 'Berkas harus memuat kolom {columns}.', en: 'The file must have the columns {columns}.' },
  REFERENCE_EMPTY: { id: 'Berkas tidak memuat satu baris data pun.', en: 'The file holds no data row.' },
  REFERENCE_ROW_REGION_FORMAT: { id: 'Kode wilayah harus berbentuk kode Kemendagri, mis. 53 atau 53.16.', en: 'The region code must be a Kemendagri code, e.g. 53 or 53.16.' },
  REFERENCE_ROW_REGION_UNKNOWN: { id: 'Kode wilayah tidak dikenal.', en: 'Unknown region code.' },
  REFERENCE_ROW_REGION_LEVEL: { id: 'Data ini tidak tersedia untuk tingkat wilayah tersebut (desa, atau kecamatan untuk target UCJ).', en: 'This figure is not kept for that region level (a village, or a district for a UCJ target).' },
  REFERENCE_ROW_YEAR: { id: 'Tahun harus antara 2000 dan 2100.', en: 'The year must be between 2000 and 2100.' },
  REFERENCE_ROW_VALUE: { id: 'Nilai harus angka bulat tidak negatif (target UCJ: persen 0–100).', en: 'The value must be a non-negative whole number (UCJ target: a percentage 0–100).' },
  REFERENCE_ROW_SOURCE: { id: 'Sumber data wajib diisi (kolom sumber atau opsi --source).', en: 'The data source is required (a source column or the --source option).' },
  REFERENCE_ROW_DUPLICATE: { id: 'Wilayah dan tahun yang sama sudah ada di baris sebelumnya dalam berkas ini.', en: 'The same region and year appear on an earlier row of this file.' },
} as const satisfies Catalogue;

registerMessages(reportsMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type ReportsErrorCode = keyof typeof reportsMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<ReportsErrorCode, true> {}
}
