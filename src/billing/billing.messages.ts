/** Words for billing's error codes (Bahasa Indonesia first). */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const billingMessages = {
  BILLING_AGREEMENT_NOT_PKS: { id: 'Hanya PKS yang ditagih (perjanjian {agreementId} bukan PKS).', en: 'Only a PKS is billed (agreement {agreementId} is not a PKS).' },
  BILLING_AGREEMENT_NOT_ACTIVE: { id: 'PKS {agreementId} belum berlaku; tagihan dibuat untuk PKS yang berlaku.', en: 'PKS {agreementId} is not in force; bills are made for a PKS in force.' },
  BILLING_MONTH_OUTSIDE_PKS: {
    id: 'Bulan {month} di luar masa PKS ({start} s.d. {end}) dan tidak ada koreksi yang perlu ditagih.',
    en: 'Month {month} is outside the PKS ({start} to {end}) and there is no correction to bill.',
  },
  BILLING_PRORATION_UNSUPPORTED: { id: 'Penagihan per hari (bukan per bulan penuh) belum tersedia; aktifkan kembali penagihan bulan penuh.', en: 'Billing by days (not whole months) is not available; switch whole-month billing back on.' },
  BILLING_NO_PKS: { id: 'Tidak ada PKS yang berlaku untuk ditagih.', en: 'There is no PKS in force to bill.' },
  BILL_EXPLANATION_NOT_FOUND: { id: 'Peserta {participationId} tidak ditagih pada bulan {month} di tagihan ini.', en: 'Participant {participationId} is not billed for {month} on this bill.' },
} as const satisfies Catalogue;

registerMessages(billingMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type BillingErrorCode = keyof typeof billingMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<BillingErrorCode, true> {}
}
