/**
 * Recovery in-process: a job left "running" by a runner whose process died (its liveness lock is free) is
 * taken back when a queue starts and runs again; one that has already been cut off MAX_RUNS times fails
 * with JOB_INTERRUPTED, translated, and changes nothing.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { useTestDb } from '../../test/support/db';
import { checkerOf, contextOf, holdInTransaction, stage, TENANT } from '../../test/support/imports';
import '../imports/imports.service'; // registers the import tasks
import { getJob } from './jobs.service';
import { ensureQueue, MAX_RUNS, stopQueue, type TrackedPayload } from './queue';

const db = useTestDb();
const SAMPLE = new URL('../../test/fixtures/imports/non-asn-sample.csv', import.meta.url).pathname;

beforeAll(async () => { await seedDemo(db(), cliContext(), { participants: false }); });

/** An approval job as a killed server leaves it: row running, claimed by a dead runner, locked in the queue. */
let batches = 0;
async function orphanedApproval(attempts: number, runner = 'dead-runner') {
  // a batch of its own each time: the same file for another OPD is another batch
  const opds = await db().selectFrom('opd').select('id').where('tenant_code', '=', TENANT).orderBy('id').execute();
  const batchId = (await stage(db(), await contextOf(db(), 'dinas'), SAMPLE, { opdId: opds[batches++]!.id })).summary.batchId!;
  expect(await statusOf(batchId)).toBe('staged');
  const { id } = await db().insertInto('job').values({ tenant_code: TENANT, kind: 'import.approve', phase: 'registering', runner_id: runner, worker_id: 'worker-dead', attempts })
    .returning('id').executeTakeFirstOrThrow();
  const payload: TrackedPayload = { jobId: id, tenantCode: TENANT, ctx: checkerOf(), input: { batchId, staged: 1 } };
  await sql`SELECT graphile_worker.add_job('import.approve', ${JSON.stringify(payload)}::json, max_attempts => 10)`.execute(db());
  await sql`UPDATE graphile_worker._private_jobs SET locked_by = 'worker-dead', locked_at = now(), attempts = ${attempts}`.execute(db());
  return { id, batchId };
}

const statusOf = async (batchId: number) => (await db().selectFrom('import_batch').select('status').where('id', '=', batchId).executeTakeFirstOrThrow()).status;

describe('recovery of jobs cut off by a crash', () => {
  it('runs a job of a dead runner again when a queue starts', async () => {
    const { id, batchId } = await orphanedApproval(1);
    await ensureQueue(db());
    await expect.poll(async () => (await getJob(db(), checkerOf(), TENANT, id, 'en')).status, { timeout: 15_000 }).toBe('succeeded');
    expect(await db().selectFrom('job').select(['attempts', 'runner_id']).where('id', '=', id).executeTakeFirstOrThrow()).toMatchObject({ attempts: 2, runner_id: expect.not.stringMatching('dead-runner') });
    expect(await statusOf(batchId)).toBe('approved');
    await stopQueue(db());
  });

  it(`fails a job cut off ${MAX_RUNS} times with a translated reason, and changes nothing`, async () => {
    const { id, batchId } = await orphanedApproval(MAX_RUNS);
    await ensureQueue(db());
    await expect.poll(async () => (await getJob(db(), checkerOf(), TENANT, id, 'en')).status, { timeout: 15_000 }).toBe('failed');
    expect(await getJob(db(), checkerOf(), TENANT, id, 'id')).toMatchObject({ error: { code: 'JOB_INTERRUPTED', message: expect.stringMatching(/^Proses terhenti/) } });
    expect(await statusOf(batchId)).toBe('staged');
    // the queue let go of it: nothing left to run
    const left = await sql<{ n: number }>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs`.execute(db());
    expect(left.rows[0]!.n).toBe(0);
    await stopQueue(db());
  });

  it('leaves alone a job whose runner is alive (another process holding its lock)', async () => {
    const alive = await holdInTransaction(db(), (tx) => sql`SELECT pg_advisory_xact_lock(hashtextextended('lindung.runner:alive-runner', 0))`.execute(tx));
    const { id } = await orphanedApproval(1, 'alive-runner');
    const queue = await ensureQueue(db());
    expect(await queue.sweep()).toBe(0);
    expect(await db().selectFrom('job').select(['status', 'runner_id']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ status: 'running', runner_id: 'alive-runner' });
    await alive(); // that process ends
    expect(await queue.sweep()).toBe(1);
    await expect.poll(async () => (await getJob(db(), checkerOf(), TENANT, id, 'en')).status, { timeout: 15_000 }).toBe('succeeded');
    await stopQueue(db());
  });
});
