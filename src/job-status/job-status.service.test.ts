/**
 * The job runner on a real PostgreSQL: a job whose work runs one long silent statement (an approval's
 * INSERT of two million rows, or its wait for another approval) must not look like a job whose process
 * died — the heartbeat keeps its row fresh — while a silent row is still reported JOB_INTERRUPTED.
 */
import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { useTestDb } from '../../test/support/db';
import { contextOf, TENANT } from '../../test/support/imports';
import { getJob, startJob } from './job-status.service';

const db = useTestDb();
let dinas: RequestContext;

beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  dinas = await contextOf(db(), 'dinas');
});
afterEach(() => { vi.useRealTimers(); });

/** A job whose work reports nothing until finish() — one long statement, as far as the runner can tell. */
async function silentJob() {
  let finish!: () => void;
  const job = await startJob(db(), dinas, { tenantCode: TENANT, kind: 'test' }, () => new Promise<object>((resolve) => { finish = () => resolve({ ok: 1 }); }));
  return { job, finish };
}
const statusOf = async (id: number) => (await getJob(db(), dinas, TENANT, id, 'en')).status;
const silentFor = (id: number, minutes: number) => sql`UPDATE job SET updated_at = now() - make_interval(mins => ${minutes}) WHERE id = ${id}`.execute(db());

describe('job heartbeat', () => {
  it('keeps a live job running through a long silence', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { job, finish } = await silentJob();
    await silentFor(job.id, 10);
    expect(await statusOf(job.id)).toBe('failed'); // what a silent row looks like to a poller
    vi.advanceTimersByTime(30_000); // the heartbeat touches the row
    await expect.poll(() => statusOf(job.id)).toBe('running');
    finish();
    await job.done;
    expect(await getJob(db(), dinas, TENANT, job.id, 'en')).toMatchObject({ status: 'succeeded', result: { ok: 1 } });
  });

  it('reports a job interrupted once its row has been silent too long', async () => {
    const { job, finish } = await silentJob();
    await silentFor(job.id, 10);
    expect(await getJob(db(), dinas, TENANT, job.id, 'en')).toMatchObject({ status: 'failed', error: { code: 'JOB_INTERRUPTED' } });
    finish();
    await job.done;
  });
});
