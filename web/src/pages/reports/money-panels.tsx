// The money of the regency's PKS: the budget against what was billed and paid, cumulative by month, with
// the month the forecast says the money runs out; and the bills not yet paid — due within the reminder
// window, overdue — with the late fees. Details: the billing page's realisation and bills tabs.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { RealisationChart } from '../billing/realisation-chart';
import { compactRupiah } from '../billing/realisation-series';
import { Panel, Stat } from './report-panel';
import { PALETTE, shortfallOf } from './report-figures';
import { useChartLabels } from './use-chart-labels';

type Dashboard = ResponseOf<'/api/v1/reports/regencies/{code}', 'get'>;
type Budget = NonNullable<Dashboard['budget']>;
type Bills = NonNullable<Dashboard['bills']>;

const billing = (pks: number, tab: string) => ({ to: `/tagihan?pks=${pks}&tab=${tab}`, permission: 'payments:read' as const });

export function BudgetPanel({ b }: { b: Budget }) {
  const { t } = useTranslation();
  const f = useFormat();
  const short = shortfallOf(b);
  return (
    <Panel title={t('reports.budget.title')} detail={billing(b.agreementId, 'realisation')} testId="budget-panel">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} mb="sm">
        <Stat label={t('reports.budget.budget')} value={f.rupiah(b.budget)} testId="budget-budget" />
        <Stat label={t('reports.budget.billed')} value={f.rupiah(b.billed)} testId="budget-billed" />
        <Stat label={t('reports.budget.paid')} value={f.rupiah(b.paid)} testId="budget-paid" />
        <Stat label={t('reports.budget.outstanding')} value={f.rupiah(b.outstanding)} testId="budget-outstanding" />
        <Stat label={t('reports.budget.lateFees')} value={f.rupiah(b.lateFees)} />
      </SimpleGrid>
      {short > 0 && <Alert color="orange" mb="sm" data-testid="shortfall">{t('reports.budget.shortfall', { amount: f.rupiah(short) })}</Alert>}
      <Text mb="sm" fw={500} data-testid="runs-out">{b.runsOutIn ? t('reports.budget.runsOut', { month: f.month(b.runsOutIn) }) : t('reports.budget.notRunningOut')}</Text>
      <RealisationChart months={b.months} budget={b.budget} />
    </Panel>
  );
}

export function BillsPanel({ bills, agreementId }: { bills: Bills; agreementId: number }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const yAxis = useChartLabels(170);
  const data = [
    { name: t('reports.bills.open'), amount: bills.open.amount },
    { name: t('reports.bills.dueSoon'), amount: bills.dueSoon.amount },
    { name: t('reports.bills.overdue'), amount: bills.overdue.amount },
    { name: t('reports.bills.lateFees'), amount: bills.lateFees },
  ];
  return (
    <Panel title={t('reports.bills.title')} detail={billing(agreementId, 'bills')} testId="bills-panel">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="sm">
        <Stat label={t('reports.bills.open')} value={f.rupiah(bills.open.amount)} note={t('reports.bills.count', { count: bills.open.count })} />
        <Stat label={t('reports.bills.dueSoon')} value={f.rupiah(bills.dueSoon.amount)} note={t('reports.bills.count', { count: bills.dueSoon.count })} />
        <Stat label={t('reports.bills.overdue')} value={f.rupiah(bills.overdue.amount)} note={t('reports.bills.count', { count: bills.overdue.count })} testId="bills-overdue" />
        <Stat label={t('reports.bills.lateFees')} value={f.rupiah(bills.lateFees)} />
      </SimpleGrid>
      {bills.open.count === 0 ? <Text c="dimmed">{t('reports.bills.allPaid')}</Text> : (
        <div data-testid="bills-chart">
          <BarChart h={200} data={data} dataKey="name" orientation="vertical" gridAxis="none" yAxisProps={yAxis}
            xAxisProps={{ tickFormatter: (v: number) => compactRupiah(v, lang) }} valueFormatter={(v) => f.rupiah(v)}
            series={[{ name: 'amount', label: t('reports.bills.amount'), color: PALETTE.overdue }]} />
        </div>
      )}
    </Panel>
  );
}
