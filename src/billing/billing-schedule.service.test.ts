/** The monthly schedule: declared for the 1st, and its task bills this month for every PKS in force, once. */
import { parseCronItems } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/clock';
import { systemContext } from '../jobs/queue';
import { SCHEDULES } from '../jobs/schedules';
import { taskOf } from '../jobs/task-registry';
import { aParticipant, aPks, aTenant, NAGEKEO } from '../../test/factories';
import { useTestDb } from '../../test/support/db';
import { runMonthEverywhere } from './billing-schedule.service';

const getDb = useTestDb();

describe('billing-run-monthly', () => {
  it('is declared for 06:00 on the 1st of each month, for a registered task', () => {
    const s = SCHEDULES.find((x) => x.id === 'billing-run-monthly');
    expect(s).toMatchObject({ task: 'billing.run-month', cron: '0 6 1 * *' });
    expect(taskOf('billing.run-month')).toBeTypeOf('function');
    expect(() => parseCronItems([{ task: s!.task, match: s!.cron, identifier: s!.id }])).not.toThrow();
  });

  it('bills the month of its day for every PKS in force, as each regency\'s Dinas; a repeated run creates nothing', async () => {
    await aTenant(getDb());
    const pks = await aPks(getDb(), NAGEKEO);
    await aParticipant(getDb(), NAGEKEO, { agreementId: pks.id, groupId: pks.pu, from: '2026-01-01', to: '2026-12-31' });
    const system = { ...systemContext(), clock: fixedClock('2026-03-01T00:00:00Z') };
    const first = await runMonthEverywhere(getDb(), system);
    expect(first.tenants).toEqual([{ tenantCode: NAGEKEO, result: expect.objectContaining({ month: '2026-03', created: 2 }) }]);
    const again = await runMonthEverywhere(getDb(), system);
    expect(again.tenants[0]!.result).toMatchObject({ created: 0, bills: first.tenants[0]!.result!.bills });
    const audit = await getDb().selectFrom('audit_log').select(['actor_username', 'action']).where('action', '=', 'billing.run').execute();
    expect(audit).toEqual([{ actor_username: 'system', action: 'billing.run' }]);
  });
});
