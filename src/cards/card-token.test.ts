/** The card token and its key ring: forged, tampered, rotated and retired keys (issue #11, deliverable 9). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardKeyRing, retireCardKey, rotateCardKey } from './card-keys';
import { signCardToken, verifyCardToken } from './card-token';

const dirs: string[] = [];
const freshDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-cards-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

const claims = { tenantCode: '53.16', participationId: 4211, issuedOn: '2026-11-30' };

describe('card token', () => {
  it('round-trips the claims under the active key and fits a small QR', () => {
    const ring = cardKeyRing(freshDir());
    const token = signCardToken(ring, claims);
    expect(verifyCardToken(ring, token)).toEqual({ ok: true, claims: { ...claims, kid: ring.active.kid } });
    // a QR of version ≤ 10 (ECC M) holds ~213 bytes: the link with the host must stay well under that
    expect(token.length).toBeLessThan(170);
  });

  it('stores the private key with owner-only permissions and creates it once', () => {
    const dir = freshDir();
    const ring = cardKeyRing(dir);
    const file = path.join(dir, 'keys', `card-signing-${ring.active.kid}.pem`);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(cardKeyRing(dir).active.kid).toBe(ring.active.kid);
  });

  it('refuses a token whose payload was changed (another participation id)', () => {
    const ring = cardKeyRing(freshDir());
    const [, signature] = signCardToken(ring, claims).split('.');
    const payload = Buffer.from(JSON.stringify({ k: ring.active.kid, t: '53.16', p: 4212, i: '2026-11-30' })).toString('base64url');
    expect(verifyCardToken(ring, `${payload}.${signature}`)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a token signed by another installation’s key with the same key id', () => {
    const ours = cardKeyRing(freshDir());
    const theirs = cardKeyRing(freshDir());
    // the forger copies our kid into a payload signed with their own key
    const forged = signCardToken({ ...theirs, active: { ...theirs.active, kid: ours.active.kid } }, claims);
    expect(verifyCardToken(ours, forged)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyCardToken(ours, signCardToken(theirs, claims))).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it.each([
    ['empty', ''], ['no signature', 'abc'], ['three parts', 'a.b.c'], ['not base64url', 'ab+c.de/f'],
    ['payload not JSON', `${Buffer.from('hello').toString('base64url')}.${'A'.repeat(86)}`],
    ['tenant code malformed', `${Buffer.from(JSON.stringify({ k: 'x', t: '5316', p: 1, i: '2026-01-01' })).toString('base64url')}.${'A'.repeat(86)}`],
    ['too long', `${'A'.repeat(300)}.${'A'.repeat(200)}`],
  ])('calls a %s token malformed', (_what, token) => {
    expect(verifyCardToken(cardKeyRing(freshDir()), token)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('after rotation the new key signs and cards of the old key still verify, until the old key is retired', () => {
    const dir = freshDir();
    const before = cardKeyRing(dir);
    const oldToken = signCardToken(before, claims);
    const rotated = rotateCardKey(dir);
    const ring = cardKeyRing(dir);
    expect(ring.active.kid).toBe(rotated.kid);
    expect(rotated.kid).not.toBe(before.active.kid);
    expect(verifyCardToken(ring, oldToken).ok).toBe(true);
    expect(verifyCardToken(ring, signCardToken(ring, claims))).toMatchObject({ ok: true, claims: { kid: rotated.kid } });

    // the active key cannot be retired (every new card would be born invalid)
    expect(retireCardKey(dir, rotated.kid)).toBeNull();
    expect(retireCardKey(dir, before.active.kid)?.retiredAt).not.toBeNull();
    expect(verifyCardToken(cardKeyRing(dir), oldToken)).toEqual({ ok: false, reason: 'unknown-key' });
  });
});
