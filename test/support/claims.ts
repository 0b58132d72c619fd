/**
 * A covered year for claims tests: a 2025 PKS (non-ASN on UMP NTT 2024, pekerja rentan at Rp 1,000,000), one
 * active participant per group, a regular bill per group and month with that participant's line (written
 * straight into `bill`/`bill_line`: the billing run is billing's to test), and SP2D payments for the months
 * asked. Tests are outside the table-ownership rule.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/database';
import { recordPayment } from '../../src/billing/payments.service';
import { aTenant, anAgreement, anOpd, aWorker, dinasOf, NAGEKEO } from '../factories';

export const UMP_NTT_2024 = 2_186_826;
let seq = 0;

async function aParticipation(db: Db, a: { personId: number; membershipId: number; nik: string; group: 'non-asn' | 'rentan'; agreementId: number; groupId: number; opdId: number | null; villageCode: string | null }) {
  const r = await sql<{ id: number }>`INSERT INTO participation (tenant_code, person_id, membership_id, nik, worker_group, opd_id, village_code, agreement_id, group_id,
      programmes, status, starts_on, coverage_from, coverage_to, kpj)
    VALUES (${NAGEKEO}, ${a.personId}, ${a.membershipId}, ${a.nik}, ${a.group}, ${a.opdId}, ${a.villageCode}, ${a.agreementId}, ${a.groupId},
      ARRAY['JKK','JKM'], 'aktif', '2025-01-01', '2025-01-01', '2025-12-31', ${String(90_000_000_000 + ++seq)}) RETURNING id`.execute(db);
  return Number(r.rows[0]!.id);
}

export interface CoveredYear {
  agreementId: number; opdId: number; nonAsn: { participationId: number; nik: string }; rentan: { participationId: number; nik: string };
  bills: Map<string, { pu: number; bpu: number }>;
}

/** Bills for every month of 2025; payments (one SP2D per month) for the months in `paidMonths`. */
export async function aCoveredYear(db: Db, paidMonths: readonly string[]): Promise<CoveredYear> {
  await aTenant(db);
  const opd = await anOpd(db);
  const pks = await anAgreement(db, NAGEKEO, {
    periodStart: '2025-01-01', periodEnd: '2025-12-31', budget: { fiscalYear: 2025, account: '5.1.02', amount: 30_000_000, dpaNumber: 'DPA-1' },
    groups: [
      { name: 'non-ASN', scheme: 'pu', targetHeadcount: 10, wage: { kind: 'ump', provinceCode: '53', year: 2024 } },
      { name: 'rentan', scheme: 'bpu', targetHeadcount: 10, wage: { kind: 'declared', amount: 1_000_000 } },
    ],
  } as never);
  const [pu, bpu] = [pks.groups.find((g) => g.scheme === 'pu')!, pks.groups.find((g) => g.scheme === 'bpu')!];
  const w1 = await aWorker(db, NAGEKEO, { group: 'non-asn', opdId: opd.id, wage: UMP_NTT_2024 });
  const w2 = await aWorker(db, NAGEKEO, { group: 'rentan', villageCode: '53.16.01.2001', birthDate: '1979-03-04' });
  const nonAsn = { participationId: await aParticipation(db, { ...w1, group: 'non-asn', agreementId: pks.id, groupId: pu.id, opdId: opd.id, villageCode: null }), nik: w1.nik };
  const rentan = { participationId: await aParticipation(db, { ...w2, group: 'rentan', agreementId: pks.id, groupId: bpu.id, opdId: null, villageCode: '53.16.01.2001' }), nik: w2.nik };
  const bills = new Map<string, { pu: number; bpu: number }>();
  for (let m = 1; m <= 12; m++) {
    const month = `2025-${String(m).padStart(2, '0')}`;
    const ids = { pu: 0, bpu: 0 };
    for (const [scheme, group, p, base, jkk, jkm, worker] of [
      ['pu', pu, nonAsn, UMP_NTT_2024, 5_248, 6_560, 'non-asn'], ['bpu', bpu, rentan, 1_000_000, 10_000, 6_800, 'rentan'],
    ] as const) {
      const due = scheme === 'pu' ? `2025-${String(m + 1).padStart(2, '0')}-15`.replace('2025-13', '2026-01') : `${month}-15`;
      const bill = await sql<{ id: number }>`INSERT INTO bill (tenant_code, number, agreement_id, group_id, month, kind, scheme, due_on, participants, jkk, jkm, amount)
        VALUES (${NAGEKEO}, ${`TAG/KLAIM/${++seq}`}, ${pks.id}, ${group.id}, ${`${month}-01`}, 'regular', ${scheme}, ${due}, 1, ${jkk}, ${jkm}, ${jkk + jkm}) RETURNING id`.execute(db);
      const billId = Number(bill.rows[0]!.id);
      await sql`INSERT INTO bill_line (tenant_code, bill_id, participation_id, month, kind, group_id, base, base_source, scheme, risk_class, funding, jkk, jkm, amount, rule_ids, worker_group)
        VALUES (${NAGEKEO}, ${billId}, ${p.participationId}, ${`${month}-01`}, 'regular', ${group.id}, ${base}, ${scheme === 'pu' ? 'ump:53:2024' : 'declared'}, ${scheme},
          ${scheme === 'pu' ? 'very-low' : null}, 'apbd', ${jkk}, ${jkm}, ${jkk + jkm}, ARRAY['test'], ${worker})`.execute(db);
      ids[scheme] = billId;
    }
    bills.set(month, ids);
    if (paidMonths.includes(month)) {
      await recordPayment(db, dinasOf(), NAGEKEO, pks.id, { sp2dNumber: `SP2D/KLAIM/${month}`, paidOn: `${month}-10`, amount: 11_808 + 16_800, billIds: [ids.pu, ids.bpu] }, '2026-06-30');
    }
  }
  return { agreementId: pks.id, opdId: opd.id, nonAsn, rentan, bills };
}
