/**
 * Approval as a background job on a real PostgreSQL: two approvals of one batch at the same moment
 * register it once (the batch's row lock; the later one answers alreadyApproved), a batch discarded while
 * its approval waited fails the job with IMPORT_NOT_STAGED and registers nothing, and a poller sees the
 * phase the job is in while one long statement runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { formatNik } from '../domain/nik';
import { getJob } from '../job-status/job-status.service';
import { checkerOf, contextOf, holdBatch, holdRegistryWrites, stage, TENANT, tempDir } from '../../test/support/imports';
import { useTestDb } from '../../test/support/db';
import { startApproval } from './import-approval.service';

const db = useTestDb();
let dir: string;
let maker: RequestContext;
let dinas: RequestContext;
let serial = 500;
const NAMES = ['Aloysius', 'Benediktus', 'Kornelis', 'Dominikus', 'Fransiskus', 'Gabriel', 'Hieronimus', 'Ignasius', 'Kristoforus', 'Laurensius', 'Markus'];

beforeAll(async () => {
  await seedDemo(db(), cliContext(), { participants: false });
  maker = await contextOf(db(), 'opd'); // uploads; the dinas officer and the console operator may approve
  dinas = await contextOf(db(), 'dinas');
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Stages `n` new non-ASN staff of the OPD operator's OPD; answers the batch id. */
async function stagedBatch(n: number): Promise<number> {
  const rows = Array.from({ length: n }, () => {
    const day = 1 + (serial % 28); // distinct birth dates and names: no fuzzy candidates among them
    const nik = formatNik({ districtCode: '53.16.07', birthDate: `1991-04-${String(day).padStart(2, '0')}`, sex: 'L', serial: String(serial++).padStart(4, '0') });
    return `${nik};${NAMES[serial % NAMES.length]} ${NAMES[day % NAMES.length]};${String(day).padStart(2, '0')}/04/1991;L;;2455898`;
  });
  const file = path.join(dir, `batch-${serial}.csv`);
  fs.writeFileSync(file, ['NIK;Nama;Tgl Lahir;JK;Unit Kerja;Gaji', ...rows].join('\n'));
  const { summary } = await stage(db(), maker, file);
  expect(summary.accepted).toBe(n);
  return summary.batchId!;
}

const count = async (table: 'person' | 'membership') =>
  Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const approvalAudits = async (id: number) =>
  (await db().selectFrom('audit_log').select('id').where('action', '=', 'import.approve').where('entity_id', '=', String(id)).execute()).length;
const jobOf = (id: number) => getJob(db(), dinas, TENANT, id, 'id');

/** Both approvals pass the synchronous checks while the batch is still staged, so both start a job. */
async function startTwo(id: number) {
  const [a, b] = await Promise.all([startApproval(db(), dinas, TENANT, id), startApproval(db(), checkerOf(), TENANT, id)]);
  if (!('id' in a) || !('id' in b)) throw new Error('both approvals should have started a job');
  return [a, b] as const;
}

describe('approval as a job', () => {
  it('registers a batch once when two officers approve it at the same moment', async () => {
    const id = await stagedBatch(3);
    const persons = await count('person');
    // hold the batch as a slower approval would, so both jobs are running before either takes the lock
    const release = await holdBatch(db(), id);
    const [a, b] = await startTwo(id);
    expect(a.id).not.toBe(b.id);
    await expect.poll(async () => [(await jobOf(a.id)).phase, (await jobOf(b.id)).phase]).toEqual(['waiting', 'waiting']);
    await release();
    const results = await Promise.all([a.done, b.done]);
    expect(results.map((r) => r.alreadyApproved).sort()).toEqual([false, true]);
    // the later one answers with what the first registered
    expect(results.map((r) => r.registered)).toEqual([results[0]!.registered, results[0]!.registered]);
    expect(results[0]!.registered).toMatchObject({ persons: 3, memberships: 3 });
    expect(await count('person')).toBe(persons + 3);
    expect(await approvalAudits(id)).toBe(1);
    expect([(await jobOf(a.id)).status, (await jobOf(b.id)).status]).toEqual(['succeeded', 'succeeded']);
  });

  it('fails the job with IMPORT_NOT_STAGED when the batch was discarded while the approval waited', async () => {
    const id = await stagedBatch(2);
    const persons = await count('person');
    const release = await holdBatch(db(), id, (tx) => tx.updateTable('import_batch').set({ status: 'discarded' }).where('id', '=', id).execute());
    const started = await startApproval(db(), dinas, TENANT, id);
    if (!('id' in started)) throw new Error('the approval should have started a job');
    await release();
    await expect(started.done).rejects.toMatchObject({ code: 'IMPORT_NOT_STAGED' });
    expect(await jobOf(started.id)).toMatchObject({ kind: 'approve', status: 'failed', error: { code: 'IMPORT_NOT_STAGED', message: expect.stringMatching(/^Batch impor ini sudah/) } });
    expect(await count('person')).toBe(persons);
    expect(await approvalAudits(id)).toBe(0);
  });

  it('shows the phase it is in while the registry insert runs, then 100% and done', async () => {
    const id = await stagedBatch(2);
    const release = await holdRegistryWrites(db());
    const started = await startApproval(db(), dinas, TENANT, id);
    if (!('id' in started)) throw new Error('the approval should have started a job');
    // the phase changed less than half a second after the first report: it is written all the same
    await expect.poll(async () => (await jobOf(started.id)).phase).toBe('registering');
    expect(await jobOf(started.id)).toMatchObject({ status: 'running', percent: 15, total: 2 });
    await release();
    await started.done;
    expect(await jobOf(started.id)).toMatchObject({ status: 'succeeded', phase: 'done', percent: 100, result: { alreadyApproved: false, registered: { persons: 2 } } });
  });
});
