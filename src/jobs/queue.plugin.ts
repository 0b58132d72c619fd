/**
 * The queue in the server process: `buildApp` attaches it. With schedules (`lindung serve`) it starts when
 * the app is ready, runs the declared schedules (src/jobs/schedules.ts) and takes back jobs a crash cut
 * off; otherwise (test apps) it starts with the first job. Closing the app stops it, after the jobs in hand.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock/clock';
import type { Config } from '../config/config';
import type { Db } from '../db/database';
import { configureQueue, ensureQueue, stopQueue } from './queue';
import { SCHEDULES } from './schedules';

export function attachJobQueue(app: FastifyInstance, db: Db, opts: { config: Config; runsSchedules: boolean; clock: Clock }): void {
  configureQueue(db, { log: app.log, clock: opts.clock, schedules: opts.runsSchedules ? { list: SCHEDULES, config: opts.config } : undefined });
  // a queue this process already runs for the database (a CLI step, a test) has no schedules: restart it with them
  if (opts.runsSchedules) app.addHook('onReady', async () => { await stopQueue(db); await ensureQueue(db); });
  app.addHook('onClose', async () => { await stopQueue(db); });
}
