/** Opens the configured database for one CLI command and always closes it again. */
import { cliContext, type RequestContext } from '../auth/actor';
import { openSystem } from '../bootstrap/open-system';
import { loadConfig } from '../config/config';
import type { Db } from '../db/database';
import { stopQueue } from '../jobs/queue';
import { log } from './output';

export async function withSystem<T>(body: (db: Db, ctx: RequestContext) => Promise<T>): Promise<T> {
  const system = await openSystem(loadConfig(), log);
  try {
    return await body(system.db, cliContext());
  } finally {
    await stopQueue(system.db); // a command that waited for a job ran the queue here
    await system.close();
  }
}
