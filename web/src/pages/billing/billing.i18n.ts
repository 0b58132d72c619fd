// Texts of the billing pages — bills, payments (SP2D), reconciliation, budget realisation — Bahasa
// Indonesia first. Plugged into web/src/i18n/id.ts and en.ts under `billing`, so a missing English text
// does not compile. Status and kind codes from the server are always shown through these words.
export const billingId = {
  tenant: 'Pemerintah daerah',
  agreement: 'PKS',
  noAgreement: 'Belum ada PKS. Tagihan dibuat per kelompok peserta PKS.',
  chooseAgreement: 'Pilih PKS',
  wholeMonth: 'Iuran ditagih per bulan penuh untuk setiap bulan kepesertaan aktif, tanpa prorata. Ini praktik BPJS Ketenagakerjaan yang belum dikonfirmasi.',
  tabs: { bills: 'Tagihan', payments: 'Pembayaran (SP2D)', realisation: 'Realisasi anggaran', reconciliation: 'Rekonsiliasi BPJS' },
  status: { terbit: 'Terbit', lunas: 'Lunas', 'kurang-bayar': 'Kurang bayar', 'belum-bayar': 'Belum bayar', 'lewat-jatuh-tempo': 'Lewat jatuh tempo', 'not-billed': 'Belum ditagih' },
  kind: { regular: 'Reguler', correction: 'Koreksi' },
  lineKind: { regular: 'Reguler', susulan: 'Susulan', pengurangan: 'Pengurangan' },
  scheme: { pu: 'PU (penerima upah)', bpu: 'BPU (bukan penerima upah)' },
  unitKind: { opd: 'OPD', village: 'Desa/kelurahan' },
  filter: { month: 'Bulan', status: 'Status', all: 'Semua', unit: 'OPD / desa', kind: 'Jenis baris', search: 'Cari nama atau NIK' },
  col: {
    number: 'Nomor tagihan', month: 'Bulan', group: 'Kelompok', participants: 'Peserta', amount: 'Tagihan', paid: 'Dibayar', outstanding: 'Sisa',
    lateFee: 'Denda', status: 'Status', dueOn: 'Jatuh tempo', name: 'Nama', nik: 'NIK', base: 'Dasar iuran', unit: 'OPD / desa', kind: 'Jenis',
  },
  run: { open: 'Jalankan penagihan', title: 'Jalankan penagihan bulanan', month: 'Bulan iuran', submit: 'Terbitkan tagihan', done: '{{created}} tagihan baru diterbitkan; {{total}} tagihan untuk bulan ini.', none: 'Bulan ini sudah ditagih: tidak ada tagihan baru.' },
  empty: 'Belum ada tagihan untuk pilihan ini.',
  bill: {
    back: 'Kembali ke tagihan', issuedAt: 'Terbit', summary: 'Ringkasan per OPD / desa', programmes: 'Iuran per program', lines: 'Rincian peserta',
    pdf: 'Unduh PDF', xlsx: 'Unduh XLSX', pay: 'Catat pembayaran', total: 'Jumlah', noLines: 'Tidak ada baris yang cocok.', shown: '{{from}}–{{to}} dari {{total}} baris',
    explain: 'Penjelasan', example: 'Contoh data — bukan tagihan sebenarnya',
  },
  explain: { title: 'Penjelasan iuran {{name}}', inputs: 'Masukan perhitungan', rule: 'Aturan', basis: 'Dasar hukum', component: 'Komponen', amount: 'Jumlah' },
  payment: {
    record: 'Catat SP2D', title: 'Catat pembayaran (SP2D)', sp2d: 'Nomor SP2D', paidOn: 'Tanggal SP2D', amount: 'Jumlah (Rp)', account: 'Rekening (opsional)',
    bills: 'Tagihan yang dibayar (opsional)', billsHint: 'Tanpa pilihan, pembayaran dialokasikan ke tagihan yang jatuh tempo paling awal.', submit: 'Simpan pembayaran',
    result: 'Pembayaran dicatat', allocated: 'Dialokasikan ke tagihan', credit: 'Kelebihan (kredit untuk tagihan berikutnya)', none: 'Belum ada pembayaran.',
    receipt: 'Tanda terima', reverse: 'Batalkan', reversed: 'Dibatalkan', reverseTitle: 'Batalkan pembayaran {{sp2d}}',
    reverseBody: 'Pembayaran tidak dihapus: ia ditandai batal dengan alasan Anda, dan alokasinya ke tagihan dilepas.', reason: 'Alasan pembatalan',
    reverseConfirm: 'Batalkan pembayaran', reverseDone: 'Pembayaran dibatalkan.', recordedAt: 'Dicatat', state: 'Keadaan', active: 'Berlaku', close: 'Tutup',
  },
  realisation: {
    budget: 'Pagu anggaran', billed: 'Ditagih', paid: 'Dibayar', outstanding: 'Belum dibayar', lateFees: 'Denda', credit: 'Kredit', remaining: 'Sisa anggaran',
    chart: 'Kumulatif per bulan: anggaran, tagihan, pembayaran', runsOut: 'Dengan jumlah peserta aktif hari ini, anggaran habis pada {{month}}.',
    lasts: 'Dengan jumlah peserta aktif hari ini, anggaran cukup sampai akhir periode.', month: 'Bulan', noBudget: 'Anggaran PKS belum dicatat.',
  },
  reconciliation: {
    intro: 'Unggah laporan penerimaan dari BPJS (CSV atau XLSX: nomor tagihan atau NPP, bulan, jumlah, tanggal diterima). Setiap baris dicocokkan dengan tagihan.',
    file: 'Berkas laporan BPJS', upload: 'Cocokkan', rows: 'Baris', matched: 'Cocok', amountDiffers: 'Jumlah berbeda', unmatched: 'Tidak ditemukan', invalid: 'Tidak valid',
    errors: 'Unduh lembar kesalahan',
  },
  alerts: {
    title: 'Tagihan yang perlu dibayar', overdue: '{{number}} ({{group}}) lewat jatuh tempo sejak {{date}}: sisa {{amount}}',
    dueSoon: '{{number}} ({{group}}) jatuh tempo {{date}}: sisa {{amount}}', open: 'Buka tagihan',
  },
} as const;

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export const billingEn: Texts<typeof billingId> = {
  tenant: 'Regional government',
  agreement: 'PKS',
  noAgreement: 'No PKS yet. Bills are issued per participant group of a PKS.',
  chooseAgreement: 'Choose a PKS',
  wholeMonth: 'Contributions are billed for every whole month a participation is active, without proration. This is BPJS Ketenagakerjaan practice not yet confirmed.',
  tabs: { bills: 'Bills', payments: 'Payments (SP2D)', realisation: 'Budget realisation', reconciliation: 'BPJS reconciliation' },
  status: { terbit: 'Issued', lunas: 'Paid', 'kurang-bayar': 'Underpaid', 'belum-bayar': 'Unpaid', 'lewat-jatuh-tempo': 'Overdue', 'not-billed': 'Not billed' },
  kind: { regular: 'Regular', correction: 'Correction' },
  lineKind: { regular: 'Regular', susulan: 'Added late', pengurangan: 'Deduction' },
  scheme: { pu: 'PU (wage earners)', bpu: 'BPU (non-wage earners)' },
  unitKind: { opd: 'Office (OPD)', village: 'Village' },
  filter: { month: 'Month', status: 'Status', all: 'All', unit: 'Office / village', kind: 'Line kind', search: 'Search name or NIK' },
  col: {
    number: 'Bill number', month: 'Month', group: 'Group', participants: 'Participants', amount: 'Billed', paid: 'Paid', outstanding: 'Outstanding',
    lateFee: 'Late fee', status: 'Status', dueOn: 'Due date', name: 'Name', nik: 'NIK', base: 'Contribution base', unit: 'Office / village', kind: 'Kind',
  },
  run: { open: 'Run billing', title: 'Run the monthly billing', month: 'Contribution month', submit: 'Issue bills', done: '{{created}} new bills issued; {{total}} bills for this month.', none: 'This month is already billed: no new bills.' },
  empty: 'No bills for this choice yet.',
  bill: {
    back: 'Back to bills', issuedAt: 'Issued', summary: 'Summary per office / village', programmes: 'Contributions per programme', lines: 'Participant lines',
    pdf: 'Download PDF', xlsx: 'Download XLSX', pay: 'Record a payment', total: 'Total', noLines: 'No matching lines.', shown: '{{from}}–{{to}} of {{total}} lines',
    explain: 'Explain', example: 'Example data — not a real bill',
  },
  explain: { title: 'How {{name}}’s contribution is computed', inputs: 'Inputs', rule: 'Rule', basis: 'Legal basis', component: 'Component', amount: 'Amount' },
  payment: {
    record: 'Record SP2D', title: 'Record a payment (SP2D)', sp2d: 'SP2D number', paidOn: 'SP2D date', amount: 'Amount (Rp)', account: 'Account (optional)',
    bills: 'Bills paid (optional)', billsHint: 'Without a choice, the payment goes to the bills due earliest.', submit: 'Save payment',
    result: 'Payment recorded', allocated: 'Allocated to bills', credit: 'Overpayment (credit for the next bill)', none: 'No payments yet.',
    receipt: 'Receipt', reverse: 'Reverse', reversed: 'Reversed', reverseTitle: 'Reverse payment {{sp2d}}',
    reverseBody: 'The payment is not deleted: it is marked reversed with your reason, and its allocation to bills is released.', reason: 'Reason for reversal',
    reverseConfirm: 'Reverse payment', reverseDone: 'Payment reversed.', recordedAt: 'Recorded', state: 'State', active: 'Valid', close: 'Close',
  },
  realisation: {
    budget: 'Budget', billed: 'Billed', paid: 'Paid', outstanding: 'Outstanding', lateFees: 'Late fees', credit: 'Credit', remaining: 'Budget left',
    chart: 'Cumulative by month: budget, billed, paid', runsOut: 'At today’s active headcount, the budget runs out in {{month}}.',
    lasts: 'At today’s active headcount, the budget lasts to the end of the period.', month: 'Month', noBudget: 'The PKS budget is not recorded yet.',
  },
  reconciliation: {
    intro: 'Upload BPJS’s statement of receipts (CSV or XLSX: bill number or NPP, month, amount, date received). Every row is matched to a bill.',
    file: 'BPJS statement file', upload: 'Match', rows: 'Rows', matched: 'Matched', amountDiffers: 'Amount differs', unmatched: 'Not found', invalid: 'Invalid',
    errors: 'Download the error sheet',
  },
  alerts: {
    title: 'Bills to pay', overdue: '{{number}} ({{group}}) overdue since {{date}}: {{amount}} outstanding',
    dueSoon: '{{number}} ({{group}}) due {{date}}: {{amount}} outstanding', open: 'Open bill',
  },
};
