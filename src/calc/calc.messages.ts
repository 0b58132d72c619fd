/**
 * Words for every code the calculators and the rule book can answer with (Bahasa Indonesia first), the
 * NIK codes (one wording, from src/domain/nik.messages.ts), and the contribution warnings.
 */
import { nikMessages } from '../domain/nik.messages';
import { registerMessages } from '../i18n/messages';

registerMessages({
  ...nikMessages,
  RULE_NOT_FOUND: {
    id: 'Tidak ada aturan {key} yang berlaku pada {on}.',
    en: 'No {key} rule is in force on {on}.',
  },
  RULE_AMBIGUOUS: { id: 'Lebih dari satu aturan {key} berlaku pada {on}.', en: 'More than one {key} rule is in force on {on}.' },
  RULE_UNIT_MISMATCH: { id: 'Aturan {rule} memakai satuan {actual}, seharusnya {expected}.', en: 'Rule {rule} has unit {actual}, expected {expected}.' },
  RULE_VALUE_INVALID: { id: 'Nilai aturan {rule} tidak dikenal.', en: 'Rule {rule} has an unknown value.' },
  RULE_INVALID: { id: 'Baris aturan {id} tidak valid ({reason}).', en: 'Rule row {id} is invalid ({reason}).' },
  RULE_DUPLICATE_ID: { id: 'Kode aturan {id} terdaftar dua kali.', en: 'Rule id {id} appears twice.' },
  RULE_OVERLAP: { id: 'Masa berlaku aturan {key} saling tumpang tindih.', en: 'Rules for {key} overlap in time.' },
  DATE_INVALID: { id: 'Tanggal tidak valid (format TTTT-BB-HH).', en: 'Invalid date (format YYYY-MM-DD).' },
  MONTH_INVALID: { id: 'Bulan tidak valid (format TTTT-BB).', en: 'Invalid month (format YYYY-MM).' },
  MONEY_INVALID: { id: 'Jumlah uang harus bilangan bulat rupiah.', en: 'An amount must be whole rupiah.' },
  MONEY_DIVISION_BY_ZERO: { id: 'Pembagian dengan nol.', en: 'Division by zero.' },
  RATE_INVALID: { id: 'Tarif tidak valid.', en: 'Invalid rate.' },
  DECIMAL_INVALID: { id: 'Angka desimal tidak valid: {value}.', en: 'Invalid decimal number: {value}.' },
  COUNT_INVALID: { id: 'Jumlah harus bilangan bulat.', en: 'A count must be a whole number.' },
  AMOUNT_NOT_INTEGER: { id: 'Terbilang hanya untuk bilangan bulat.', en: 'Amounts in words need a whole number.' },
  WAGE_NEGATIVE: { id: 'Upah atau penghasilan tidak boleh negatif.', en: 'The wage or income cannot be negative.' },
  SCHEME_INVALID: { id: 'Skema harus PU atau BPU.', en: 'The scheme must be PU or BPU.' },
  RISK_CLASS_INVALID: {
    id: 'Kelas risiko harus very-low, low, medium, high atau very-high.',
    en: 'The risk class must be very-low, low, medium, high or very-high.',
  },
  FUNDING_INVALID: { id: 'Sumber dana harus apbd, apbn atau self.', en: 'Funding must be apbd, apbn or self.' },
  SECTOR_INVALID: { id: 'Sektor harus transport atau other.', en: 'The sector must be transport or other.' },
  SEX_INVALID: { id: 'Jenis kelamin harus L atau P.', en: 'Sex must be L or P.' },
  CONTRIBUTION_MONTHS_INVALID: { id: 'Lama iuran (bulan) harus bilangan bulat ≥ 0.', en: 'Contribution months must be a whole number ≥ 0.' },
  MONTHS_INVALID: { id: 'Jumlah bulan harus bilangan bulat ≥ 0.', en: 'Months must be a whole number ≥ 0.' },
  PERCENT_INVALID: { id: 'Persentase harus antara 0 dan 100.', en: 'A percentage must lie between 0 and 100.' },
  DISABILITY_KIND_REQUIRED: {
    id: 'Pilih cacat total tetap atau sebutkan persentase cacat sebagian.',
    en: 'Choose total permanent disability or give the partial disability percentage.',
  },
  PLAN_MONTHS_INVALID: { id: 'Jumlah bulan rencana harus 1–600.', en: 'A plan must cover 1–600 months.' },
  PLAN_BUDGET_INVALID: { id: 'Anggaran harus bilangan bulat rupiah ≥ 0.', en: 'The budget must be whole rupiah ≥ 0.' },
  PLAN_HEADCOUNT_INVALID: { id: 'Jumlah peserta kelompok {group} tidak valid.', en: 'The headcount of group {group} is invalid.' },
  PLAN_INPUT_INVALID: { id: 'Rencana anggaran tidak valid pada {field}: {reason}', en: 'Invalid plan at {field}: {reason}' },
  PLAN_FILE_INVALID: { id: 'Berkas rencana tidak dapat dibaca sebagai JSON: {reason}', en: 'The plan file is not readable JSON: {reason}' },
  NIK_PARTS_INVALID: { id: 'Bagian NIK tidak valid.', en: 'Invalid NIK parts.' },
  BPU_INCOME_RAISED_TO_MINIMUM: {
    id: 'Penghasilan yang dilaporkan (Rp {declared}) di bawah batas minimum; iuran dihitung dari Rp {minimum}.',
    en: 'The declared income (Rp {declared}) is below the minimum; contributions are computed on Rp {minimum}.',
  },
  BPU_DISCOUNT_EXCLUDED_PUBLIC_FUNDING: {
    id: 'Diskon iuran BPU PP 50/2025 tidak berlaku bila iuran dibayar dari APBN/APBD ({funding}).',
    en: 'The PP 50/2025 BPU discount does not apply when contributions are paid from APBN/APBD ({funding}).',
  },
});
