/**
 * The server keeps the reports roll-up fresh: every few seconds it rebuilds the regencies whose
 * participations changed (or whose day moved on) — so a dashboard lags a change by at most one interval
 * plus one regency's rebuild (tens of milliseconds). A failed run is logged and tried again at the next
 * tick; the timer is unref'd and the last run is awaited when the app closes.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock/clock';
import type { Db } from '../db/database';
import { refreshReports } from './report-refresh.service';

export const REPORT_REFRESH_EVERY_MS = 10_000;

export function scheduleReportRefresh(app: FastifyInstance, db: Db, clock: Clock, everyMs = REPORT_REFRESH_EVERY_MS): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const runOnce = () => {
    running ??= refreshReports(db, clock)
      .then(() => undefined, (err: unknown) => { app.log.error({ err }, 'refreshing the reports roll-up failed'); })
      .finally(() => { running = undefined; });
    return running;
  };
  app.addHook('onReady', async () => {
    void runOnce();
    timer = setInterval(runOnce, everyMs).unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
