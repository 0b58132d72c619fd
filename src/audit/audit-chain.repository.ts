/**
 * SQL of the audit hash chain. An entry's content digest is computed by PostgreSQL from the stored row
 * (a JSON array of its columns; jsonb prints objects in one canonical key order), the same expression
 * when sealing and when verifying, so the digest never depends on how a client reads the row back.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

/** Every field of the entry that a forger could change; `at` as whole microseconds, whatever the TimeZone. */
const DIGEST = sql<Buffer>`sha256(convert_to(jsonb_build_array(id, (extract(epoch FROM at) * 1000000)::bigint, actor_id,
  actor_username, action, entity, entity_id, tenant_code, ip, details)::text, 'UTF8'))`;

/** One sealer at a time, for the rest of the transaction; writers never take it. */
export async function lockChain(tx: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(7206504331)`.execute(tx);
}

export async function chainHead(tx: Db): Promise<{ seq: number; hash: Buffer } | undefined> {
  const { rows } = await sql<{ seq: string; hash: Buffer }>`
    SELECT chain_seq AS seq, chain_hash AS hash FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1`.execute(tx);
  return rows[0] && { seq: Number(rows[0].seq), hash: rows[0].hash };
}

/** Committed entries not yet in the chain, oldest first. */
export async function unsealed(tx: Db, limit: number): Promise<{ id: number; digest: Buffer }[]> {
  const { rows } = await sql<{ id: string; digest: Buffer }>`
    SELECT id, ${DIGEST} AS digest FROM audit_log WHERE chain_seq IS NULL ORDER BY id LIMIT ${limit}`.execute(tx);
  return rows.map((r) => ({ id: Number(r.id), digest: r.digest }));
}

export async function sealEntries(tx: Db, links: { id: number; seq: number; hash: Buffer }[]): Promise<void> {
  await sql`UPDATE audit_log a SET chain_seq = u.seq, chain_hash = u.hash
    FROM unnest(${links.map((l) => l.id)}::bigint[], ${links.map((l) => l.seq)}::bigint[], ${links.map((l) => l.hash)}::bytea[]) AS u(id, seq, hash)
    WHERE a.id = u.id`.execute(tx);
}

/** A page of the chain in order, with each entry's digest recomputed from what is stored now. */
export async function chainPage(db: Db, afterSeq: number, limit: number): Promise<{ id: number; seq: number; hash: Buffer | null; digest: Buffer }[]> {
  const { rows } = await sql<{ id: string; seq: string; hash: Buffer | null; digest: Buffer }>`
    SELECT id, chain_seq AS seq, chain_hash AS hash, ${DIGEST} AS digest FROM audit_log
    WHERE chain_seq > ${afterSeq} ORDER BY chain_seq LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ id: Number(r.id), seq: Number(r.seq), hash: r.hash, digest: r.digest }));
}
