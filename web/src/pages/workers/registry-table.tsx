// One page of the registry: NIK (masked unless revealed), name, birth date, sex, memberships, status.
// A row opens the participant's detail.
import { Card, Group, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { MembershipBadges, PersonStatusBadge } from './membership-badges';
import { PAGE_SIZE } from './workers.api';
import type { PersonHit } from './workers.types';

interface Props {
  items: PersonHit[];
  total: number;
  page: number;
  onPage: (page: number) => void;
  onOpen: (id: number) => void;
}

export function RegistryTable({ items, total, page, onPage, onOpen }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="registry-table">
          <Table.Thead>
            <Table.Tr>
              {(['nik', 'name', 'birthDate', 'sex', 'memberships', 'status'] as const).map((c) => <Table.Th key={c}>{t(`workers.col.${c}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.id} data-testid={`person-row-${p.id}`} style={{ cursor: 'pointer' }} onClick={() => onOpen(p.id)}>
                <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="person-nik">{p.nik}</Table.Td>
                <Table.Td>
                  <UnstyledButton fw={600} onClick={() => onOpen(p.id)} data-testid="person-name">{p.name}</UnstyledButton>
                </Table.Td>
                <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>{f.date(p.birthDate)}</Table.Td>
                <Table.Td fz="sm">{p.sex}</Table.Td>
                <Table.Td><MembershipBadges memberships={p.memberships} /></Table.Td>
                <Table.Td><PersonStatusBadge status={p.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length === 0 && <Text c="dimmed" p="md">{t('workers.empty')}</Text>}
      <Group justify="space-between" p="sm">
        <Text fz="sm" c="dimmed" data-testid="registry-total">{t('workers.total', { total: f.number(total) })}</Text>
        {pages > 1 && <Pagination value={page} onChange={onPage} total={pages} size="sm" />}
      </Group>
    </Card>
  );
}
