/**
 * The card-signing key ring: Ed25519 key pairs in the data directory (`keys/card-signing-<kid>.pem`,
 * private PKCS#8, mode 0600) and a manifest (`keys/card-signing.json`) saying which key signs now and
 * which are retired. Rotation adds a key that signs from then on; older keys keep verifying the cards
 * already printed until they are retired, after which those cards answer "invalid". Files, not the
 * database: a stolen database dump then cannot forge cards, and one installation's key never signs
 * another's.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface CardKey { kid: string; createdAt: string; retiredAt: string | null }
interface Manifest { active: string; keys: CardKey[] }
export interface KeyRing { active: { kid: string; privateKey: KeyObject }; publicKeys: Map<string, KeyObject>; keys: CardKey[] }

const keysDir = (dataDir: string) => path.join(dataDir, 'keys');
const manifestPath = (dataDir: string) => path.join(keysDir(dataDir), 'card-signing.json');
const keyPath = (dataDir: string, kid: string) => path.join(keysDir(dataDir), `card-signing-${kid}.pem`);

/** kid = first 8 hex digits of the public key's SHA-256: short for the QR, stable, derived not chosen. */
function kidOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 8);
}

function readManifest(dataDir: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(manifestPath(dataDir), 'utf8')) as Manifest;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function writeManifest(dataDir: string, manifest: Manifest) {
  // write-then-rename: a crash mid-write never leaves a half manifest that would lock every card out
  const tmp = `${manifestPath(dataDir)}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(tmp, manifestPath(dataDir));
}

function addKey(dataDir: string, manifest: Manifest | null, now: Date): Manifest {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const kid = kidOf(publicKey);
  fs.mkdirSync(keysDir(dataDir), { recursive: true, mode: 0o700 });
  fs.writeFileSync(keyPath(dataDir, kid), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const next: Manifest = { active: kid, keys: [...(manifest?.keys ?? []), { kid, createdAt: now.toISOString(), retiredAt: null }] };
  writeManifest(dataDir, next);
  return next;
}

// keyed by data directory; the manifest's mtime tells when a CLI rotation in another process changed it
const cache = new Map<string, { ring: KeyRing; mtimeMs: number }>();

function load(dataDir: string, manifest: Manifest): KeyRing {
  const publicKeys = new Map<string, KeyObject>();
  let active: KeyRing['active'] | null = null;
  for (const key of manifest.keys) {
    if (key.retiredAt) continue;
    const privateKey = createPrivateKey(fs.readFileSync(keyPath(dataDir, key.kid)));
    publicKeys.set(key.kid, createPublicKey(privateKey));
    if (key.kid === manifest.active) active = { kid: key.kid, privateKey };
  }
  if (!active) throw new Error(`card-signing manifest names no usable active key (${manifestPath(dataDir)})`);
  const ring = { active, publicKeys, keys: manifest.keys };
  cache.set(dataDir, { ring, mtimeMs: fs.statSync(manifestPath(dataDir)).mtimeMs });
  return ring;
}

/** The key ring of a data directory, creating its first key on first use. */
export function cardKeyRing(dataDir: string, now = new Date()): KeyRing {
  const cached = cache.get(dataDir);
  if (cached && fs.statSync(manifestPath(dataDir), { throwIfNoEntry: false })?.mtimeMs === cached.mtimeMs) return cached.ring;
  return load(dataDir, readManifest(dataDir) ?? addKey(dataDir, null, now));
}

/** A new key signs from now on; the previous ones still verify until retired. */
export function rotateCardKey(dataDir: string, now = new Date()): CardKey {
  const manifest = addKey(dataDir, readManifest(dataDir), now);
  load(dataDir, manifest);
  return manifest.keys.at(-1)!;
}

/** Cards signed with a retired key answer "invalid" (e.g. after a key was exposed). The active key cannot be retired: rotate first. */
export function retireCardKey(dataDir: string, kid: string, now = new Date()): CardKey | null {
  const manifest = readManifest(dataDir);
  const key = manifest?.keys.find((k) => k.kid === kid);
  if (!manifest || !key || key.kid === manifest.active) return null;
  key.retiredAt ??= now.toISOString();
  writeManifest(dataDir, manifest);
  load(dataDir, manifest);
  return key;
}
