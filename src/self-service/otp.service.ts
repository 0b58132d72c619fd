/**
 * One-time codes for the coverage check's third factor (issue #15): six digits sent to the registry's
 * phone number, kept only as a keyed digest, valid 10 minutes, used once, dead after 3 wrong tries.
 * Issuing never says whether the NIK is known or has a phone (the route answers 202 either way).
 */
import { randomInt } from 'node:crypto';
import type { Db } from '../db/database';
import { keyedDigest, sameDigest } from './public-secret';
import * as repo from './self-service-code.repository';

export const CODE_MINUTES = 10;
export const CODE_ATTEMPTS = 3;

const codeDigest = (dataDir: string, nikDigest: string, code: string) => keyedDigest(dataDir, 'otp', `${nikDigest}:${code}`);

/** A fresh code for the NIK (replacing any earlier one), to be sent by the caller. */
export async function issueCode(db: Db, dataDir: string, nikDigest: string, now: Date): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  // data minimisation: codes dead for a day say nothing worth keeping (the table stays a few rows)
  await repo.purgeDeadCodes(db, new Date(now.getTime() - 24 * 60 * 60_000));
  await repo.saveCode(db, nikDigest, codeDigest(dataDir, nikDigest, code), new Date(now.getTime() + CODE_MINUTES * 60_000));
  return code;
}

/**
 * Whether `code` is the NIK's live code; a right code is used up, every try counts towards the limit.
 * Without a code on file the same digest work is done against a dummy, so that path costs the same.
 */
export function redeemCode(db: Db, dataDir: string, nikDigest: string, code: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const row = await repo.lockCode(tx, nikDigest);
    const offered = codeDigest(dataDir, nikDigest, code);
    const matches = sameDigest(offered, row?.code_digest ?? keyedDigest(dataDir, 'otp', 'dummy'));
    if (!row) return false;
    const live = row.used_at === null && row.expires_at.getTime() > now.getTime() && row.attempts < CODE_ATTEMPTS;
    const accepted = live && matches;
    await repo.countAttempt(tx, nikDigest, accepted ? now : null);
    return accepted;
  });
}
