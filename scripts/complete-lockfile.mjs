#!/usr/bin/env node
/**
 * Completes package-lock.json with the platform-specific optional packages the registry mirror this
 * project is built with does not carry (e.g. @rollup/rollup-android-arm-eabi). npm ≥ 11 `npm ci`
 * refuses a lockfile that lacks any entry named in a package's optionalDependencies, even for other
 * platforms; npm install on a mirror without them leaves them out. Each added entry carries its os/cpu
 * (and libc), so npm skips it on every other platform without fetching anything.
 *
 * Run after `npm install` changes the lockfile:  node scripts/complete-lockfile.mjs
 */
import fs from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

// @scope/<tool>-<os>-<cpu>[-<abi>] → { os, cpu, libc }
function platformOf(name) {
  const m = /-(android|darwin|freebsd|linux|openbsd|openharmony|win32)-(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x)(?:-(\w+))?$/.exec(name);
  if (!m) return null;
  const [, os, cpu, abi] = m;
  const libc = os === 'linux' && abi ? (abi.startsWith('musl') ? ['musl'] : ['glibc']) : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  if (!path || !entry.optionalDependencies) continue;
  for (const [dep, version] of Object.entries(entry.optionalDependencies)) {
    const key = `node_modules/${dep}`;
    if (packages[key] || packages[`${path}/node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    packages[key] = { version, ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
