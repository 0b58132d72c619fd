// One page of claims: number (opens the claim), participant, type, incident date, eligibility, benefit,
// status; an overdue deadline shows in red beside the status.
import { Anchor, Badge, Card, Group, Pagination, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../lib/use-format';
import { PAGE_SIZE, type ClaimListItem } from './claims.api';
import { ClaimStatusBadge } from './claim-status-badge';

interface Props { tenant: string; items: ClaimListItem[]; total: number; page?: number; onPage?: (page: number) => void }

export function ClaimsTable({ tenant, items, total, page, onPage }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!items.length) return <Text c="dimmed" data-testid="claims-empty">{t('claims.empty')}</Text>;
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="claims-table">
          <Table.Thead>
            <Table.Tr>{(['number', 'participant', 'type', 'incident', 'eligible', 'benefit', 'status'] as const).map((c) => <Table.Th key={c}>{t(`claims.col.${c}`)}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.claimId} data-testid="claim-row">
                <Table.Td><Anchor component={Link} to={`/klaim/${tenant}/${c.claimId}`} ff="monospace" fz="sm">{c.number}</Anchor></Table.Td>
                <Table.Td>{c.participantName}<Text fz="xs" c="dimmed" ff="monospace">{c.nikMasked}</Text></Table.Td>
                <Table.Td>{t(`claims.types.${c.type}`)}</Table.Td>
                <Table.Td>{f.date(c.incidentDate)}</Table.Td>
                <Table.Td><Badge color={c.eligible ? 'teal' : 'red'} variant="light">{c.eligible ? t('claims.eligible') : t('claims.notEligible')}</Badge></Table.Td>
                <Table.Td ta="right">{f.rupiah(c.benefit.total)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <ClaimStatusBadge status={c.status} />
                    {c.deadlines.some((d) => d.overdue && !d.metOn) && <Badge color="red" variant="filled" size="sm">{t('claims.detail.overdue')}</Badge>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {onPage && (
        <Group justify="space-between" p="sm">
          <Text fz="sm" c="dimmed">{t('claims.total', { total: f.number(total) })}</Text>
          <Pagination total={Math.max(1, Math.ceil(total / PAGE_SIZE))} value={page ?? 1} onChange={onPage} size="sm" />
        </Group>
      )}
    </Card>
  );
}
