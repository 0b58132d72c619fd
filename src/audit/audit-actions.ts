/**
 * Every action the audit log records, one union (a typo in an action name does not compile; a capability
 * adds its actions here, one line each), and the log as a person reads it: each action as a sentence in
 * Bahasa Indonesia or English ("Memberlakukan perjanjian #12", not `agreement.activate`) and its details
 * as "field: value" changes rather than JSON. `ACTION_SENTENCES` is keyed by the union, so an action
 * without a sentence does not compile either.
 */
import type { Lang } from '../i18n/messages';

export type AuditAction =
  // auth: sessions and accounts
  | 'login' | 'login.failed' | 'login.locked' | 'logout' | 'password.change' | 'user.create' | 'user.reset-password'
  // tenants: regencies and their OPDs
  | 'tenant.create' | 'tenant.update' | 'opd.create' | 'opd.update'
  // regions: BPJS branches and the regencies they serve
  | 'branch.create' | 'branch.assign'
  // agreements: MoU/PKS life cycle, exports and documents
  | 'agreement.create' | 'agreement.update' | 'agreement.sign' | 'agreement.activate' | 'agreement.end' | 'agreement.addendum'
  | 'agreement.export.pdf' | 'agreement.export.xlsx'
  | 'agreement.document.attach' | 'agreement.document.download' | 'agreement.document.remove'
  // imports: staged batches, their decision, exports and views of personal data, retention
  | 'import.stage' | 'import.dry-run' | 'import.approve' | 'import.discard' | 'import.errors.export' | 'import.rows.nik.view' | 'import.purge'
  // workers: the registry
  | 'person.view' | 'person.nik.view' | 'person.nik.lookup' | 'person.update' | 'membership.end' | 'dedup.merge' | 'dedup.merged-into' | 'dedup.keep-separate'
  // enrolment: participants, BPJS batches and answers
  | 'participation.enrol' | 'participation.end' | 'participation.demo' | 'participant.view' | 'participant.nik.view'
  | 'enrolment.settings' | 'enrolment.batch.create' | 'enrolment.non-active.create' | 'enrolment.export'
  | 'enrolment.answer.import' | 'enrolment.answer.view' | 'enrolment.answer.errors'
  // calendar: the holiday calendar of working days
  | 'holiday.add'
  // billing: bill runs, bills and their participant lines
  | 'billing.run' | 'bill.lines.view' | 'bill.line.explain'
  // billing (payments): SP2D payments, BPJS receipt statements, the NPP of a PKS, notifications
  | 'payment.record' | 'payment.reverse' | 'payment.scan.download' | 'payment.npp' | 'reconciliation.import' | 'reconciliation.errors' | 'notification.read'
  // billing documents: the bill PDF, its lines XLSX, a payment's receipt
  | 'bill.export.pdf' | 'bill.export.xlsx' | 'payment.receipt.export'
  // claims: heirs and documents of a claim
  | 'claim.heir.add' | 'claim.heir.remove' | 'claim.heirs.view' | 'claim.heir.nik.view'
  | 'claim.document.upload' | 'claim.document.download' | 'claim.document.verify' | 'claim.document.reject'
  // cards: printed cards and their public check
  | 'card.export' | 'card.verify'
  // claims: filing, the workflow with BPJS, views of claims (health data: specific personal data)
  | 'claim.file' | 'claim.advance' | 'claim.view' | 'claim.list' | 'claim.rescore'
  // self-service: the public coverage check, its one-time codes, heirs following a claim
  | 'self-service.coverage' | 'self-service.code' | 'self-service.claim'
  // reports: UCJ reference figures, report exports
  | 'reference.import' | 'report.export'
  // installation: backups and the audit log itself
  | 'system.backup' | 'system.restore' | 'audit.export';

type Sentence = { id: string; en: string };

