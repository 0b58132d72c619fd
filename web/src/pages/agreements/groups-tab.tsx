// Participant groups of a PKS: scheme, risk class, wage base and the quota — target, what the budget
// carries — and from enrolment how many are active, waiting and how many slots are free.
import { Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { useGroupCounts } from '../enrolment/enrolment.api';
import { usePlan } from './agreements.api';
import type { Agreement } from './agreements.types';
import { useWageLabel } from './wage-label';

export function GroupsTab({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const f = useFormat();
  const wageLabel = useWageLabel();
  const plan = usePlan(agreement.tenantCode, agreement.id, true);
  const counts = useGroupCounts(agreement.tenantCode, agreement.id, agreement.kind === 'pks');
  const countOf = (groupId: number) => counts.data?.find((c) => c.groupId === groupId);
  const cell = (value: number | undefined) => (value === undefined ? '–' : f.number(value));
  if (plan.isPending) return <PageLoader />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={800}>
        <Table data-testid="groups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreements.group.name')}</Table.Th><Table.Th>{t('agreements.group.scheme')}</Table.Th>
              <Table.Th>{t('agreements.group.wagePolicy')}</Table.Th><Table.Th ta="right">{t('agreements.plan.quota')}</Table.Th>
              {(['active', 'waiting', 'free'] as const).map((k) => <Table.Th key={k} ta="right">{t(`enrolment.groups.${k}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.data.groups.map((g) => (
              <Table.Tr key={g.groupId}>
                <Table.Td fw={600}>{g.name}</Table.Td>
                <Table.Td>{g.scheme.toUpperCase()}{g.riskClass && ` · ${t(`agreements.risk.${g.riskClass}`)}`}</Table.Td>
                <Table.Td>{wageLabel(g.wage.policy, g.wage.provinceName)} · {f.rupiah(g.wage.amount)}</Table.Td>
                <Table.Td ta="right">
                  {f.number(g.quota.target)} / {g.quota.carried === null ? '–' : f.number(Math.min(g.quota.carried, g.quota.target))}
                  {/* the plan's own enrolled count is superseded by the live counts beside it */}
                  {!counts.data && <Text fz="xs" c="dimmed">{g.quota.enrolled === null ? t('agreements.plan.enrolled') : f.number(g.quota.enrolled)}</Text>}
                </Table.Td>
                <Table.Td ta="right" data-testid="group-active">{cell(countOf(g.groupId)?.active)}</Table.Td>
                <Table.Td ta="right" data-testid="group-waiting">{cell(countOf(g.groupId)?.waiting)}</Table.Td>
                <Table.Td ta="right" data-testid="group-free">{cell(countOf(g.groupId)?.free)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
