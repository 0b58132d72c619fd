/**
 * The installation's self-service secret (32 random bytes in `<dataDir>/keys/self-service.key`, 0600,
 * made on first use, never in the database): the key of the HMAC that turns a NIK into the digest the
 * throttle, the one-time codes and the audit log keep. A NIK has far too few possible values for a plain
 * hash to hide it; without the key a leaked dump cannot be turned back into NIKs.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const cache = new Map<string, Buffer>();

function secretOf(dataDir: string): Buffer {
  const known = cache.get(dataDir);
  if (known) return known;
  const file = path.join(dataDir, 'keys', 'self-service.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // another process made it first: use theirs
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const secret = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  cache.set(dataDir, secret);
  return secret;
}

/** HMAC-SHA256 of `value` under the installation's secret, as hex; `purpose` keeps digests of different things apart. */
export function keyedDigest(dataDir: string, purpose: string, value: string): string {
  return createHmac('sha256', secretOf(dataDir)).update(`${purpose}\0${value}`).digest('hex');
}

/** Equal digests, compared in constant time (both are fixed-length hex). */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
