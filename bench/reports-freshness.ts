/**
 * Freshness of the reports benchmark: three changes in one regency through the services the API calls — an
 * SP2D paying its overdue bills (recordPayment), an approved claim paid (advanceClaim), a participation ended
 * (endParticipation) — then the server's refresh schedule (every REPORT_REFRESH_EVERY_MS) runs until the
 * province view and the national view (regionView) both show all three: seconds from the change to the roll-ups.
 * The regency is one of those the generator left with overdue bills (1 in 5) that has an approved claim.
 */
import { sql } from 'kysely';
import { cliContext, type RequestContext } from '../src/auth/actor';
import { recordPayment } from '../src/billing/payments.service';
import { advanceClaim } from '../src/claims/claim-advance.service';
import { systemClock, todayIn } from '../src/clock/clock';
import type { Db } from '../src/db/database';
import { addDays } from '../src/domain/calendar';
import { endParticipation } from '../src/enrolment/enrolment-lifecycle.service';
import { regionView } from '../src/reports/region-view.service';
import { REPORT_REFRESH_EVERY_MS } from '../src/reports/report-refresh.schedule';
import { refreshReports } from '../src/reports/report-refresh.service';

interface Figures { participants: number; paid: number; claimsPaid: number }

async function figuresOf(db: Db, regency: string, year: number): Promise<{ province: Figures; nation: Figures }> {
  const pick = (rows: Awaited<ReturnType<typeof regionView>>['rows'], code: string): Figures => {
    const r = rows.find((x) => x.code === code)!;
    return { participants: r.participants, paid: r.money?.paid ?? 0, claimsPaid: r.claims?.paid ?? 0 };
  };
  const [province, nation] = await Promise.all([regionView(db, cliContext(), { region: regency.slice(0, 2), year }), regionView(db, cliContext(), { year })]);
  return { province: pick(province.rows, regency), nation: pick(nation.rows, regency.slice(0, 2)) };
}

const same = (a: Figures, b: Figures) => a.participants === b.participants && a.paid === b.paid && a.claimsPaid === b.claimsPaid;

export async function measureFreshness(db: Db, year: number, log: (m: string) => void): Promise<number | null> {
  const target = await sql<{ tenant_code: string; agreement_id: number; claim_id: number; approved: number }>`
    SELECT a.tenant_code, a.id AS agreement_id, c.id AS claim_id, c.approved_amount AS approved
    FROM agreement a JOIN LATERAL (SELECT id, approved_amount FROM claim c WHERE c.tenant_code = a.tenant_code AND c.status = 'disetujui'
                                   AND c.incident_date >= make_date(${year}::int, 1, 1) LIMIT 1) c ON true
    WHERE a.kind = 'pks' AND a.fiscal_year = ${year} AND abs(hashtext(a.tenant_code)) % 5 = 0
      AND EXISTS (SELECT 1 FROM bill b WHERE b.tenant_code = a.tenant_code AND b.agreement_id = a.id AND b.due_on < CURRENT_DATE
                  AND NOT EXISTS (SELECT 1 FROM payment_allocation pa WHERE pa.tenant_code = b.tenant_code AND pa.bill_id = b.id))
    ORDER BY a.tenant_code LIMIT 1`.execute(db);
  const t = target.rows[0];
  if (!t) return null;
  const regency = t.tenant_code;
  const today = todayIn(systemClock, regency);
  const overdue = await sql<{ id: number; amount: number }>`
    SELECT b.id, b.amount FROM bill b WHERE b.tenant_code = ${regency} AND b.agreement_id = ${t.agreement_id} AND b.due_on < ${today}::date
      AND NOT EXISTS (SELECT 1 FROM payment_allocation pa WHERE pa.tenant_code = b.tenant_code AND pa.bill_id = b.id) ORDER BY b.id`.execute(db);
  const leaving = await sql<{ id: number }>`
    SELECT id FROM participation WHERE tenant_code = ${regency} AND status = 'aktif' AND coverage_from < ${today}::date - 1 AND coverage_to >= ${today}::date LIMIT 1`.execute(db);
  const amount = overdue.rows.reduce((s, b) => s + Number(b.amount), 0);
  const before = await figuresOf(db, regency, year);
  const expected = (f: Figures): Figures => ({ participants: f.participants - 1, paid: f.paid + amount, claimsPaid: f.claimsPaid + 1 });
  const dinas: RequestContext = { actor: { ...cliContext().actor, role: 'dinas', tenantCode: regency }, ip: null };
  log(`freshness in ${regency}: an SP2D of Rp ${amount} for ${overdue.rows.length} overdue bills, claim ${t.claim_id} paid, participation ${leaving.rows[0]!.id} ended`);

  const changedAt = performance.now();
  await recordPayment(db, dinas, regency, t.agreement_id, { sp2dNumber: 'SP2D/BENCH/FRESH', paidOn: today, amount, billIds: overdue.rows.map((b) => Number(b.id)) }, today);
  await advanceClaim(db, dinas, regency, t.claim_id, { to: 'dibayar', on: today, amount: Number(t.approved) }, today);
  await endParticipation(db, dinas, regency, leaving.rows[0]!.id, { on: addDays(today, -1), reason: 'berhenti' }, today);
  // the change lands at a random moment of the schedule's interval: on average half an interval before the next tick
  for (let tick = 0; tick < 10; tick++) {
    await new Promise((r) => setTimeout(r, tick === 0 ? REPORT_REFRESH_EVERY_MS / 2 : REPORT_REFRESH_EVERY_MS));
    const run = await refreshReports(db, systemClock);
    const now = await figuresOf(db, regency, year);
    log(`  tick ${tick}: refresh of ${run.tenants} regencies ${run.seconds.toFixed(2)} s; province ${JSON.stringify(now.province)}, nation ${JSON.stringify(now.nation)}`);
    if (same(now.province, expected(before.province)) && same(now.nation, expected(before.nation))) {
      return Math.round(((performance.now() - changedAt) / 1000) * 10) / 10;
    }
  }
  return null;
}
