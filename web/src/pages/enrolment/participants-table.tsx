// One page of participations: who, KPJ, group, coverage, status, and the actions a row allows (card for
// an active one, ending for one not yet ended).
import { Anchor, Badge, Button, Card, Group, Pagination, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { cardUrl, PAGE_SIZE } from './enrolment.api';
import type { Participant } from './enrolment.types';
import { ParticipantStatusBadge } from './participant-status-badge';

interface Props {
  tenant: string; items: Participant[]; total: number; page: number; onPage: (page: number) => void;
  canEnd: boolean; onEnd: (p: Participant) => void;
}

export function ParticipantsTable({ tenant, items, total, page, onPage, canEnd, onEnd }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!items.length) return <Text c="dimmed">{t('enrolment.empty')}</Text>;
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="participants-table">
          <Table.Thead>
            <Table.Tr>
              {(['name', 'nik', 'kpj', 'group', 'coverage', 'status', 'actions'] as const).map((c) => <Table.Th key={c}>{t(`enrolment.col.${c}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.id} data-testid="participant-row">
                <Table.Td fw={600}><Anchor component={Link} to={`/kepesertaan/${tenant}/${p.id}`} data-testid="participant-open">{p.name}</Anchor>{p.example && <Badge ml={6} size="xs" variant="outline">{t('enrolment.example')}</Badge>}</Table.Td>
                <Table.Td ff="monospace">{p.nik}</Table.Td>
                <Table.Td ff="monospace" data-testid="participant-kpj">{p.kpj ?? <Text span c="dimmed" fz="sm">{t('enrolment.pending')}</Text>}</Table.Td>
                <Table.Td>{p.groupName}<Text fz="xs" c="dimmed">{p.agreementNumber}</Text></Table.Td>
                <Table.Td>{t('enrolment.coverage', { from: p.coverageFrom ? f.date(p.coverageFrom) : '…', to: f.date(p.endedOn ?? p.coverageTo) })}</Table.Td>
                <Table.Td><ParticipantStatusBadge status={p.status} endReason={p.endReason} /></Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {p.status === 'aktif' && p.kpj && (
                      <Anchor href={cardUrl(tenant, p.id)} target="_blank" fz="sm" title={t('enrolment.cardHint')} data-testid="participant-card">{t('enrolment.card')}</Anchor>
                    )}
                    {canEnd && p.status !== 'berakhir' && p.status !== 'ditolak' && (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => onEnd(p)} data-testid="participant-end">{t('enrolment.end.action')}</Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" p="sm">
        <Text fz="sm" c="dimmed">{t('enrolment.total', { total: f.number(total) })}</Text>
        <Pagination total={Math.max(1, Math.ceil(total / PAGE_SIZE))} value={page} onChange={onPage} size="sm" />
      </Group>
    </Card>
  );
}
