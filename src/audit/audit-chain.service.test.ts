/**
 * The tamper-evident audit log (issue #16 item 16): every entry is chained to the one before by a SHA-256
 * hash, so editing or deleting one row in SQL breaks the chain at that row. Two transactions auditing at
 * once (committing in the other order than their ids) still give one consistent chain.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { useTestDb } from '../../test/support/db';
import { holdInTransaction } from '../../test/support/imports';
import { recordAudit } from './audit.service';
import { sealAuditChain, verifyAuditChain } from './audit-chain.service';

const db = useTestDb();
const ctx = cliContext();
const audit = (n: number, tx = db()) => recordAudit(tx, ctx, { action: 'logout', entity: 'test', entityId: n, details: { n, text: `entry ${n}` } });

describe('the audit chain', () => {
  it('verifies an untouched log, entries written before and after a sealing alike', async () => {
    for (let i = 0; i < 5; i++) await audit(i);
    await sealAuditChain(db());
    for (let i = 5; i < 8; i++) await audit(i);
    const checked = await verifyAuditChain(db(), ctx);
    expect(Object.keys(checked).sort()).toEqual(['entries', 'firstBadId', 'ok']);
    expect(checked).toEqual({ entries: 8, ok: true, firstBadId: null });
  });

  it('stays consistent when two transactions audit at once and commit out of id order', async () => {
    // the first transaction takes the lower id, then waits; the second audits and commits first
    const releaseFirst = await holdInTransaction(db(), async (tx) => { await audit(100, tx); });
    await db().transaction().execute(async (tx) => { await audit(101, tx); await audit(102, tx); });
    // a sealing in between sees only what was committed: the first transaction's entry comes later
    await sealAuditChain(db());
    await releaseFirst();
    // many writers and two sealers at the same time
    await Promise.all([...Array.from({ length: 40 }, (_, i) => audit(200 + i)), sealAuditChain(db()), sealAuditChain(db())]);
    const checked = await verifyAuditChain(db(), ctx);
    expect(checked).toEqual({ entries: 8 + 3 + 40, ok: true, firstBadId: null });
  });

  it('finds a row edited in SQL, and a row deleted in SQL', async () => {
    await sealAuditChain(db());
    const [victim, next] = (await sql<{ id: number }>`SELECT id FROM audit_log ORDER BY chain_seq LIMIT 2 OFFSET 3`.execute(db())).rows.map((r) => Number(r.id));
    await sql`UPDATE audit_log SET details = jsonb_set(details, '{text}', '"rewritten"') WHERE id = ${victim}`.execute(db());
    expect(await verifyAuditChain(db(), ctx)).toMatchObject({ ok: false, firstBadId: victim });
    // put it back: the chain is whole again
    await sql`UPDATE audit_log SET details = jsonb_set(details, '{text}', '"entry 3"') WHERE id = ${victim}`.execute(db());
    expect(await verifyAuditChain(db(), ctx)).toMatchObject({ ok: true, firstBadId: null });
    await sql`DELETE FROM audit_log WHERE id = ${victim}`.execute(db());
    expect(await verifyAuditChain(db(), ctx)).toMatchObject({ ok: false, firstBadId: next });
  });

  it('is read by those who may read the audit log only', async () => {
    await expect(verifyAuditChain(db(), { ...ctx, actor: { ...ctx.actor, role: 'opd' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
