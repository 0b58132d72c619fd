import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../test/support/db';
import { claimByNumber, claimCounts, utilisation } from './claims-facts.service';

describe('claims facts on an empty regency', () => {
  const db = useTestDb();
  it('answers nothing rather than failing', async () => {
    expect(await claimByNumber(db(), 'KLM-53.16-2025-00001')).toBeNull();
    expect(await claimCounts(db(), '53.16', 2025)).toEqual([]);
    expect((await utilisation(db(), '53.16', 2025)).byProgramme).toEqual([]);
  });
});
