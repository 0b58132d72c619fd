// Participant groups of a PKS: scheme, risk class, wage base and the quota — target, what the budget
// carries, and (once enrolment exists) how many are enrolled.
import { Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { usePlan } from './agreements.api';
import type { Agreement } from './agreements.types';
import { useWageLabel } from './wage-label';

export function GroupsTab({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const f = useFormat();
  const wageLabel = useWageLabel();
  const plan = usePlan(agreement.tenantCode, agreement.id, true);
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
                  <Text fz="xs" c="dimmed">{g.quota.enrolled === null ? t('agreements.plan.enrolled') : f.number(g.quota.enrolled)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
