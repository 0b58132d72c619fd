/**
 * The server links new audit entries into the hash chain (src/audit/audit-chain.service.ts) every few
 * seconds, so an entry is open to an undetected edit only for that long; once more when the app closes.
 * A failed run is logged and tried again; it never takes the server down. The timer is unref'd.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database';
import { sealAuditChain } from '../audit/audit-chain.service';

export const AUDIT_SEAL_EVERY_MS = 5_000;

export function scheduleAuditSeal(app: FastifyInstance, db: Db, everyMs = AUDIT_SEAL_EVERY_MS): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const runOnce = () => {
    if (running) return running;
    running = sealAuditChain(db)
      .then(() => undefined, (err: unknown) => { app.log.error({ err }, 'sealing the audit chain failed'); })
      .finally(() => { running = undefined; });
    return running;
  };
  app.addHook('onReady', async () => {
    timer = setInterval(runOnce, everyMs).unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
    await runOnce();
  });
}
