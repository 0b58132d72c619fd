/**
 * The token in a card's QR code: `<payload>.<signature>`, both base64url. The payload is compact JSON
 * {k: key id, t: tenant code, p: participation id, i: issued day} so the whole link fits a small QR
 * (about 150 characters); the signature is Ed25519 over the payload bytes. The token carries no personal
 * data: it only names a participation, whose status is looked up live when the link is opened.
 */
import { sign, verify } from 'node:crypto';
import type { KeyRing } from './card-keys';

export interface CardClaims { kid: string; tenantCode: string; participationId: number; issuedOn: string }

export type TokenCheck = { ok: true; claims: CardClaims } | { ok: false; reason: 'malformed' | 'unknown-key' | 'bad-signature' };

const b64 = (b: Buffer) => b.toString('base64url');

export function signCardToken(ring: KeyRing, claims: Omit<CardClaims, 'kid'>): string {
  const payload = Buffer.from(JSON.stringify({ k: ring.active.kid, t: claims.tenantCode, p: claims.participationId, i: claims.issuedOn }));
  return `${b64(payload)}.${b64(sign(null, payload, ring.active.privateKey))}`;
}

function parsePayload(bytes: Buffer): CardClaims | null {
  try {
    const raw = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    const { k, t, p, i } = raw;
    if (typeof k !== 'string' || typeof t !== 'string' || !/^\d{2}\.\d{2}$/.test(t)) return null;
    if (typeof p !== 'number' || !Number.isSafeInteger(p) || p <= 0) return null;
    if (typeof i !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(i)) return null;
    return { kid: k, tenantCode: t, participationId: p, issuedOn: i };
  } catch {
    return null;
  }
}

/** Checks shape, key and signature — never the participation (that is the live status, elsewhere). */
export function verifyCardToken(ring: KeyRing, token: string): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts.every((s) => /^[A-Za-z0-9_-]+$/.test(s)) || token.length > 400) return { ok: false, reason: 'malformed' };
  const payload = Buffer.from(parts[0]!, 'base64url');
  const claims = parsePayload(payload);
  if (!claims) return { ok: false, reason: 'malformed' };
  const key = ring.publicKeys.get(claims.kid);
  if (!key) return { ok: false, reason: 'unknown-key' };
  const signature = Buffer.from(parts[1]!, 'base64url');
  if (signature.length !== 64 || !verify(null, payload, key, signature)) return { ok: false, reason: 'bad-signature' };
  return { ok: true, claims };
}
