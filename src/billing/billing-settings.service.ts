/**
 * Billing settings. Per tenant: whole-month billing (a participant active on at least one day of a month
 * pays the whole month, no proration — BPJS practice as reported, unconfirmed: the UI says so) and the PU
 * grace months coverage allows while a month is unpaid (unconfirmed). Per PKS: whether the 2% late fee
 * applies — PP 44/2015 sets it for employers other than penyelenggara negara, so by default it does not
 * apply to a regency's own bills; a PKS can switch it on (the rate itself is rule `payment.pu.late-fee.rate`).
 * No actor: callers authorise.
 */
import type { Db } from '../db/database';
import * as repo from './billing-settings.repository';

export interface BillingSetting { wholeMonth: boolean; wholeMonthConfirmed: false; puGraceMonths: number }

export async function billingSettingOf(db: Db, tenantCode: string): Promise<BillingSetting> {
  const row = await repo.findTenantSetting(db, tenantCode);
  return { wholeMonth: row?.whole_month ?? true, wholeMonthConfirmed: false, puGraceMonths: row?.pu_grace_months ?? 1 };
}

/** Late fee on this PKS's bills? Off unless the PKS switched it on. */
export async function lateFeeApplies(db: Db, tenantCode: string, agreementId: number): Promise<boolean> {
  return (await repo.findAgreementSetting(db, tenantCode, agreementId))?.late_fee ?? false;
}

/** Switches the late fee of a PKS (the caller has authorised `billing:write` on the agreement). */
export async function setLateFee(db: Db, tenantCode: string, agreementId: number, on: boolean): Promise<void> {
  await repo.upsertAgreementSetting(db, tenantCode, agreementId, on);
}
