/** Agreement phase by its period and the regency's today (issue #17 item 6), edges on both period ends. */
import { describe, expect, it } from 'vitest';
import { agreementPhase, inForceFrom, type PhaseInput } from './agreement-phase';
import type { IsoDate } from './calendar';

const pks2025: PhaseInput = { status: 'active', periodStart: '2025-01-01', periodEnd: '2025-12-31', signedOn: '2024-12-20' };

describe('agreementPhase', () => {
  it.each([
    ['2024-12-31', 'upcoming'], ['2025-01-01', 'in_force'], ['2025-12-31', 'in_force'], ['2026-01-01', 'ended'], ['2026-11-30', 'ended'],
  ] as const)('the 2025 PKS (active) on %s is %s', (today, phase) => {
    expect(agreementPhase(pks2025, today as IsoDate)).toBe(phase);
  });

  it('a signed (not activated) PKS follows its dates too; a draft stays a draft; an ended one stays ended', () => {
    expect(agreementPhase({ ...pks2025, status: 'signed' }, '2025-06-01' as IsoDate)).toBe('in_force');
    expect(agreementPhase({ ...pks2025, status: 'draft', signedOn: null }, '2025-06-01' as IsoDate)).toBe('draft');
    expect(agreementPhase({ ...pks2025, status: 'ended' }, '2025-06-01' as IsoDate)).toBe('ended');
  });

  it('took effect at the period start, or at the signing when signed late', () => {
    expect(inForceFrom(pks2025)).toBe('2025-01-01');
    expect(inForceFrom({ ...pks2025, signedOn: '2025-02-10' })).toBe('2025-02-10');
    expect(inForceFrom({ ...pks2025, status: 'draft', signedOn: null })).toBeNull();
  });
});
