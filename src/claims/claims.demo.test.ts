/**
 * The demo's claims on a billed and paid year: the JKK death paid at Rp 126,967,648, the JKM death paid at
 * Rp 42,000,000 with the scholarship refused, each in its state; seeding twice changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { dinasOf, NAGEKEO } from '../../test/factories';
import { aCoveredYear } from '../../test/support/claims';
import { useTestDb } from '../../test/support/db';
import { seedDemoClaims } from './claims.demo';
import { listClaims } from './claims.service';

const getDb = useTestDb();
const DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-claims-demo-'));
afterAll(() => fs.rmSync(DATA_DIR, { recursive: true, force: true }));

describe('seedDemoClaims', () => {
  it('files the story in different states, idempotently', async () => {
    const db = getDb();
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const year = await aCoveredYear(db, months);
    expect(await seedDemoClaims(db, cliContext(), NAGEKEO, year.agreementNumber, DATA_DIR)).toBe(3);
    const seen = async () => (await listClaims(db, dinasOf(), NAGEKEO, { limit: 50, offset: 0 }, '2025-12-31')).items
      .map((c) => [c.type, c.status, c.eligible, c.benefit.total, c.paidAmount, c.example]).sort();
    const first = await seen();
    expect(first).toEqual([
      ['beasiswa', 'dilaporkan', false, 0, null, true],
      ['jkk-death', 'dibayar', true, 126_967_648, 126_967_648, true],
      ['jkm', 'dibayar', true, 42_000_000, 42_000_000, true],
    ]);
    await seedDemoClaims(db, cliContext(), NAGEKEO, year.agreementNumber, DATA_DIR);
    expect(await seen()).toEqual(first);
  });
});
