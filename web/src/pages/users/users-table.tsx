import { Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import type { ManagedUser } from './users.api';

// Table columns squeeze badges into "AK…"; a badge must keep its full text.
const NO_SHRINK = { minWidth: 'max-content' } as const;


function StatusBadge({ user }: { user: ManagedUser }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (user.disabled) return <Badge color="gray" style={NO_SHRINK}>{t('users.disabled')}</Badge>;
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return <Badge color="orange" style={NO_SHRINK}>{t('users.lockedUntil', { time: format.dateTime(user.lockedUntil) })}</Badge>;
  }
  return <Badge color="green" variant="light" style={NO_SHRINK}>{t('users.active')}</Badge>;
}

export function UsersTable({ users, onResetPassword }: { users: ManagedUser[]; onResetPassword: (user: ManagedUser) => void }) {
  const { t } = useTranslation();
  if (users.length === 0) return <Text c="dimmed">{t('common.noData')}</Text>;
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.username')}</Table.Th>
              <Table.Th>{t('users.displayName')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.scope')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td ff="monospace">{user.username}</Table.Td>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td><Badge variant="light" style={NO_SHRINK}>{t(`roles.${user.role}`)}</Badge></Table.Td>
                <Table.Td data-testid={`user-scope-${user.username}`}>{user.scope.length ? user.scope.join(' · ') : t('users.scopeAll')}</Table.Td>
                <Table.Td><StatusBadge user={user} /></Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="compact-sm" variant="subtle" onClick={() => onResetPassword(user)}>
                      {t('users.resetPassword')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
