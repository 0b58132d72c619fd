// The regency's agreements: MoU and PKS with their status and, for each PKS, whether the budget covers
// the plan. The router imports `AgreementsPage` from here.
import { Anchor, Badge, Button, Card, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { StatusBadge, VERDICT_COLOR } from './agreement-badges';
import { useAgreements } from './agreements.api';
import { VerdictText } from './plan-verdict';
import { useTenantChoice } from '../../lib/use-tenant-choice';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function AgreementsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useCurrentUser();
  const { tenant, tenants, choose } = useTenantChoice();
  const list = useAgreements(tenant);
  const canWrite = hasPermission(user, 'agreements:write');

  return (
    <>
      <PageHeader title={t('nav.agreements')}
        actions={canWrite && tenant && <Button component={Link} to={`/perjanjian/${tenant}/baru`} data-testid="agreement-create">{t('agreements.create')}</Button>} />
      {tenants && tenants.length > 0 && (
        <Select label={t('agreements.tenant')} mb="md" maw={360} value={tenant} allowDeselect={false}
          data={tenants.map((x) => ({ value: x.code, label: `${x.name} (${x.code})` }))} onChange={(code) => code && choose(code)} />
      )}
      {list.isPending && tenant && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.length === 0 && <Card withBorder><Text c="dimmed">{t('agreements.empty')}</Text></Card>}
      {list.data && list.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="agreements-table">
              <Table.Thead>
                <Table.Tr>
                  {(['number', 'kind', 'period', 'status', 'budget', 'plan', 'verdict'] as const).map((c) => <Table.Th key={c}>{t(`agreements.col.${c}`)}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((a) => (
                  <Table.Tr key={a.id} data-testid={`agreement-row-${a.number}`}>
                    <Table.Td maw={380}>
                      <Anchor component={Link} to={`/perjanjian/${a.tenantCode}/${a.id}`} fw={600}>{a.number}</Anchor>
                      <Text fz="sm" c="dimmed" lineClamp={1}>{a.title}</Text>
                    </Table.Td>
                    <Table.Td style={NOWRAP}><Badge variant="outline">{t(`agreements.kind.${a.kind}`)}</Badge></Table.Td>
                    <Table.Td fz="sm" style={NOWRAP}>{f.date(a.periodStart)} – {f.date(a.periodEnd)}</Table.Td>
                    <Table.Td style={NOWRAP}><StatusBadge phase={a.phase} /></Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{a.plan?.budget != null ? f.rupiah(a.plan.budget) : '–'}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{a.plan ? f.rupiah(a.plan.total) : '–'}</Table.Td>
                    <Table.Td>{a.plan && <Text fz="sm" fw={600} c={`${VERDICT_COLOR[a.plan.verdict]}.8`}><VerdictText plan={a.plan} /></Text>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </>
  );
}
