import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../app/current-user';
import { NAV_ITEMS } from '../app/nav-items';
import { PageHeader } from '../components/page-header';
import { hasPermission } from '../lib/auth';
import { useTenantChoice } from '../lib/use-tenant-choice';
import { BillingAlerts } from './billing/billing-alerts';
import { BerandaDashboard } from './reports/beranda-dashboard';

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { tenant } = useTenantChoice();
  const links = NAV_ITEMS.filter((item) => item.key !== 'dashboard' && hasPermission(user, item.permission));
  return (
    <>
      <PageHeader title={t('nav.dashboard')} />
      <BillingAlerts tenant={tenant} />
      <Card withBorder padding="xl" mb="lg" data-testid="welcome">
        <Title order={3} mb="xs">
          {t('dashboard.welcome', { name: user.displayName })}
        </Title>
        <Text c="dimmed" mb="md">
          {t('dashboard.intro')}
        </Text>
        <Group gap="xl">
          <Stack gap={4}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{t('dashboard.role')}</Text>
            <Badge size="lg" variant="light">{t(`roles.${user.role}`)}</Badge>
          </Stack>
          <Stack gap={4}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{t('dashboard.scope')}</Text>
            <Text fw={500}>{user.scopeLabel}</Text>
          </Stack>
          {user.tenantName && user.tenantName !== user.scopeLabel && (
            <Stack gap={4}>
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{t('dashboard.tenant')}</Text>
              <Text fw={500}>{user.tenantName}</Text>
            </Stack>
          )}
        </Group>
      </Card>
      <BerandaDashboard />
      <Title order={4} mb="sm" mt="lg">{t('dashboard.quickLinks')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {links.map((item) => (
          <Button key={item.key} component={Link} to={item.path} variant="default" size="md" fw={500} justify="flex-start">
            {t(`nav.${item.key}`)}
          </Button>
        ))}
      </SimpleGrid>
    </>
  );
}
