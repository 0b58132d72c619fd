/**
 * The billing run's queries over bulk data, for the committed SQL in sql/ (src/db/sql-snapshot.ts): the
 * regular lines of a month's new bills (two groups here), the two corrections and their totals, as the run sends them.
 */
import type { SqlQuery } from '../db/sql-snapshot';
import type { BillingGroup, PerHead } from './bill-amounts';
import * as lines from './bill-lines.repository';
import * as run from './billing-run.repository';

const T = '53.16';
const BILL = 1;
const GROUP: BillingGroup = { id: 2, name: 'non-ASN', scheme: 'pu', riskClass: 'very-low', funding: 'apbd', sector: null, wage: { kind: 'ump', provinceCode: '53', year: 2024 } };
const HEAD: PerHead = { month: '2025-01', base: 2_186_826, baseSource: 'ump:53:2024', jkk: 5_248, jkm: 6_560, jht: 0, amount: 11_808, ruleIds: ['wage.ump.53@2024-01-01'] };
const BPU: BillingGroup = { id: 3, name: 'rentan', scheme: 'bpu', riskClass: null, funding: 'apbd', sector: null, wage: { kind: 'declared', amount: 1_000_000 } };
const BPU_HEAD: PerHead = { month: '2025-01', base: 1_000_000, baseSource: 'declared', jkk: 10_000, jkm: 6_800, jht: 0, amount: 16_800, ruleIds: ['bpu.jkk.amount@2015-07-01'] };
const at = (fn: string, source: string) => ({ name: `billing.${fn}`, source });

export const sqlQueries: SqlQuery[] = [
  {
    ...at('insertRegularLines', 'src/billing/billing-run.repository.ts'),
    run: (db) => run.insertRegularLines(db, T, [{ billId: BILL, group: GROUP, head: HEAD }, { billId: BILL + 1, group: BPU, head: BPU_HEAD }], '2025-01-01', '2025-01-31'),
  },
  {
    ...at('insertSusulanLines', 'src/billing/billing-run.repository.ts'),
    run: (db) => run.insertSusulanLines(db, { tenantCode: T, billId: BILL, group: GROUP, baseSource: HEAD.baseSource, heads: [HEAD], before: '2025-02-01' }),
  },
  { ...at('insertPenguranganLines', 'src/billing/billing-run.repository.ts'), run: (db) => run.insertPenguranganLines(db, { tenantCode: T, billId: BILL, group: GROUP, before: '2025-02-01' }) },
  { ...at('addCorrectionTotals', 'src/billing/billing-run.repository.ts'), run: (db) => run.addCorrectionTotals(db, T, BILL) },
  { ...at('listLines', 'src/billing/bill-lines.repository.ts'), run: (db) => lines.listLines(db, T, BILL, { opdId: 3 }, { limit: 50, offset: 0 }) },
];
