/**
 * Words for the codes the spreadsheet readers refuse a file with (id, en). The codes keep their IMPORT_
 * prefix: uploads were their first user and the API answers them as they are.
 */
import { registerMessages } from '../i18n/messages';

registerMessages({
  IMPORT_EMPTY: { id: 'Berkas kosong.', en: 'The file is empty.' },
  IMPORT_FILE_TYPE: { id: 'Berkas bukan CSV atau XLSX. Simpan daftar dari Excel sebagai "Excel Workbook (.xlsx)" atau "CSV".', en: 'The file is not CSV or XLSX. Save the list from Excel as "Excel Workbook (.xlsx)" or "CSV".' },
  IMPORT_XLS_LEGACY: { id: 'Format .xls lama tidak didukung. Buka di Excel lalu "Simpan Sebagai" Excel Workbook (.xlsx) atau CSV.', en: 'The old .xls format is not supported. Open it in Excel and "Save As" Excel Workbook (.xlsx) or CSV.' },
  IMPORT_FILE_CORRUPT: { id: 'Berkas rusak atau tidak dapat dibaca sebagai XLSX/CSV.', en: 'The file is damaged or cannot be read as XLSX/CSV.' },
  IMPORT_XLSX_UNSUPPORTED: { id: 'Berkas XLSX ini memakai format ZIP64 yang tidak didukung; simpan ulang dari Excel atau sebagai CSV.', en: 'This XLSX uses ZIP64, which is not supported; save it again from Excel or as CSV.' },
  IMPORT_ZIP_BOMB: { id: 'Berkas ditolak: isinya jauh lebih besar daripada ukuran berkas (kemungkinan berkas berbahaya).', en: 'File refused: its content is far larger than the file itself (possibly malicious).' },
  IMPORT_NO_HEADER: { id: 'Baris judul kolom tidak ditemukan (harus ada kolom NIK dan Nama di 20 baris pertama).', en: 'No header row found (a NIK and a Name column must appear in the first 20 rows).' },
  IMPORT_SHEET_NOT_FOUND: { id: 'Sheet "{sheet}" tidak ditemukan.', en: 'Sheet "{sheet}" not found.' },
});
