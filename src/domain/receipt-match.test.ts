import { describe, expect, it } from 'vitest';
import { countReceipts, matchReceipts, type CandidateBill, type ReceiptRow } from './receipt-match';

// One PKS (id 2, NPP 21000123) billed two groups a month; PKS 3 has no NPP. `paid` is Lindung's replayed ledger.
const BILLS: CandidateBill[] = [
  { id: 11, number: 'TGH/53.16/202501/2-1', agreementId: 2, month: '2025-01', paid: 100 },
  { id: 12, number: 'TGH/53.16/202501/2-2', agreementId: 2, month: '2025-01', paid: 50 },
  { id: 13, number: 'TGH/53.16/202502/2-1', agreementId: 2, month: '2025-02', paid: 100 },
  { id: 14, number: 'TGH/53.16/202502/2-2', agreementId: 2, month: '2025-02', paid: 0 },
  { id: 21, number: 'TGH/53.16/202501/3-5', agreementId: 3, month: '2025-01', paid: 70 },
];
const PKS = [{ agreementId: 2, npp: '21000123' }, { agreementId: 3, npp: null }];

const row = (rowNo: number, r: Partial<ReceiptRow>): ReceiptRow =>
  ({ rowNo, billNumber: null, npp: null, month: '2025-01', amount: 100, receivedOn: '2025-02-03', problem: null, ...r });
const one = (r: Partial<ReceiptRow>) => matchReceipts([row(2, r)], BILLS, PKS)[0]!;

describe('matchReceipts: one row', () => {
  it.each([
    ['bill number, same as paid', { billNumber: 'TGH/53.16/202501/2-1' }, 'cocok', null, [11], 100, 0],
    ['bill number typed with other case and spaces', { billNumber: ' tgh/53.16/202501/2-1 ' }, 'cocok', null, [11], 100, 0],
    ['bill number, BPJS received less than paid', { billNumber: 'TGH/53.16/202501/2-1', amount: 90 }, 'selisih', 'RECON_AMOUNT_DIFFERS', [11], 100, -10],
    ['bill never paid in Lindung but received by BPJS', { billNumber: 'TGH/53.16/202502/2-2', month: '2025-02', amount: 5 }, 'selisih', 'RECON_AMOUNT_DIFFERS', [14], 0, 5],
    ['NPP + month: both groups of the month', { npp: '21000123', amount: 150 }, 'cocok', null, [11, 12], 150, 0],
    ['NPP + month, amount differs', { npp: '21000123', amount: 160 }, 'selisih', 'RECON_AMOUNT_DIFFERS', [11, 12], 150, 10],
    ['unknown bill number, NPP given: matched by NPP', { billNumber: 'X/1', npp: '21000123', amount: 150 }, 'cocok', null, [11, 12], 150, 0],
    ['unknown bill number', { billNumber: 'X/1' }, 'tidak-cocok', 'RECON_BILL_UNKNOWN', [], null, null],
    ['unknown bill number and unknown NPP', { billNumber: 'X/1', npp: '999' }, 'tidak-cocok', 'RECON_BILL_UNKNOWN', [], null, null],
    ['unknown NPP', { npp: '999' }, 'tidak-cocok', 'RECON_NPP_UNKNOWN', [], null, null],
    ['known NPP, month not billed', { npp: '21000123', month: '2026-01' }, 'tidak-cocok', 'RECON_NO_BILL_IN_MONTH', [], null, null],
    ['bill number of another month', { billNumber: 'TGH/53.16/202501/2-1', month: '2025-02' }, 'tidak-cocok', 'RECON_MONTH_MISMATCH', [11], null, null],
    ['bad amount', { billNumber: 'TGH/53.16/202501/2-1', amount: null, problem: 'RECON_AMOUNT_INVALID' }, 'tidak-valid', 'RECON_AMOUNT_INVALID', [], null, null],
    ['bad date', { billNumber: 'TGH/53.16/202501/2-1', receivedOn: null, problem: 'RECON_DATE_INVALID' }, 'tidak-valid', 'RECON_DATE_INVALID', [], null, null],
    ['bad month', { billNumber: 'TGH/53.16/202501/2-1', month: null, problem: 'RECON_MONTH_INVALID' }, 'tidak-valid', 'RECON_MONTH_INVALID', [], null, null],
    ['no key', { problem: 'RECON_KEY_MISSING' }, 'tidak-valid', 'RECON_KEY_MISSING', [], null, null],
  ] as const)('%s', (_name, r, status, reason, billIds, expected, difference) => {
    const m = one(r);
    expect([m.status, m.reason, m.billIds, m.expected, m.difference]).toEqual([status, reason, billIds, expected, difference]);
  });
});

describe('matchReceipts: rows together', () => {
  it('two transfers for one month are one receipt: their sum is compared, both rows carry it', () => {
    const m = matchReceipts([row(2, { npp: '21000123', amount: 100, receivedOn: '2025-02-03' }), row(3, { npp: '21000123', amount: 50, receivedOn: '2025-03-01' })], BILLS, PKS);
    expect(m.map((x) => [x.status, x.receivedTotal, x.expected, x.difference])).toEqual([['cocok', 150, 150, 0], ['cocok', 150, 150, 0]]);
  });

  it('an exact repeat of an earlier row is counted once: the repeat is invalid, the first still matches', () => {
    const r = { billNumber: 'TGH/53.16/202501/2-1' };
    const m = matchReceipts([row(2, r), row(3, r), row(4, { ...r, billNumber: 'tgh/53.16/202501/2-1' })], BILLS, PKS);
    expect(m.map((x) => [x.row.rowNo, x.status, x.reason])).toEqual([[2, 'cocok', null], [3, 'tidak-valid', 'RECON_DUPLICATE_ROW'], [4, 'tidak-valid', 'RECON_DUPLICATE_ROW']]);
  });

  it('a bill of a PKS that is not a candidate (another branch, another PKS asked) is unknown', () => {
    const m = matchReceipts([row(2, { billNumber: 'TGH/53.16/202501/3-5', amount: 70 })], BILLS.filter((b) => b.agreementId === 2), PKS);
    expect(m[0]).toMatchObject({ status: 'tidak-cocok', reason: 'RECON_BILL_UNKNOWN' });
  });

  it('every row is accounted for: rows = matched + amountDiffers + unmatched + invalid', () => {
    const rows = [
      row(2, { billNumber: 'TGH/53.16/202501/2-1' }), row(3, { billNumber: 'TGH/53.16/202501/2-2', amount: 1 }), row(4, { npp: '1' }),
      row(5, { problem: 'RECON_KEY_MISSING' }), row(6, { billNumber: 'TGH/53.16/202501/2-1' }),
    ];
    expect(countReceipts(matchReceipts(rows, BILLS, PKS))).toEqual({ rows: 5, matched: 1, amountDiffers: 1, unmatched: 1, invalid: 2 });
  });
});
