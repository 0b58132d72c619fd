/**
 * The months paid in a coverage answer come from billing (issue #15 §1): on the demo's 2025 PKS, after
 * the January SP2D pays January's bills in full, a demo participant checking in March sees January paid
 * — and nothing for the months not yet paid.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordPayment } from '../billing/payments.service';
import { fixedClock } from '../clock/clock';
import { createTestApp } from '../../test/support/server';
import { dinasCtx } from '../../test/support/enrolment';
import { CSRF } from '../../test/support/http';

let env: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  env = await createTestApp({ participants: true, clock: fixedClock('2025-03-15T03:00:00Z') });
}, 180_000);
afterAll(() => env?.close());

it('shows the months whose bills are paid in full this year', async () => {
  const db = env.t.db;
  const pa = await db.selectFrom('participation').select(['nik', 'kpj', 'agreement_id']).where('tenant_code', '=', '53.16').where('kpj', 'is not', null)
    .orderBy('id').executeTakeFirstOrThrow();
  const ask = () => env.app.inject({ method: 'POST', url: '/api/v1/public/coverage', payload: { nik: pa.nik, kpj: pa.kpj }, headers: CSRF, remoteAddress: '10.3.0.1' });
  expect((await ask()).json()).toMatchObject({ found: true, status: 'aktif', monthsPaid: [] });
  // January's 24 bills: 6,311 × 11,808 + 3,034 × 16,800 (CONTRACTS.md demo), paid by one SP2D
  await recordPayment(db, dinasCtx('53.16'), '53.16', pa.agreement_id, { sp2dNumber: 'SP2D/TEST/2025/01', paidOn: '2025-02-10', amount: 125_491_488 }, '2025-03-15');
  expect((await ask()).json()).toMatchObject({ found: true, monthsPaid: ['2025-01'] });
}, 60_000);
