/**
 * The tamper-evident audit log: entry n's hash is SHA-256(hash of entry n-1 ‖ digest of entry n's
 * content), the first one chained to 32 zero bytes. Editing or deleting an entry in SQL breaks the chain
 * there, and `verifyAuditChain` names the first entry whose link no longer holds.
 *
 * Writers stay cheap: recordAudit inserts as before and never waits for another transaction (a chain link
 * taken inside the writing transaction would hold every other auditing transaction until it commits — an
 * 18-second approval would stall every login). Instead `sealAuditChain` links the entries already
 * committed, in id order, under an advisory lock; an entry committed late (a lower id from a longer
 * transaction) simply takes a later place. The server seals every few seconds; verification seals first.
 * Not detected: removing the newest entries, or rewriting the whole chain — anchor the head hash outside
 * the database for that.
 */
import { createHash } from 'node:crypto';
import type { RequestContext } from '../auth/actor';
import { requirePermission } from '../auth/scope.service';
import type { Db } from '../db/database';
import * as chain from './audit-chain.repository';

const GENESIS: Buffer = Buffer.alloc(32);
const PAGE = 10_000;

const link = (previous: Buffer, digest: Buffer) => createHash('sha256').update(previous).update(digest).digest();

/** Links every committed, unlinked entry; answers how many were linked. */
export async function sealAuditChain(db: Db): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await db.transaction().execute(async (tx) => {
      await chain.lockChain(tx);
      const head = await chain.chainHead(tx);
      const pending = await chain.unsealed(tx, PAGE);
      if (pending.length === 0) return 0;
      let seq = head?.seq ?? 0;
      let hash: Buffer = head?.hash ?? GENESIS;
      const links = pending.map((e) => {
        hash = link(hash, e.digest);
        return { id: e.id, seq: ++seq, hash };
      });
      await chain.sealEntries(tx, links);
      return links.length;
    });
    sealed += n;
    if (n < PAGE) return sealed;
  }
}

export interface ChainCheck { entries: number; ok: boolean; firstBadId: number | null }

/**
 * Seals what is pending, then walks the whole chain: an entry is bad when its place does not follow the
 * previous one (an entry before it was deleted) or its stored hash is not what its content gives now.
 */
export async function verifyAuditChain(db: Db, ctx: RequestContext): Promise<ChainCheck> {
  requirePermission(ctx.actor, 'audit:read');
  await sealAuditChain(db);
  let entries = 0;
  let seq = 0;
  let hash: Buffer = GENESIS;
  for (;;) {
    const page = await chain.chainPage(db, seq, PAGE);
    for (const e of page) {
      const expected = link(hash, e.digest);
      if (e.seq !== seq + 1 || !e.hash || !expected.equals(e.hash)) return { entries: entries + 1, ok: false, firstBadId: e.id };
      [seq, hash] = [e.seq, e.hash];
      entries++;
    }
    if (page.length < PAGE) return { entries, ok: true, firstBadId: null };
  }
}
