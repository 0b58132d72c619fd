/** Words for the import error codes (a whole file refused, a batch decision refused, rows purged), id and en. */
import { registerMessages } from '../i18n/messages';

registerMessages({
  IMPORT_TOO_LARGE: { id: 'Berkas terlalu besar (maksimal {max} MB).', en: 'The file is too large (at most {max} MB).' },
  IMPORT_TOO_MANY_ROWS: { id: 'Berkas berisi lebih dari {max} baris; bagi menjadi beberapa berkas.', en: 'The file has more than {max} rows; split it into several files.' },
  IMPORT_TOO_MANY_COLUMNS: { id: 'Berkas berisi lebih dari {max} kolom.', en: 'The file has more than {max} columns.' },
  IMPORT_MISSING_COLUMNS: { id: 'Kolom wajib tidak ditemukan: {columns}.', en: 'Required columns not found: {columns}.' },
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
