// Texts of the dashboards and reports — regency dashboard (Beranda), province and national views — in
// Bahasa Indonesia first. Plugged into web/src/i18n/id.ts and en.ts under `reports`.
export const reportsId = {
  year: 'Tahun', loading: 'Memuat laporan…', asOfNote: 'Peserta aktif pada akhir tahun (hari ini untuk tahun berjalan).',
  level: { nation: 'Nasional', province: 'Provinsi', regency: 'Kabupaten/kota' },
  protected: 'Pekerja terlindungi', ofQuota: 'dari kuota {{quota}}', nonAsn: 'Non-ASN', rentan: 'Pekerja rentan', quota: 'Kuota', quotaOf: 'Kuota {{group}}',
  noPks: 'Tidak ada PKS pada tahun ini', noProgramme: 'Belum ada program',
  budget: { title: 'Anggaran dan realisasi', budget: 'Anggaran (APBD)', billed: 'Ditagih', paid: 'Dibayar', outstanding: 'Belum dibayar', lateFees: 'Denda', runsOut: 'Anggaran habis pada {{month}}', notRunningOut: 'Cukup sampai akhir PKS', shortfall: 'Tagihan melebihi anggaran sebesar {{amount}}' },
  bills: { title: 'Tagihan jatuh tempo dan tunggakan', open: 'Belum lunas', dueSoon: 'Jatuh tempo dalam 7 hari', overdue: 'Lewat jatuh tempo', lateFees: 'Denda keterlambatan', count: '{{count}} tagihan', amount: 'Jumlah', allPaid: 'Semua tagihan sudah lunas' },
  monthly: { title: 'Peserta aktif per bulan dibanding kuota' },
  claims: { title: 'Klaim', type: 'Jenis', status: 'Status', count: 'Jumlah', benefits: 'Manfaat dibayar', utilisation: 'Rasio manfaat ÷ iuran', contributions: 'Iuran dibayar', none: 'Belum ada klaim pada tahun ini', chart: 'Klaim per jenis dan status' },
  units: { districts: 'Cakupan per kecamatan (pekerja rentan)', opds: 'Cakupan per OPD (non-ASN)', villages: 'Cakupan per desa/kelurahan (pekerja rentan)', district: 'Kecamatan', name: 'Nama', participants: 'Peserta' },
  ucj: { title: 'Universal Coverage Jamsostek (UCJ)', rate: 'Cakupan program ÷ penduduk bekerja', target: 'Target', regionRate: 'Cakupan seluruh daerah (data BPJS)', employed: 'Penduduk bekerja', noData: 'Data penduduk bekerja belum diimpor', source: 'Sumber: {{source}} ({{year}})', example: 'data contoh, bukan data resmi', chart: 'UCJ dibanding target (%)', programme: 'Program', region: 'Seluruh daerah' },
  table: { code: 'Kode', name: 'Wilayah', participants: 'Peserta', nonAsn: 'Non-ASN', rentan: 'Rentan', pks: 'PKS', period: 'Periode', budget: 'Anggaran', realisation: 'Realisasi', overdue: 'Tunggakan', claims: 'Klaim', ucj: 'UCJ', target: 'Target UCJ', withProgramme: 'Kab/kota dengan PKS', total: 'Jumlah' },
  chart: { participants: 'Peserta per wilayah', realisation: 'Anggaran, tagihan dan pembayaran per wilayah' },
  drill: 'Lihat rincian', crumbs: 'Letak laporan', back: 'Kembali ke {{name}}', nation: 'Indonesia', print: 'Cetak',
};

export const reportsEn: typeof reportsId = {
  year: 'Year', loading: 'Loading the report…', asOfNote: 'Participants active at the end of the year (today for the current year).',
  level: { nation: 'National', province: 'Province', regency: 'Regency/city' },
  protected: 'Workers protected', ofQuota: 'of a quota of {{quota}}', nonAsn: 'Non-ASN', rentan: 'Vulnerable workers', quota: 'Quota', quotaOf: '{{group}} quota',
  noPks: 'No PKS in this year', noProgramme: 'No programme yet',
  budget: { title: 'Budget and realisation', budget: 'Budget (APBD)', billed: 'Billed', paid: 'Paid', outstanding: 'Outstanding', lateFees: 'Late fees', runsOut: 'The budget runs out in {{month}}', notRunningOut: 'Enough until the PKS ends', shortfall: 'Bills exceed the budget by {{amount}}' },
  bills: { title: 'Bills due and overdue', open: 'Not paid in full', dueSoon: 'Due within 7 days', overdue: 'Overdue', lateFees: 'Late fees', count: '{{count}} bills', amount: 'Amount', allPaid: 'Every bill is paid' },
  monthly: { title: 'Active participants per month against the quota' },
  claims: { title: 'Claims', type: 'Type', status: 'Status', count: 'Count', benefits: 'Benefits paid', utilisation: 'Benefits ÷ contributions', contributions: 'Contributions paid', none: 'No claims in this year yet', chart: 'Claims by type and status' },
  units: { districts: 'Coverage by kecamatan (vulnerable workers)', opds: 'Coverage by OPD (non-ASN)', villages: 'Coverage by village (vulnerable workers)', district: 'Kecamatan (district)', name: 'Name', participants: 'Participants' },
  ucj: { title: 'Universal Coverage Jamsostek (UCJ)', rate: 'Programme coverage ÷ employed population', target: 'Target', regionRate: 'Whole-region coverage (BPJS data)', employed: 'Employed population', noData: 'Employed population not imported yet', source: 'Source: {{source}} ({{year}})', example: 'example data, not official', chart: 'UCJ against the target (%)', programme: 'Programme', region: 'Whole region' },
  table: { code: 'Code', name: 'Region', participants: 'Participants', nonAsn: 'Non-ASN', rentan: 'Vulnerable', pks: 'PKS', period: 'Period', budget: 'Budget', realisation: 'Realisation', overdue: 'Overdue', claims: 'Claims', ucj: 'UCJ', target: 'UCJ target', withProgramme: 'Regencies with a PKS', total: 'Total' },
  chart: { participants: 'Participants by region', realisation: 'Budget, billed and paid by region' },
  drill: 'See details', crumbs: 'Report location', back: 'Back to {{name}}', nation: 'Indonesia', print: 'Print',
};
