/** Words for the import error codes (a whole file refused, a batch decision refused, rows purged), id and en. */
import { registerMessages } from '../i18n/messages';

registerMessages({
  IMPORT_EMPTY: { id: 'Berkas kosong.', en: 'The file is empty.' },
  IMPORT_FILE_TYPE: { id: 'Berkas bukan CSV atau XLSX. Simpan daftar dari Excel sebagai "Excel Workbook (.xlsx)" atau "CSV".', en: 'The file is not CSV or XLSX. Save the list from Excel as "Excel Workbook (.xlsx)" or "CSV".' },
  IMPORT_XLS_LEGACY: { id: 'Format .xls lama tidak didukung. Buka di Excel lalu "Simpan Sebagai" Excel Workbook (.xlsx) atau CSV.', en: 'The old .xls format is not supported. Open it in Excel and "Save As" Excel Workbook (.xlsx) or CSV.' },
  IMPORT_FILE_CORRUPT: { id: 'Berkas rusak atau tidak dapat dibaca sebagai XLSX/CSV.', en: 'The file is damaged or cannot be read as XLSX/CSV.' },
  IMPORT_XLSX_UNSUPPORTED: { id: 'Berkas XLSX ini memakai format ZIP64 yang tidak didukung; simpan ulang dari Excel atau sebagai CSV.', en: 'This XLSX uses ZIP64, which is not supported; save it again from Excel or as CSV.' },
  IMPORT_ZIP_BOMB: { id: 'Berkas ditolak: isinya jauh lebih besar daripada ukuran berkas (kemungkinan berkas berbahaya).', en: 'File refused: its content is far larger than the file itself (possibly malicious).' },
  IMPORT_TOO_LARGE: { id: 'Berkas terlalu besar (maksimal {max} MB).', en: 'The file is too large (at most {max} MB).' },
  IMPORT_TOO_MANY_ROWS: { id: 'Berkas berisi lebih dari {max} baris; bagi menjadi beberapa berkas.', en: 'The file has more than {max} rows; split it into several files.' },
  IMPORT_TOO_MANY_COLUMNS: { id: 'Berkas berisi lebih dari {max} kolom.', en: 'The file has more than {max} columns.' },
  IMPORT_NO_HEADER: { id: 'Baris judul kolom tidak ditemukan (harus ada kolom NIK dan Nama di 20 baris pertama).', en: 'No header row found (a NIK and a Name column must appear in the first 20 rows).' },
  IMPORT_MISSING_COLUMNS: { id: 'Kolom wajib tidak ditemukan: {columns}.', en: 'Required columns not found: {columns}.' },
  IMPORT_SHEET_NOT_FOUND: { id: 'Sheet "{sheet}" tidak ditemukan.', en: 'Sheet "{sheet}" not found.' },
  // @fastify/multipart's own code when an upload passes the limit (answered 413)
  FST_REQ_FILE_TOO_LARGE: { id: 'Berkas terlalu besar (maksimal 100 MB). Bagi menjadi beberapa berkas.', en: 'The file is too large (at most 100 MB). Split it into several files.' },
  IMPORT_FILE_REQUIRED: { id: 'Pilih berkas CSV atau XLSX untuk diunggah.', en: 'Choose a CSV or XLSX file to upload.' },
  IMPORT_GROUP_OUTSIDE_SCOPE: { id: 'Peran Anda tidak dapat mengimpor kelompok ini.', en: 'Your role cannot import this group.' },
  IMPORT_NOT_STAGED: { id: 'Batch impor ini sudah {status}.', en: 'This import batch is already {status}.' },
  IMPORT_SELF_APPROVAL: { id: 'Batch harus disetujui oleh petugas lain daripada pengunggahnya (prinsip empat mata).', en: 'A batch must be approved by someone other than its uploader (four-eyes principle).' },
  IMPORT_EXPORT_FORBIDDEN: { id: 'Peran Anda tidak dapat mengunduh data pribadi.', en: 'Your role cannot download personal data.' },
  // the batch's staged rows were removed by the retention purge (import-retention.service.ts); answered 410
  IMPORT_ROWS_PURGED: {
    id: 'Baris-baris batch {batchId} telah dihapus pada {purgedOn} sesuai kebijakan retensi data (UU 27/2022 tentang Pelindungan Data Pribadi). Ringkasan dan jumlah batch tetap tersedia; peserta yang disetujui ada di registri.',
    en: 'The rows of batch {batchId} were removed on {purgedOn} under the data retention policy (Law 27/2022 on Personal Data Protection). The batch summary and counts remain; approved participants are in the registry.',
  },
  WAGE_FLOOR_UNKNOWN: { id: 'UMP provinsi {province} pada {on} belum tercatat; upah tidak dibandingkan dengan UMP.', en: 'No UMP recorded for province {province} on {on}; wages were not checked against it.' },
});
