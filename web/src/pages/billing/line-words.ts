// Words for the codes a bill line carries (base source, correction reason), shared by the lines table
// and the explanation: the server sends codes ('ump:53:2024', 'participation-ended'), the screen says them.
import type { TFunction } from 'i18next';

export function baseSourceText(t: TFunction, source: string): string {
  const [kind, province, year] = source.split(':');
  if (kind === 'ump') return t('billing.baseSource.ump', { province: province ?? '', year: year ?? '' });
  if (kind === 'fixed' || kind === 'declared') return t(`billing.baseSource.${kind}`);
  return source;
}

const REASONS = ['participation-ended', 'participation-added', 'participation-refused', 'coverage-changed'] as const;

export function reasonText(t: TFunction, reason: string | null): string | null {
  if (!reason) return null;
  return (REASONS as readonly string[]).includes(reason) ? t(`billing.reason.${reason as (typeof REASONS)[number]}`) : reason;
}
