// Budget realisation of a PKS: budget, billed, paid, outstanding, late fees, credit and what is left; the
// cumulative chart; the month the budget runs out at today's headcount; and the figures per month.
import { Alert, Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { useRealisation } from './billing.api';
import type { BillStatus } from './billing.types';
import { BillStatusBadge } from './bill-status-badge';
import { RealisationChart } from './realisation-chart';
import { shortMonth } from './realisation-series';

function Stat({ label, value, testId, color }: { label: string; value: string; testId: string; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz="lg" fw={700} c={color} data-testid={testId}>{value}</Text>
    </Card>
  );
}

export function RealisationTab({ tenant, agreementId }: { tenant: string; agreementId: number }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const r = useRealisation(tenant, agreementId);
  if (r.isPending) return <PageLoader />;
  if (r.isError) return <ErrorAlert error={r.error} onRetry={() => void r.refetch()} />;
  const d = r.data;
  const money = (v: number | null) => (v === null ? '–' : f.rupiah(v));
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} mb="md">
        <Stat label={t('billing.realisation.budget')} value={money(d.budget)} testId="real-budget" />
        <Stat label={t('billing.realisation.billed')} value={money(d.billed)} testId="real-billed" />
        <Stat label={t('billing.realisation.paid')} value={money(d.paid)} testId="real-paid" />
        <Stat label={t('billing.realisation.outstanding')} value={money(d.outstanding)} testId="real-outstanding" color={d.outstanding > 0 ? 'red.8' : undefined} />
        <Stat label={t('billing.realisation.lateFees')} value={money(d.lateFees)} testId="real-late-fees" />
        <Stat label={t('billing.realisation.credit')} value={money(d.credit)} testId="real-credit" />
        <Stat label={t('billing.realisation.remaining')} value={money(d.remainingBudget)} testId="real-remaining" color={(d.remainingBudget ?? 0) < 0 ? 'red.8' : 'green.8'} />
      </SimpleGrid>
      {d.budget === null ? <Alert color="gray" mb="md">{t('billing.realisation.noBudget')}</Alert> : (
        <Alert color={d.runsOutIn ? 'orange' : 'green'} mb="md" data-testid="real-forecast">
          {d.runsOutIn ? t('billing.realisation.runsOut', { month: shortMonth(d.runsOutIn, lang) }) : t('billing.realisation.lasts')}
        </Alert>
      )}
      <Title order={4} mb="xs">{t('billing.realisation.chart')}</Title>
      <Card withBorder mb="md"><RealisationChart months={d.months} budget={d.budget} /></Card>
      <Card withBorder padding={0}>
        <Table fz="sm" data-testid="real-months">
          <Table.Thead>
            <Table.Tr><Table.Th>{t('billing.realisation.month')}</Table.Th><Table.Th ta="right">{t('billing.realisation.billed')}</Table.Th>
              <Table.Th ta="right">{t('billing.realisation.paid')}</Table.Th><Table.Th>{t('billing.col.status')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Td>{shortMonth(m.month, lang)}</Table.Td><Table.Td ta="right">{f.rupiah(m.billed)}</Table.Td><Table.Td ta="right">{f.rupiah(m.paid)}</Table.Td>
                <Table.Td>{m.status === 'not-billed' ? t('billing.status.not-billed') : <BillStatusBadge status={m.status as BillStatus} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </>
  );
}
