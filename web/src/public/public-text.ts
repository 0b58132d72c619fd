// Texts of the light public pages (/cek, /kartu/…): Bahasa Indonesia first, English by the switch. Kept
// apart from the main app's i18next catalogue so these pages load none of it.
const id = {
  title: 'Cek Kepesertaan BPJS Ketenagakerjaan', other: 'English', intro: 'Masukkan NIK Anda dan satu bukti kedua. Hasilnya hanya untuk Anda sendiri.',
  nik: 'NIK (16 angka)', factor: 'Bukti kedua', kpj: 'Nomor KPJ (di kartu peserta)', mother: 'Nama ibu kandung', otp: 'Kode dari SMS/WhatsApp',
  sendCode: 'Kirim kode ke HP saya', codeSent: 'Jika NIK terdaftar dan nomor HP Anda tercatat, kode 6 angka sudah dikirim. Berlaku 10 menit.',
  check: 'Periksa', checking: 'Memeriksa…', notFound: 'Data tidak ditemukan. Periksa kembali NIK dan bukti kedua Anda.',
  covered: 'TERLINDUNGI', notCovered: 'TIDAK AKTIF', name: 'Nama', programmes: 'Program', group: 'Kelompok', regency: 'Wilayah',
  pks: 'Masa PKS', coverage: 'Masa perlindungan', paid: 'Bulan iuran dibayar tahun ini', noneYet: 'belum ada', openCard: 'Buka kartu peserta',
  heirTitle: 'Ahli waris: ikuti klaim', claimNumber: 'Nomor klaim', deceasedNik: 'NIK peserta (almarhum/almarhumah)', heirNik: 'NIK Anda (ahli waris)',
  follow: 'Lihat status klaim', claimNotFound: 'Klaim tidak ditemukan untuk data ini.', status: 'Status', missing: 'Dokumen yang masih kurang',
  noneMissing: 'Tidak ada — berkas lengkap.', deadlines: 'Batas waktu', overdue: 'lewat', offline: 'Anda sedang offline. Kartu terakhir yang dibuka tetap dapat ditampilkan.',
  failed: 'Tidak dapat terhubung. Coba lagi.', cardTitle: 'Kartu Peserta', validNow: 'BERLAKU', invalidNow: 'TIDAK BERLAKU',
  lastChecked: 'Terakhir diperiksa', offlineCopy: 'Salinan tersimpan di perangkat ini (offline).', noCard: 'Kartu belum pernah dibuka di perangkat ini.',
  scan: 'Petugas dapat memindai kode QR untuk memeriksa kartu.', back: 'Cek kepesertaan', months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  statuses: { aktif: 'aktif', berakhir: 'berakhir', calon: 'calon peserta', diajukan: 'sedang didaftarkan', ditolak: 'ditolak', nonaktif: 'nonaktif' } as Record<string, string>,
  claimStatuses: {
    dilaporkan: 'Dilaporkan — berkas sedang dilengkapi', 'berkas-lengkap': 'Berkas lengkap', diajukan: 'Diajukan ke BPJS Ketenagakerjaan',
    disetujui: 'Disetujui BPJS Ketenagakerjaan', ditolak: 'Ditolak', dibayar: 'Dibayar',
  } as Record<string, string>,
  deadlineCodes: { 'report-bpjs': 'Pengajuan ke BPJS Ketenagakerjaan', 'bpjs-payment': 'Pembayaran oleh BPJS Ketenagakerjaan' } as Record<string, string>,
};

const en: typeof id = {
  title: 'BPJS Ketenagakerjaan coverage check', other: 'Bahasa Indonesia', intro: 'Enter your NIK and one second proof. The answer is for you alone.',
  nik: 'NIK (16 digits)', factor: 'Second proof', kpj: 'KPJ number (on the participant card)', mother: 'Mother\'s maiden name', otp: 'Code from SMS/WhatsApp',
  sendCode: 'Send a code to my phone', codeSent: 'If the NIK is registered with your phone number, a 6-digit code has been sent. Valid 10 minutes.',
  check: 'Check', checking: 'Checking…', notFound: 'No data found. Check your NIK and second proof.',
  covered: 'COVERED', notCovered: 'NOT ACTIVE', name: 'Name', programmes: 'Programmes', group: 'Group', regency: 'Regency',
  pks: 'PKS period', coverage: 'Coverage period', paid: 'Months paid this year', noneYet: 'none yet', openCard: 'Open participant card',
  heirTitle: 'Heirs: follow a claim', claimNumber: 'Claim number', deceasedNik: 'NIK of the deceased participant', heirNik: 'Your NIK (heir)',
  follow: 'Show claim status', claimNotFound: 'No claim found for these details.', status: 'Status', missing: 'Documents still missing',
  noneMissing: 'None — the file is complete.', deadlines: 'Deadlines', overdue: 'overdue', offline: 'You are offline. The last card you opened can still be shown.',
  failed: 'Cannot connect. Try again.', cardTitle: 'Participant card', validNow: 'VALID', invalidNow: 'NOT VALID',
  lastChecked: 'Last checked', offlineCopy: 'Copy kept on this device (offline).', noCard: 'This card has not been opened on this device yet.',
  scan: 'An officer can scan the QR code to check the card.', back: 'Coverage check', months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  statuses: { aktif: 'active', berakhir: 'ended', calon: 'candidate', diajukan: 'being registered', ditolak: 'refused', nonaktif: 'inactive' },
  claimStatuses: {
    dilaporkan: 'Reported — documents being completed', 'berkas-lengkap': 'Documents complete', diajukan: 'Submitted to BPJS Ketenagakerjaan',
    disetujui: 'Approved by BPJS Ketenagakerjaan', ditolak: 'Refused', dibayar: 'Paid',
  },
  deadlineCodes: { 'report-bpjs': 'Submission to BPJS Ketenagakerjaan', 'bpjs-payment': 'Payment by BPJS Ketenagakerjaan' },
};

export type Lang = 'id' | 'en';
export type Text = typeof id;
export const TEXT: Record<Lang, Text> = { id, en };

// the same key as the main app (web/src/i18n), so a choice made on either side holds on both
const STORAGE_KEY = 'lindung.lang';

export function storedLang(): Lang {
  try { return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'; } catch { return 'id'; }
}

export function storeLang(lang: Lang): void {
  try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* the switch still applies to this page */ }
}

/** "2025-01-01" → "1 Jan 2025". */
export function dateText(t: Text, iso: string | null): string {
  if (!iso) return '…';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${t.months[(m ?? 1) - 1]} ${y}`;
}
