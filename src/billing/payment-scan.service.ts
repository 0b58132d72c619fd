/**
 * Attaching the SP2D scan to a recorded payment (issue #12 item 3): the screens record the payment as JSON,
 * then send the scan as a file; the CLI passes it with the payment (`record --scan`). The scan is checked by
 * its content (payment-scan.ts: PDF/JPEG/PNG, ≤ 10 MB — a renamed file is refused) and stored under its
 * SHA-256. The same scan again changes nothing; another one replaces it, audited with both digests (the
 * payment itself — amount, date, allocation — never changes).
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { storeScan } from './payment-scan';
import { loadPayment } from './payments.service';
import * as repo from './payments.repository';

export async function attachScan(db: Db, ctx: RequestContext, tenantCode: string, id: number, scan: { content: Buffer; name: string }, dataDir: string) {
  const row = await loadPayment(db, ctx, tenantCode, id, 'payments:write');
  const stored = await storeScan(dataDir, row.tenant_code, scan);
  if (stored.sha256 !== row.scan_sha256) {
    await db.transaction().execute(async (tx) => {
      await repo.setScan(tx, row.tenant_code, id, stored);
      await recordAudit(tx, ctx, {
        action: 'payment.scan.attach', entity: 'payment', entityId: id, tenantCode: row.tenant_code,
        details: { ref: row.sp2d_number, sha256: stored.sha256, replaced: row.scan_sha256 },
      });
    });
  }
  return { paymentId: id, scan: { name: stored.sha256 === row.scan_sha256 ? (row.scan_name ?? stored.name) : stored.name, sha256: stored.sha256 } };
}
