/**
 * The server's retention purge of staged import rows (src/imports/import-retention.service.ts): once when
 * the server is ready, then every 24 hours. A failure is logged and tried again at the next run; it never
 * takes the server down. The timer is unref'd, so it never keeps a process alive, and is stopped when the
 * app closes — which also waits for a run in flight, so the database is not closed under it.
 */
import type { FastifyInstance } from 'fastify';
import { cliContext, type RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { purgeImportRows } from '../imports/import-retention.service';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The server acting on its own: an installation admin without an account, "system" in the audit log. */
const systemContext = (): RequestContext => ({ actor: { ...cliContext().actor, username: 'system' }, ip: null });

export function scheduleImportPurge(app: FastifyInstance, db: Db, opts: { olderThanDays: number; everyMs?: number }): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const runOnce = () => {
    if (running) return; // still purging after a whole interval: let it finish rather than pile up
    running = purgeImportRows(db, systemContext(), { olderThanDays: opts.olderThanDays })
      .then((purged) => { if (purged.batches > 0) app.log.info({ purged, olderThanDays: opts.olderThanDays }, 'staged import rows purged'); })
      .catch((err: unknown) => { app.log.error({ err }, 'staged import row purge failed'); })
      .finally(() => { running = undefined; });
  };
  app.addHook('onReady', async () => {
    runOnce();
    timer = setInterval(runOnce, opts.everyMs ?? DAY_MS).unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
