// Budget & plan of a PKS: the verdict, the four numbers behind it, cost by group (with the rules that
// give each per-head amount), cost by month against the budget, warnings, and the what-if panel.
import { Card, Group, List, SimpleGrid, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { usePlan } from './agreements.api';
import type { Agreement, Plan } from './agreements.types';
import { PlanVerdict } from './plan-verdict';
import { WhatIfPanel } from './what-if-panel';
import { useWageLabel } from './wage-label';

// An amount is read as one word: "Rp 125.491.488" must never break over two lines in a narrow cell.
const NOWRAP = { whiteSpace: 'nowrap' } as const;

function Stat({ label, value, testId, color }: { label: string; value: string; testId: string; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz="xl" fw={700} c={color} data-testid={testId}>{value}</Text>
    </Card>
  );
}

export function PlanFigures({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} mb="md">
      <Stat label={t('agreements.plan.total')} value={f.rupiah(plan.total)} testId="plan-total" />
      <Stat label={t('agreements.plan.budget')} value={plan.budget === null ? '–' : f.rupiah(plan.budget)} testId="plan-budget" />
      <Stat label={t('agreements.plan.remaining')} value={plan.remaining === null ? '–' : f.rupiah(plan.remaining)} testId="plan-remaining"
        color={plan.remaining !== null && plan.remaining < 0 ? 'red.8' : 'green.8'} />
      <Stat label={t('agreements.plan.heads')} value={f.number(plan.headcount)} testId="plan-heads" />
    </SimpleGrid>
  );
}

function GroupCosts({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const f = useFormat();
  const wageLabel = useWageLabel();
  return (
    <Card withBorder padding={0} mb="md">
      <Table.ScrollContainer minWidth={800}>
        <Table data-testid="plan-groups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreements.plan.group')}</Table.Th><Table.Th>{t('agreements.plan.wage')}</Table.Th>
              <Table.Th ta="right">{t('agreements.plan.heads')}</Table.Th><Table.Th ta="right">{t('agreements.plan.perHead')}</Table.Th>
              <Table.Th ta="right">{t('agreements.plan.monthly')}</Table.Th><Table.Th ta="right">{t('agreements.plan.periodTotal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.groups.map((g) => (
              <Table.Tr key={g.groupId}>
                <Table.Td fw={600}>{g.name}</Table.Td>
                <Table.Td>{wageLabel(g.wage.policy, g.wage.provinceName)} ({f.rupiah(g.wage.amount)})</Table.Td>
                <Table.Td ta="right" style={NOWRAP}>{f.number(g.headcount)}</Table.Td>
                <Table.Td ta="right" style={NOWRAP}>
                  <Tooltip multiline w={360} label={g.lines.map((l) => `${l.program}: ${f.rupiah(l.amount)} — ${l.legalBasis}`).join(' · ')}>
                    <Text span td="underline dotted">{f.rupiah(g.perHeadMonthly)}</Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td ta="right" style={NOWRAP}>{f.rupiah(g.monthly)}</Table.Td>
                <Table.Td ta="right" style={NOWRAP} fw={600}>{f.rupiah(g.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function MonthCosts({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const monthName = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <Card withBorder padding={0}>
      <Table data-testid="plan-months" fz="sm">
        <Table.Thead>
          <Table.Tr><Table.Th>{t('agreements.plan.month')}</Table.Th><Table.Th ta="right">{t('agreements.plan.total')}</Table.Th><Table.Th ta="right">{t('agreements.plan.cumulative')}</Table.Th><Table.Th>{t('agreements.plan.covered2')}</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.byMonth.map((m) => (
            <Table.Tr key={m.month} bg={m.isCovered || plan.budget === null ? undefined : 'red.0'}>
              <Table.Td>{monthName(m.month)}</Table.Td><Table.Td ta="right" style={NOWRAP}>{f.rupiah(m.total)}</Table.Td>
              <Table.Td ta="right" style={NOWRAP}>{f.rupiah(m.cumulative)}</Table.Td>
              <Table.Td>{plan.budget === null ? '–' : t(m.isCovered ? 'agreements.plan.yes' : 'agreements.plan.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function PlanWarnings({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const shown = plan.warnings.filter((w) => w.code !== 'PLAN_EXCEEDS_BUDGET'); // the verdict says it already
  if (!shown.length) return null;
  return (
    <List fz="sm" c="orange.9" mb="md">
      {shown.map((w, i) => <List.Item key={i}>{t(`agreements.plan.warnings.${w.code as 'PLAN_JHT_NOT_INCLUDED'}`, { group: w.group ?? '', defaultValue: w.code })}</List.Item>)}
    </List>
  );
}

export function PlanTab({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const plan = usePlan(agreement.tenantCode, agreement.id, true);
  if (plan.isPending) return <PageLoader />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  return (
    <>
      <PlanVerdict plan={plan.data} months={plan.data.months} />
      <PlanFigures plan={plan.data} />
      <PlanWarnings plan={plan.data} />
      <Title order={4} mb="xs">{t('agreements.plan.title')}</Title>
      <GroupCosts plan={plan.data} />
      <Group align="flex-start" grow wrap="wrap" gap="lg">
        <div style={{ minWidth: 420, flex: 3 }}>
          <MonthCosts plan={plan.data} />
          <Text fz="xs" c="dimmed" mt="xs">{t('agreements.plan.source')}</Text>
        </div>
        <div style={{ minWidth: 320, flex: 2 }}><WhatIfPanel agreement={agreement} base={plan.data} /></div>
      </Group>
    </>
  );
}
