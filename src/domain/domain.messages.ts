/**
 * Words for the codes and warnings the pure domain answers with (Bahasa Indonesia first). Data only: the
 * domain imports nothing outside itself, so src/regulation/regulation.messages.ts registers them.
 */
export const domainMessages = {
  DATE_INVALID: { id: 'Tanggal tidak valid (format TTTT-BB-HH).', en: 'Invalid date (format YYYY-MM-DD).' },
  MONTH_INVALID: { id: 'Bulan tidak valid (format TTTT-BB).', en: 'Invalid month (format YYYY-MM).' },
  CALENDAR_NO_WORKING_DAY: { id: 'Tidak ada hari kerja dalam {days} hari sejak {from}: periksa kalender hari libur.', en: 'No working day within {days} days of {from}: check the holiday calendar.' },
  CALENDAR_DAYS_INVALID: { id: 'Jumlah hari kerja harus bilangan bulat ≥ 0.', en: 'The number of working days must be a whole number ≥ 0.' },
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
  CONTRIBUTION_MONTHS_INVALID: { id: 'Lama iuran (bulan) harus bilangan bulat ≥ 0.', en: 'Contribution months must be a whole number ≥ 0.' },
  MONTHS_INVALID: { id: 'Jumlah bulan harus bilangan bulat ≥ 0.', en: 'Months must be a whole number ≥ 0.' },
  PERCENT_INVALID: { id: 'Persentase harus antara 0 dan 100.', en: 'A percentage must lie between 0 and 100.' },
  PLAN_MONTHS_INVALID: { id: 'Jumlah bulan rencana harus 1–600.', en: 'A plan must cover 1–600 months.' },
  PLAN_BUDGET_INVALID: { id: 'Anggaran harus bilangan bulat rupiah ≥ 0.', en: 'The budget must be whole rupiah ≥ 0.' },
  PLAN_HEADCOUNT_INVALID: { id: 'Jumlah peserta kelompok {group} tidak valid.', en: 'The headcount of group {group} is invalid.' },
  NIK_PARTS_INVALID: { id: 'Bagian NIK tidak valid.', en: 'Invalid NIK parts.' },
  BPU_INCOME_RAISED_TO_MINIMUM: {
    id: 'Penghasilan yang dilaporkan (Rp {declared}) di bawah batas minimum; iuran dihitung dari Rp {minimum}.',
    en: 'The declared income (Rp {declared}) is below the minimum; contributions are computed on Rp {minimum}.',
  },
  BPU_DISCOUNT_EXCLUDED_PUBLIC_FUNDING: {
    id: 'Diskon iuran BPU PP 50/2025 tidak berlaku bila iuran dibayar dari APBN/APBD ({funding}).',
    en: 'The PP 50/2025 BPU discount does not apply when contributions are paid from APBN/APBD ({funding}).',
  },
} as const satisfies Record<string, { id: string; en: string }>;
