import { Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from './current-user';

/** Who is signed in, at the top of the menu on narrow screens where the header has no room for it. */
export function UserSummary() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Box hiddenFrom="md" px="sm" pt="xs" pb="sm" mb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="xs">
        <Text fw={600} fz="sm">{user.displayName}</Text>
        <Badge variant="light" size="sm">{t(`roles.${user.role}`)}</Badge>
      </Group>
      <Text fz="xs" c="dimmed">{user.scopeLabel}</Text>
    </Box>
  );
}