export const ACTION_SENTENCES: Record<AuditAction, Sentence> = {
  login: { id: 'Masuk ke aplikasi', en: 'Signed in' },
  'holiday.add': { id: 'Menambah hari libur {ref}', en: 'Added holiday {ref}' },
  'billing.run': { id: 'Menjalankan penagihan iuran bulan {ref}', en: 'Ran contribution billing for month {ref}' },
  'bill.lines.view': { id: 'Melihat rincian peserta tagihan {ref}', en: 'Viewed the participant lines of bill {ref}' },
  'bill.line.explain': { id: 'Melihat penjelasan iuran pada tagihan {ref}', en: 'Viewed the explanation of an amount on bill {ref}' },
  'payment.record': { id: 'Mencatat pembayaran SP2D {ref}', en: 'Recorded SP2D payment {ref}' },
  'payment.reverse': { id: 'Membatalkan pembayaran {ref}', en: 'Reversed payment {ref}' },
  'payment.scan.download': { id: 'Mengunduh pindaian SP2D pembayaran {ref}', en: 'Downloaded the SP2D scan of payment {ref}' },
  'payment.npp': { id: 'Mengubah NPP PKS {ref}', en: 'Changed the NPP of PKS {ref}' },
  'reconciliation.import': { id: 'Mengunggah rekap penerimaan BPJS {ref}', en: "Uploaded BPJS's receipt statement {ref}" },
  'reconciliation.errors': { id: 'Mengunduh lembar kesalahan rekonsiliasi {ref}', en: 'Downloaded the error sheet of reconciliation {ref}' },
  'notification.read': { id: 'Menandai pemberitahuan {ref} sudah dibaca', en: 'Marked notification {ref} as read' },
  'login.failed': { id: 'Gagal masuk (kata sandi salah)', en: 'Failed sign-in (wrong password)' },
  'login.locked': { id: 'Akun dikunci setelah percobaan gagal', en: 'Account locked after failed attempts' },
  logout: { id: 'Keluar dari aplikasi', en: 'Signed out' },
  'password.change': { id: 'Mengganti kata sandi sendiri', en: 'Changed own password' },
  'user.create': { id: 'Membuat akun {ref}', en: 'Created account {ref}' },
  'user.reset-password': { id: 'Mengatur ulang kata sandi akun {ref}', en: 'Reset the password of account {ref}' },
  'tenant.create': { id: 'Mendaftarkan kabupaten/kota {ref}', en: 'Registered regency/city {ref}' },
  'tenant.update': { id: 'Mengubah nama kabupaten/kota {ref}', en: 'Renamed regency/city {ref}' },
  'opd.create': { id: 'Menambah OPD {ref}', en: 'Added OPD {ref}' },
  'opd.update': { id: 'Mengubah OPD {ref}', en: 'Changed OPD {ref}' },
  'branch.create': { id: 'Mendaftarkan kantor cabang BPJS {ref}', en: 'Registered BPJS branch {ref}' },
  'branch.assign': { id: 'Menambah wilayah layanan kantor cabang {ref}', en: 'Extended the area of branch {ref}' },
  'agreement.create': { id: 'Membuat perjanjian {ref}', en: 'Created agreement {ref}' },
  'agreement.update': { id: 'Mengubah draf perjanjian {ref}', en: 'Changed draft agreement {ref}' },
  'agreement.sign': { id: 'Mencatat penandatanganan perjanjian {ref}', en: 'Recorded the signing of agreement {ref}' },
  'agreement.activate': { id: 'Memberlakukan perjanjian {ref}', en: 'Put agreement {ref} in force' },
  'agreement.end': { id: 'Mengakhiri perjanjian {ref}', en: 'Ended agreement {ref}' },
  'agreement.addendum': { id: 'Mencatat addendum perjanjian {ref}', en: 'Recorded an addendum to agreement {ref}' },
  'agreement.document.attach': { id: 'Melampirkan dokumen pada perjanjian {ref}', en: 'Attached a document to agreement {ref}' },
  'agreement.document.download': { id: 'Mengunduh dokumen perjanjian {ref}', en: 'Downloaded a document of agreement {ref}' },
  'agreement.document.remove': { id: 'Menghapus dokumen perjanjian {ref}', en: 'Removed a document of agreement {ref}' },
  'agreement.export.pdf': { id: 'Mengunduh ringkasan PDF perjanjian {ref}', en: 'Downloaded the PDF summary of agreement {ref}' },
  'agreement.export.xlsx': { id: 'Mengunduh rencana XLSX perjanjian {ref}', en: 'Downloaded the XLSX plan of agreement {ref}' },
  'import.stage': { id: 'Mengunggah berkas impor (batch {ref})', en: 'Uploaded an import file (batch {ref})' },
  'import.dry-run': { id: 'Memeriksa berkas impor tanpa menyimpan', en: 'Checked an import file without saving' },
  'import.approve': { id: 'Menyetujui batch impor {ref}', en: 'Approved import batch {ref}' },
  'import.discard': { id: 'Membatalkan batch impor {ref}', en: 'Discarded import batch {ref}' },
  'import.errors.export': { id: 'Mengunduh lembar galat batch impor {ref}', en: 'Downloaded the error sheet of import batch {ref}' },
  'import.purge': { id: 'Menghapus baris impor lama (retensi)', en: 'Purged old import rows (retention)' },
  'import.rows.nik.view': { id: 'Melihat NIK lengkap pada batch impor {ref}', en: 'Viewed full NIKs of import batch {ref}' },
  'person.view': { id: 'Melihat data pekerja {ref}', en: 'Viewed worker {ref}' },
  'person.nik.view': { id: 'Melihat NIK lengkap pekerja {ref}', en: 'Viewed the full NIK of worker {ref}' },
  'person.nik.lookup': { id: 'Mencari pekerja dengan NIK lengkap {ref}', en: 'Looked a worker up by full NIK {ref}' },
  'person.update': { id: 'Mengubah data pekerja {ref}', en: 'Changed worker {ref}' },
  'membership.end': { id: 'Mengakhiri keanggotaan {ref}', en: 'Ended membership {ref}' },
  'dedup.merge': { id: 'Menggabungkan dua catatan pekerja {ref}', en: 'Merged two worker records {ref}' },
  'dedup.merged-into': { id: 'Catatan pekerja {ref} digabungkan ke catatan lain', en: 'Worker record {ref} was merged into another' },
  'dedup.keep-separate': { id: 'Menetapkan dua catatan pekerja sebagai orang berbeda {ref}', en: 'Kept two worker records apart {ref}' },
  'participation.enrol': { id: 'Mendaftarkan peserta ke kelompok PKS {ref}', en: 'Enrolled participants in PKS group {ref}' },
  'participation.end': { id: 'Mengakhiri kepesertaan {ref}', en: 'Ended participation {ref}' },
  'participation.demo': { id: 'Mengisi peserta contoh (demo) {ref}', en: 'Seeded example participants (demo) {ref}' },
  'reference.import': { id: 'Mengimpor data rujukan UCJ {ref}', en: 'Imported UCJ reference data {ref}' },
  'report.export': { id: 'Mengunduh laporan {ref}', en: 'Downloaded report {ref}' },
  'participant.view': { id: 'Melihat data peserta {ref}', en: 'Viewed participant {ref}' },
  'participant.nik.view': { id: 'Melihat NIK lengkap peserta {ref}', en: 'Viewed the full NIK of participant {ref}' },
  'enrolment.settings': { id: 'Mengubah pengaturan pendaftaran', en: 'Changed the enrolment settings' },
  'enrolment.batch.create': { id: 'Membuat batch pendaftaran BPJS {ref}', en: 'Created BPJS registration batch {ref}' },
  'enrolment.non-active.create': { id: 'Membuat laporan non-aktif BPJS {ref}', en: 'Created BPJS non-active report {ref}' },
  'enrolment.export': { id: 'Mengunduh berkas batch BPJS {ref}', en: 'Downloaded BPJS batch file {ref}' },
  'enrolment.answer.import': { id: 'Mengunggah jawaban BPJS {ref}', en: 'Uploaded BPJS answer {ref}' },
  'enrolment.answer.view': { id: 'Melihat hasil jawaban BPJS {ref}', en: 'Viewed BPJS answer result {ref}' },
  'enrolment.answer.errors': { id: 'Mengunduh lembar galat jawaban BPJS {ref}', en: 'Downloaded the error sheet of BPJS answer {ref}' },
  'bill.export.pdf': { id: 'Mengunduh PDF tagihan {ref}', en: 'Downloaded the PDF of bill {ref}' },
  'bill.export.xlsx': { id: 'Mengunduh rincian tagihan {ref} (XLSX)', en: 'Downloaded the lines of bill {ref} (XLSX)' },
  'payment.receipt.export': { id: 'Mengunduh tanda terima pembayaran {ref}', en: 'Downloaded the receipt of payment {ref}' },
  'claim.heir.add': { id: 'Mencatat ahli waris pada klaim {ref}', en: 'Recorded an heir on claim {ref}' },
  'claim.heir.remove': { id: 'Menghapus ahli waris dari klaim {ref}', en: 'Removed an heir from claim {ref}' },
  'claim.heirs.view': { id: 'Melihat ahli waris klaim {ref}', en: 'Viewed the heirs of claim {ref}' },
  'claim.heir.nik.view': { id: 'Melihat NIK lengkap ahli waris klaim {ref}', en: 'Viewed the full NIK of an heir of claim {ref}' },
  'claim.document.upload': { id: 'Mengunggah dokumen klaim {ref}', en: 'Uploaded a document of claim {ref}' },
  'claim.document.download': { id: 'Melihat/mengunduh dokumen klaim {ref}', en: 'Viewed/downloaded a document of claim {ref}' },
  'claim.document.verify': { id: 'Memverifikasi dokumen klaim {ref}', en: 'Verified a document of claim {ref}' },
  'claim.document.reject': { id: 'Menolak dokumen klaim {ref}', en: 'Rejected a document of claim {ref}' },
  'card.export': { id: 'Mencetak kartu peserta {ref}', en: 'Printed participant cards {ref}' },
  'card.verify': { id: 'Kartu peserta {ref} diperiksa lewat kode QR', en: 'Participant card {ref} checked through its QR code' },
  'claim.file': { id: 'Melaporkan klaim {ref}', en: 'Filed claim {ref}' },
  'claim.advance': { id: 'Mengubah status klaim {ref}', en: 'Moved claim {ref} on' },
  'claim.view': { id: 'Melihat klaim {ref}', en: 'Viewed claim {ref}' },
  'claim.list': { id: 'Melihat daftar klaim', en: 'Viewed the claims list' },
  'claim.rescore': { id: 'Menghitung ulang beasiswa klaim {ref} dari data anak', en: 'Recomputed the scholarship of claim {ref} from the children' },
  'self-service.coverage': { id: 'Cek kepesertaan publik (NIK disamarkan) {ref}', en: 'Public coverage check (NIK hashed) {ref}' },
  'self-service.code': { id: 'Permintaan kode sekali pakai untuk cek kepesertaan', en: 'One-time code requested for the coverage check' },
  'self-service.claim': { id: 'Ahli waris melihat status klaim {ref}', en: 'An heir followed claim {ref}' },
  'system.backup': { id: 'Membuat cadangan seluruh data', en: 'Backed up all data' },
  'system.restore': { id: 'Memulihkan seluruh data dari cadangan', en: 'Restored all data from a backup' },
  'audit.export': { id: 'Mengunduh log audit', en: 'Downloaded the audit log' },
};

/** "Menandatangani perjanjian #12" from the action, the entity id and the language. */
export function auditSentence(action: string, entityId: string | null, lang: Lang): string {
  const sentence = (ACTION_SENTENCES as Record<string, Sentence | undefined>)[action];
  if (!sentence) return action;
  return sentence[lang].replace('{ref}', entityId ? `#${entityId}` : '').replace(/\s+$/, '');
}

/** Details as readable "field: value" lines; nested values are written compactly, never as raw JSON braces. */
export function auditChanges(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  return Object.entries(details as Record<string, unknown>).map(([key, value]) => `${key}: ${plain(value)}`);
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k} ${plain(v)}`).join('; ');
  return String(value);
}
