import { Badge, Burger, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Brand } from '../components/brand';
import { LanguageToggle } from '../components/language-toggle';
import { useLogout } from '../lib/auth';
import { useCurrentUser } from './current-user';

export function AppHeader({ isMenuOpen, onToggleMenu }: { isMenuOpen: boolean; onToggleMenu: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const handleLogout = () => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger opened={isMenuOpen} onClick={onToggleMenu} hiddenFrom="sm" size="sm" aria-label={t('header.toggleMenu')} />
        <Brand />
      </Group>
      <Group gap="md" wrap="nowrap">
        <Stack gap={2} align="flex-end" visibleFrom="md">
          <Group gap="xs" wrap="nowrap">
            <Text fw={600} fz="sm" data-testid="user-name">
              {user.displayName}
            </Text>
            <Badge variant="light" data-testid="user-role">
              {t(`roles.${user.role}`)}
            </Badge>
          </Group>
          <Text fz="xs" c="dimmed" data-testid="user-scope">
            {user.scopeLabel}
          </Text>
        </Stack>
        <LanguageToggle />
        <Button variant="default" size="xs" onClick={handleLogout} loading={logout.isPending} data-testid="logout">
          {t('header.logout')}
        </Button>
      </Group>
    </Group>
  );
}
