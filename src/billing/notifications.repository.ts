/** SQL on `billing_notification` (migration 0015): the Dinas's in-app due-date reminders. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { NotificationKind } from '../db/schema';

/** Tenants that have bills (the reminder job visits each). */
export const tenantsWithBills = (db: Db) =>
  db.selectFrom('bill').select('tenant_code').distinct().execute().then((rows) => rows.map((r) => r.tenant_code));

/** One notification per bill and kind: a reminder already given is not given again (ON CONFLICT). */
export async function insertNew(tx: Db, tenantCode: string, rows: { kind: NotificationKind; billId: number; number: string; dueOn: string; outstanding: number }[]) {
  if (!rows.length) return [];
  const r = await sql<{ id: number; kind: NotificationKind; bill_number: string; due_on: string; outstanding: number }>`
    INSERT INTO billing_notification (tenant_code, kind, bill_id, bill_number, due_on, outstanding)
    SELECT ${tenantCode}, n.kind, n.bill_id, n.bill_number, n.due_on, n.outstanding
    FROM unnest(${rows.map((x) => x.kind)}::text[], ${rows.map((x) => x.billId)}::bigint[], ${rows.map((x) => x.number)}::text[],
                ${rows.map((x) => x.dueOn)}::date[], ${rows.map((x) => x.outstanding)}::bigint[]) AS n(kind, bill_id, bill_number, due_on, outstanding)
    ON CONFLICT (tenant_code, bill_id, kind) DO NOTHING
    RETURNING id, kind, bill_number, due_on::text, outstanding`.execute(tx);
  return r.rows;
}

export const listNotifications = (db: Db, tenantCode: string, unreadOnly: boolean) => {
  let q = db.selectFrom('billing_notification').selectAll().where('tenant_code', '=', tenantCode);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('id', 'desc').limit(200).execute();
};

export const markRead = (tx: Db, tenantCode: string, id: number, username: string | null) =>
  tx.updateTable('billing_notification').set({ read_at: sql`coalesce(read_at, now())`, read_by_username: sql`coalesce(read_by_username, ${username})` })
    .where('tenant_code', '=', tenantCode).where('id', '=', id).returningAll().executeTakeFirst();
