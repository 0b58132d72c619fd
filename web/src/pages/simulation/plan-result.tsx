import { Alert, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { BreakdownTable } from './breakdown-table';
import { formatBp } from './line-label';
import type { PlanResult } from './simulation.api';
import { TotalCard } from './total-card';
import { MoneyCell } from '../../components/money-cell';

/** Shortfall (red) or surplus (green) against the budget, exactly, with the amount in words. */
function Verdict({ plan }: { plan: PlanResult }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const amount = format.rupiah(Math.abs(plan.remaining));
  const words = i18n.language === 'en' ? plan.remainingInWords.en : plan.remainingInWords.id;
  const color = plan.verdict === 'shortfall' ? 'red' : plan.verdict === 'surplus' ? 'teal' : 'blue';
  return (
    <Alert color={color} variant="light" data-testid="plan-verdict" data-verdict={plan.verdict}
      title={t(`simulation.plan.${plan.verdict}`, { amount })}>
      {plan.verdict !== 'balanced' && <Text fz="sm" fs="italic">{words}</Text>}
      <Text fz="sm">{t('simulation.plan.remainingPct', { pct: formatBp(plan.remainingBp, i18n.language) })}</Text>
      {plan.headsCarried !== null && (
        <Text fz="sm" data-testid="plan-heads">{t('simulation.plan.headsCarried', { heads: format.number(plan.headsCarried), months: String(plan.monthCount) })}</Text>
      )}
      <Text fz="sm">{t('simulation.plan.monthsCarried', { carried: String(plan.monthsCarried), months: String(plan.monthCount) })}</Text>
    </Alert>
  );
}

function GroupsTable({ plan }: { plan: PlanResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" data-testid="plan-group-totals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('simulation.plan.name')}</Table.Th>
            <Table.Th ta="right">{t('simulation.plan.headcount')}</Table.Th>
            <Table.Th ta="right">{t('simulation.plan.perHead')}</Table.Th>
            <Table.Th ta="right">{t('simulation.plan.groupTotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.groups.map((group, index) => (
            <Table.Tr key={`${group.name}-${index}`}>
              <Table.Td>{group.name}</Table.Td>
              <Table.Td ta="right">{format.number(group.headcount)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.rupiah(group.perHeadMonthly)}
                {group.perHeadVaries && <Badge ml="xs" size="xs" variant="light">{t('simulation.plan.varying')}</Badge>}
              </Table.Td>
              <MoneyCell amount={group.total} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MonthsTable({ plan }: { plan: PlanResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing={4} data-testid="plan-months">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('simulation.plan.month')}</Table.Th>
            {plan.groups.map((group, index) => <Table.Th key={index} ta="right">{group.name}</Table.Th>)}
            <Table.Th ta="right">{t('simulation.plan.monthTotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.months.map((month) => (
            <Table.Tr key={month.month}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.month(month.month)}</Table.Td>
              {month.groups.map((group, index) => <MoneyCell key={index} amount={group.perHead} />)}
              <MoneyCell amount={month.total} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The plan's answer: verdict, total, per-group cost with its rules, and the months when rules change. */
export function PlanResultView({ plan }: { plan: PlanResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TotalCard label={t('simulation.plan.total')} amount={plan.total} words={plan.totalInWords} testId="plan-total" />
      <Verdict plan={plan} />
      <Card withBorder padding="md">
        <GroupsTable plan={plan} />
        {plan.groups.map((group, index) => (
          <div key={`${group.name}-${index}`}>
            <Title order={5} mt="sm">{group.name} — {t('simulation.plan.perHead')}</Title>
            <BreakdownTable lines={group.lines} testId="plan-lines" />
          </div>
        ))}
      </Card>
      {plan.perHeadVaries && (
        <Card withBorder padding="md">
          <Title order={4} mb="xs">{t('simulation.plan.monthly')}</Title>
          <Text fz="sm" c="dimmed" mb="xs">{t('simulation.plan.varies')}</Text>
          <MonthsTable plan={plan} />
        </Card>
      )}
    </Stack>
  );
}
