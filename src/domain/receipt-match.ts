/**
 * Matching BPJS's statement of receipts against Lindung's bills (issue #12 item 4). Pure: the rows as read
 * from the file, the candidate bills with what Lindung recorded as paid on each, and the PKS's NPP numbers
 * in; one outcome per row out — every row accounted for.
 *
 * - A row names a bill by its number, else (or when the number is unknown) a PKS by its NPP + the month:
 *   that stands for every bill of the PKS in that month (one per group), since BPJS books receipts per
 *   employer number and period.
 * - **Compared with what Lindung recorded as paid**, not with the billed amount: the Dinas asks whether BPJS
 *   received what the treasury paid (SP2D); an unpaid or short bill is billing's concern, shown elsewhere.
 * - Rows naming the same bill(s) are parts of one receipt (a month paid in two transfers): their sum is
 *   compared, and each of them carries that sum, the expected amount and the difference.
 * - A row repeating an earlier row exactly (same key, month, amount and date) is counted once: the repeat
 *   is `tidak-valid` (a statement exported twice into one file would otherwise double the receipts).
 */
import type { IsoDate, IsoMonth } from './calendar';

export type ReceiptStatus = 'cocok' | 'selisih' | 'tidak-cocok' | 'tidak-valid';
export type ReceiptProblem = 'RECON_KEY_MISSING' | 'RECON_MONTH_INVALID' | 'RECON_AMOUNT_INVALID' | 'RECON_DATE_INVALID';
export type ReceiptReason = ReceiptProblem | 'RECON_DUPLICATE_ROW' | 'RECON_BILL_UNKNOWN' | 'RECON_NPP_UNKNOWN'
  | 'RECON_NO_BILL_IN_MONTH' | 'RECON_MONTH_MISMATCH' | 'RECON_AMOUNT_DIFFERS';

export interface ReceiptRow {
  rowNo: number; billNumber: string | null; npp: string | null; month: IsoMonth | null; amount: number | null;
  receivedOn: IsoDate | null; problem: ReceiptProblem | null;
}
export interface CandidateBill { id: number; number: string; agreementId: number; month: IsoMonth; paid: number }
export interface CandidatePks { agreementId: number; npp: string | null }

export interface ReceiptMatch {
  row: ReceiptRow; status: ReceiptStatus; reason: ReceiptReason | null; agreementId: number | null; billIds: number[];
  expected: number | null; receivedTotal: number | null; difference: number | null;
}

/** Bill numbers and NPPs as people type them: spacing and letter case do not matter. */
export const receiptKey = (text: string) => text.replace(/\s+/g, '').toUpperCase();

interface Target { key: string; agreementId: number; billIds: number[]; expected: number }
type Resolved = { target: Target } | { unmatched: ReceiptReason; agreementId: number | null; billIds: number[] };

function resolve(row: ReceiptRow, byNumber: Map<string, CandidateBill>, byNpp: Map<string, number>, bills: readonly CandidateBill[]): Resolved {
  const bill = row.billNumber ? byNumber.get(receiptKey(row.billNumber)) : undefined;
  if (bill && bill.month !== row.month) return { unmatched: 'RECON_MONTH_MISMATCH', agreementId: bill.agreementId, billIds: [bill.id] };
  if (bill) return { target: { key: `bill:${bill.id}`, agreementId: bill.agreementId, billIds: [bill.id], expected: bill.paid } };
  if (!row.npp) return { unmatched: 'RECON_BILL_UNKNOWN', agreementId: null, billIds: [] };
  const agreementId = byNpp.get(receiptKey(row.npp));
  if (agreementId === undefined) return { unmatched: row.billNumber ? 'RECON_BILL_UNKNOWN' : 'RECON_NPP_UNKNOWN', agreementId: null, billIds: [] };
  const month = bills.filter((b) => b.agreementId === agreementId && b.month === row.month);
  if (!month.length) return { unmatched: 'RECON_NO_BILL_IN_MONTH', agreementId, billIds: [] };
  return { target: { key: `pks:${agreementId}:${row.month}`, agreementId, billIds: month.map((b) => b.id), expected: month.reduce((s, b) => s + b.paid, 0) } };
}

export function matchReceipts(rows: readonly ReceiptRow[], bills: readonly CandidateBill[], pks: readonly CandidatePks[]): ReceiptMatch[] {
  const byNumber = new Map(bills.map((b) => [receiptKey(b.number), b]));
  const byNpp = new Map(pks.flatMap((p) => (p.npp ? [[receiptKey(p.npp), p.agreementId] as const] : [])));
  const seen = new Set<string>();
  const resolved = rows.map((row): { row: ReceiptRow; r: Resolved | { invalid: ReceiptReason } } => {
    if (row.problem) return { row, r: { invalid: row.problem } };
    const identity = [receiptKey(row.billNumber ?? ''), receiptKey(row.npp ?? ''), row.month, row.amount, row.receivedOn].join('|');
    if (seen.has(identity)) return { row, r: { invalid: 'RECON_DUPLICATE_ROW' } };
    seen.add(identity);
    return { row, r: resolve(row, byNumber, byNpp, bills) };
  });
  const received = new Map<string, number>();
  for (const { row, r } of resolved) if ('target' in r) received.set(r.target.key, (received.get(r.target.key) ?? 0) + row.amount!);
  return resolved.map(({ row, r }): ReceiptMatch => {
    const none = { expected: null, receivedTotal: null, difference: null };
    if ('invalid' in r) return { row, status: 'tidak-valid', reason: r.invalid, agreementId: null, billIds: [], ...none };
    if ('unmatched' in r) return { row, status: 'tidak-cocok', reason: r.unmatched, agreementId: r.agreementId, billIds: r.billIds, ...none };
    const total = received.get(r.target.key)!;
    const same = total === r.target.expected;
    return {
      row, status: same ? 'cocok' : 'selisih', reason: same ? null : 'RECON_AMOUNT_DIFFERS', agreementId: r.target.agreementId, billIds: r.target.billIds,
      expected: r.target.expected, receivedTotal: total, difference: total - r.target.expected,
    };
  });
}

export interface ReceiptCounts { rows: number; matched: number; amountDiffers: number; unmatched: number; invalid: number }

export function countReceipts(matches: readonly ReceiptMatch[]): ReceiptCounts {
  const n = (s: ReceiptStatus) => matches.filter((m) => m.status === s).length;
  return { rows: matches.length, matched: n('cocok'), amountDiffers: n('selisih'), unmatched: n('tidak-cocok'), invalid: n('tidak-valid') };
}
