/**
 * Password hashing with argon2id (OWASP parameters) and the password policy: at least 10 characters,
 * not built on the username, strong by the estimator (password-strength.ts, Indonesian dictionary), and
 * never the password the account has now (checked by the caller, which holds the hash).
 */
import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '../domain/errors';
import './auth.messages';
import { MIN_STRENGTH_SCORE, passwordScore } from './password-strength';

const OPTIONS = { algorithm: 2 /* Argon2id (a const enum the package does not export at runtime) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anybody knows: verified against when the username is unknown, so timing reveals nothing. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword('decoy-password-nobody-has'));

export async function assertPasswordPolicy(password: string, account: { username: string; displayName?: string }, field = 'newPassword'): Promise<void> {
  if (password.length < 10) throw new DomainError('PASSWORD_TOO_SHORT', 'invalid', { field, min: 10 });
  if (password.toLowerCase().includes(account.username.toLowerCase()))
    throw new DomainError('PASSWORD_CONTAINS_USERNAME', 'invalid', { field });
  if (await passwordScore(password, [account.username, account.displayName ?? '']) < MIN_STRENGTH_SCORE)
    throw new DomainError('PASSWORD_TOO_WEAK', 'invalid', { field });
}

/** Refuses a new password equal to the one the account has now (`currentHash`). */
export async function assertNotCurrentPassword(currentHash: string, password: string, field = 'newPassword') {
  if (await verifyPassword(currentHash, password)) throw new DomainError('PASSWORD_REUSED', 'invalid', { field });
}
