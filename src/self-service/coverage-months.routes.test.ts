/**
 * The months paid in a coverage answer come from billing (issue #15 §1): the demo's 2025 PKS is paid in
 * full January–November and December is short by Rp 5,897,856, so a demo participant sees eleven months
 * paid — and December once the missing amount is recorded.
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
  // a participant of the whole year (the demo's first non-ASN died on 2025-06-10)
  const pa = await db.selectFrom('participation').select(['nik', 'kpj', 'agreement_id']).where('tenant_code', '=', '53.16').where('kpj', 'is not', null)
    .where('ended_on', 'is', null).orderBy('id').executeTakeFirstOrThrow();
  const ask = () => env.app.inject({ method: 'POST', url: '/api/v1/public/coverage', payload: { nik: pa.nik, kpj: pa.kpj }, headers: CSRF, remoteAddress: '10.3.0.1' });
  const janToNov = Array.from({ length: 11 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
  expect((await ask()).json()).toMatchObject({ found: true, status: 'aktif', monthsPaid: janToNov });
  // December's two bills are short by 1,505,897,856 − 1,500,000,000 (the demo's SP2D); one SP2D settles them
  await recordPayment(db, dinasCtx('53.16'), '53.16', pa.agreement_id, { sp2dNumber: 'SP2D/TEST/2025/12', paidOn: '2025-03-10', amount: 5_897_856 }, '2025-03-15');
  expect((await ask()).json()).toMatchObject({ found: true, monthsPaid: [...janToNov, '2025-12'] });
}, 60_000);
