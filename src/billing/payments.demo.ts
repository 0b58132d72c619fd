/**
 * The demo pays the seed's year (CONTRACTS.md "Demo", issue #12 item 12): twelve monthly SP2D for the 2025
 * Nagekeo PKS. January–November each pays that month's two bills in full (Rp 125,491,488); December pays
 * Rp 119,593,632 — Rp 1,500,000,000 in all, the budget — so December stays kurang-bayar by Rp 5,897,856.
 * Each SP2D picks its month's bills and is paid on the first working day from the 8th of that month, before
 * the BPU bill's due date (the 15th of the month itself) and the PU bill's (the 15th of the next). The SP2D
 * numbers are invented example data (`CONTOH` in the number, `example` on the row); running it again
 * changes nothing (idempotent by SP2D number). The PKS gets an invented NPP (`CONTOH-5316`), the key of
 * the example BPJS receipt statement `web/public/contoh/rekap-penerimaan-bpjs-nagekeo-2025-contoh.csv`
 * (served at /contoh/…): 11 months cocok, August selisih (BPJS shows Rp 125,000,000), one tidak-cocok row
 * (January 2026, not billed) — try it on the Rekonsiliasi BPJS tab or `lindung payments reconcile`.
 */
import { listAgreements } from '../agreements/agreements.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { addDays, type IsoDate } from '../domain/calendar';
import { dayOfWeek } from '../domain/working-days';
import { billsOf } from './billing-facts.service';
import { setNpp } from './payment-npp.service';
import * as settings from './payment-settings.repository';
import { recordPayment } from './payments.service';

export const DEMO_MONTHLY = 125_491_488;
export const DEMO_DECEMBER = 119_593_632;
export const DEMO_NPP = 'CONTOH-5316';

/** Saturday or Sunday → the Monday after (the treasury pays on weekdays). */
function weekday(date: IsoDate): IsoDate {
  const dow = dayOfWeek(date);
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}

/** Records the twelve SP2D; answers how many were new. */
export async function seedDemoPayments(db: Db, cli: RequestContext, tenantCode: string, pksNumber: string, today: IsoDate): Promise<number> {
  const ctx: RequestContext = { ...cli, actor: { ...cli.actor, role: 'dinas', tenantCode } };
  const pks = (await listAgreements(db, ctx, tenantCode)).find((a) => a.number === pksNumber);
  if (!pks) return 0;
  const bills = (await billsOf(db, tenantCode, pks.id)).filter((b) => b.kind === 'regular');
  let created = 0;
  for (let m = 1; m <= 12; m++) {
    const month = `2025-${String(m).padStart(2, '0')}`;
    const billIds = bills.filter((b) => b.month === month).map((b) => b.id);
    if (!billIds.length) continue;
    const r = await recordPayment(db, ctx, tenantCode, pks.id, {
      sp2dNumber: `CONTOH-SP2D/${String(m).padStart(2, '0')}/LS/2025`, paidOn: weekday(`${month}-08`),
      amount: m === 12 ? DEMO_DECEMBER : DEMO_MONTHLY, account: 'RKUD Kabupaten Nagekeo (contoh)', billIds,
    }, today, { example: true });
    if (!r.alreadyRecorded) created++;
  }
  if (!(await settings.agreementSetting(db, tenantCode, pks.id))?.npp) await setNpp(db, ctx, tenantCode, pks.id, DEMO_NPP);
  return created;
}
