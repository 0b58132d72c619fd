// The plan's answer in one glance: "Anggaran kurang Rp … (…%)" or "Anggaran cukup, sisa Rp …", and how
// many workers and months the budget actually carries.
import { Alert, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { VERDICT_COLOR } from './agreement-badges';
import type { PlanTotals } from './agreements.types';

/** Basis points as a percentage in the UI language: -39 → "0,39%" / "0.39%". */
export function usePercent() {
  const { i18n } = useTranslation();
  return (bp: number) => `${(Math.abs(bp) / 100).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}

export function verdictKey(plan: PlanTotals) {
  return { shortfall: 'short', covered: 'covered', exact: 'exact', 'no-budget': 'noBudget' }[plan.verdict] as 'short' | 'covered' | 'exact' | 'noBudget';
}

export function VerdictText({ plan }: { plan: PlanTotals }) {
  const { t } = useTranslation();
  const f = useFormat();
  const percent = usePercent();
  const amount = plan.verdict === 'no-budget' ? f.rupiah(plan.total) : f.rupiah(Math.abs(plan.remaining ?? 0));
  return <>{t(`agreements.plan.${verdictKey(plan)}`, { amount, percent: percent(plan.remainingBp ?? 0) })}</>;
}

export function PlanVerdict({ plan, months, testId = 'plan-verdict' }: { plan: PlanTotals; months: number; testId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const carries = plan.verdict === 'shortfall'
    ? t('agreements.plan.carries', { heads: f.number(plan.headsCarried ?? 0), total: f.number(plan.headcount), months: String(months), monthsCarried: String(plan.monthsCarried ?? 0) })
    : plan.verdict === 'no-budget' ? null : t('agreements.plan.carriesAll', { total: f.number(plan.headcount), months: String(months) });
  return (
    <Alert color={VERDICT_COLOR[plan.verdict]} variant="light" data-testid={testId} data-verdict={plan.verdict} mb="md">
      <Title order={3} c={`${VERDICT_COLOR[plan.verdict]}.8`} data-testid={`${testId}-headline`}><VerdictText plan={plan} /></Title>
      {carries && <Text mt={4} data-testid={`${testId}-carries`}>{carries}</Text>}
    </Alert>
  );
}
