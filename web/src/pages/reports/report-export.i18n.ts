// Texts of the report downloads (report-export-menu.tsx), Bahasa Indonesia first. Plugged into
// web/src/i18n/id.ts and en.ts under `reportExport`.
export const reportExportId = {
  download: 'Unduh laporan', pdf: 'PDF (cetak)', xlsx: 'XLSX (tabel data)',
  kinds: { coverage: 'Cakupan kepesertaan', budget: 'Anggaran dan realisasi', claims: 'Klaim dan manfaat', monthly: 'Laporan bulanan untuk Bupati' },
  month: 'Bulan laporan', monthly: 'Laporan bulanan (PDF)',
};

export const reportExportEn: typeof reportExportId = {
  download: 'Download report', pdf: 'PDF (print)', xlsx: 'XLSX (data)',
  kinds: { coverage: 'Coverage', budget: 'Budget and realisation', claims: 'Claims and benefits', monthly: 'Monthly report to the Bupati' },
  month: 'Report month', monthly: 'Monthly report (PDF)',
};
