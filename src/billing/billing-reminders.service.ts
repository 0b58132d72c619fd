/**
 * Due-date reminders (issue #12 item 7): a daily task on the job queue (`billing.remind`, src/jobs/
 * schedules.ts) turns every open bill due within 7 days or overdue into an in-app notification for the
 * Dinas — once per bill and kind — and hands each new one to the pluggable sender (a log line by default).
 * The Dinas lists them and marks them read.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { authorizeTenant } from '../auth/scope.service';
import { systemClock, todayIn, type Clock } from '../clock/clock';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { registerTask } from '../jobs/task-registry';
import { openAlerts } from './billing-alerts.service';
import { notificationSender } from './notification-sender';
import * as repo from './notifications.repository';
import './payments.messages';

const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;

/** Creates the notifications not given yet, for every tenant with bills; answers how many are new. */
export async function sendDueReminders(db: Db, clock: Clock = systemClock): Promise<{ created: number }> {
  let created = 0;
  for (const tenantCode of await repo.tenantsWithBills(db)) {
    const alerts = await openAlerts(db, tenantCode, todayIn(clock, tenantCode));
    const fresh = await repo.insertNew(db, tenantCode, alerts.map((a) => ({
      kind: a.code === 'BILL_OVERDUE' ? 'bill-overdue' as const : 'bill-due-soon' as const, billId: a.billId, number: a.number, dueOn: a.dueOn, outstanding: a.outstanding,
    })));
    for (const n of fresh) {
      const text = n.kind === 'bill-overdue'
        ? `Tagihan ${n.bill_number} lewat jatuh tempo ${n.due_on}, kurang ${rp(Number(n.outstanding))}`
        : `Tagihan ${n.bill_number} jatuh tempo ${n.due_on}, kurang ${rp(Number(n.outstanding))}`;
      await notificationSender().send({ tenantCode, kind: n.kind, billNumber: n.bill_number, dueOn: n.due_on, outstanding: Number(n.outstanding), text });
    }
    created += fresh.length;
  }
  return { created };
}

registerTask<Record<string, never>>('billing.remind', async (_payload, run) => sendDueReminders(run.db));

export async function listNotifications(db: Db, ctx: RequestContext, tenantCode: string, unreadOnly: boolean) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'payments:write');
  const rows = await repo.listNotifications(db, tenantCode, unreadOnly);
  return { items: rows.map(toView), unread: rows.filter((r) => r.read_at === null).length };
}

export async function markNotificationRead(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'payments:write');
  return db.transaction().execute(async (tx) => {
    const row = await repo.markRead(tx, tenantCode, id, ctx.actor.username);
    if (!row) throw new DomainError('NOTIFICATION_NOT_FOUND', 'not_found', { id });
    await recordAudit(tx, ctx, { action: 'notification.read', entity: 'billing_notification', entityId: id, tenantCode, details: { ref: id } });
    return toView(row);
  });
}

function toView(r: Awaited<ReturnType<typeof repo.listNotifications>>[number]) {
  return {
    id: r.id, kind: r.kind, billId: r.bill_id, billNumber: r.bill_number, dueOn: r.due_on, outstanding: r.outstanding,
    createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null, readBy: r.read_by_username,
  };
}
