/** Words for every code the payment side of billing answers with (Bahasa Indonesia first). */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const paymentsMessages = {
  PAYMENT_AMOUNT_INVALID: { id: 'Jumlah pembayaran harus bilangan bulat rupiah lebih dari 0.', en: 'The payment amount must be a whole number of rupiah above 0.' },
  PAYMENT_SP2D_REQUIRED: { id: 'Nomor SP2D wajib diisi (paling panjang 100 karakter).', en: 'The SP2D number is required (at most 100 characters).' },
  PAYMENT_DATE_FUTURE: { id: 'Tanggal bayar {paidOn} belum terjadi (hari ini {today}).', en: 'The payment date {paidOn} lies in the future (today is {today}).' },
  PAYMENT_BILL_NOT_OF_PKS: { id: 'Tagihan {billId} bukan tagihan PKS ini.', en: 'Bill {billId} is not a bill of this PKS.' },
  PAYMENT_SP2D_CONFLICT: {
    id: 'SP2D {sp2dNumber} sudah dicatat untuk PKS ini dengan jumlah {amount} tanggal {paidOn}; satu SP2D hanya dicatat sekali.',
    en: 'SP2D {sp2dNumber} is already recorded for this PKS with amount {amount} on {paidOn}; an SP2D is recorded once.',
  },
  PAYMENT_ALREADY_REVERSED: { id: 'Pembayaran ini sudah dibatalkan pada {reversedAt}.', en: 'This payment was already reversed on {reversedAt}.' },
  PAYMENT_REASON_REQUIRED: { id: 'Alasan pembatalan wajib diisi.', en: 'A reason for the reversal is required.' },
  PAYMENT_NOT_PKS: { id: 'Pembayaran iuran hanya dicatat pada PKS, bukan MoU.', en: 'Contribution payments are recorded against a PKS, not an MoU.' },
  PAYMENT_SCAN_INVALID: { id: 'Pindaian SP2D harus PDF, JPEG atau PNG, paling besar {maxMb} MB.', en: 'The SP2D scan must be a PDF, JPEG or PNG of at most {maxMb} MB.' },
  RECON_HEADERS: { id: 'Kolom wajib tidak ditemukan: {missing}. Perlu nomor tagihan atau NPP, bulan, jumlah dan tanggal diterima.', en: 'Required columns not found: {missing}. Needed: bill number or NPP, month, amount and date received.' },
  RECON_EMPTY: { id: 'Berkas tidak berisi baris data.', en: 'The file holds no data rows.' },
  RECON_TOO_MANY_ROWS: { id: 'Laporan penerimaan paling banyak {max} baris.', en: 'A statement of receipts holds at most {max} rows.' },
  RECON_ALREADY_RECONCILED: { id: 'Berkas yang sama sudah dicocokkan sebelumnya untuk PKS yang tidak dapat Anda lihat.', en: 'The same file was already reconciled against PKS you cannot see.' },
  RECON_KEY_MISSING: { id: 'Nomor tagihan dan NPP kosong.', en: 'Bill number and NPP are both empty.' },
  RECON_MONTH_INVALID: { id: 'Bulan tidak terbaca (mis. 2025-01, 01/2025 atau Januari 2025).', en: 'Month unreadable (e.g. 2025-01, 01/2025 or January 2025).' },
  RECON_AMOUNT_INVALID: { id: 'Jumlah bukan bilangan bulat rupiah lebih dari 0.', en: 'Amount is not a whole number of rupiah above 0.' },
  RECON_DATE_INVALID: { id: 'Tanggal diterima tidak terbaca (mis. 2025-02-03 atau 03/02/2025).', en: 'Date received unreadable (e.g. 2025-02-03 or 03/02/2025).' },
  RECON_DUPLICATE_ROW: { id: 'Baris ini sama persis dengan baris sebelumnya (nomor/NPP, bulan, jumlah, tanggal): dihitung sekali.', en: 'This row repeats an earlier row exactly (number/NPP, month, amount, date): counted once.' },
  RECON_BILL_UNKNOWN: { id: 'Tidak ada tagihan dengan nomor ini.', en: 'No bill has this number.' },
  RECON_NPP_UNKNOWN: { id: 'NPP ini tidak tercatat pada PKS mana pun.', en: 'No PKS has this NPP.' },
  RECON_NO_BILL_IN_MONTH: { id: 'PKS dengan NPP ini tidak punya tagihan pada bulan itu.', en: 'The PKS with this NPP has no bill for that month.' },
  RECON_MONTH_MISMATCH: { id: 'Nomor tagihan ditemukan, tetapi tagihan itu untuk bulan lain.', en: 'The bill number exists, but that bill is for another month.' },
  RECON_AMOUNT_DIFFERS: { id: 'Jumlah diterima BPJS berbeda dari yang tercatat dibayar (SP2D) di Lindung.', en: 'The amount BPJS received differs from what Lindung recorded as paid (SP2D).' },
  NOTIFICATION_NOT_FOUND: { id: 'Pemberitahuan tidak ditemukan.', en: 'Notification not found.' },
} as const satisfies Catalogue;

/** Coverage reasons (typed codes in coverageOn's answer) as words for screens. */
export const coverageMessages = {
  COVERAGE_NOT_ACTIVE: { id: 'Kepesertaan tidak aktif pada tanggal itu.', en: 'The participation is not active on that day.' },
  COVERAGE_OUTSIDE_PKS: { id: 'Tanggal di luar periode PKS.', en: 'The day lies outside the PKS period.' },
  COVERAGE_MONTH_UNPAID: { id: 'Iuran bulan itu belum dibayar.', en: "That month's contribution is unpaid." },
  COVERAGE_MONTH_PART_PAID: { id: 'Iuran bulan itu kurang bayar.', en: "That month's contribution is partly paid." },
  COVERAGE_MONTH_NOT_BILLED: { id: 'Bulan itu belum ditagih.', en: 'That month is not billed yet.' },
  COVERAGE_GRACE_ENDED: { id: 'Masa tenggang setelah jatuh tempo sudah lewat (belum dikonfirmasi BPJS).', en: 'The grace period after the due date has ended (not confirmed by BPJS).' },
} as const satisfies Catalogue;

registerMessages(paymentsMessages);
registerMessages(coverageMessages);

export type PaymentsErrorCode = keyof typeof paymentsMessages | keyof typeof coverageMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<PaymentsErrorCode, true> {}
}
