import { AppShell, Button, Group } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Brand } from '../components/brand';
import { LanguageToggle } from '../components/language-toggle';
import { PageLoader } from '../components/page-loader';

/** Frame for pages open to the public (the simulation), with a way to log in. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 68 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Brand />
          <Group gap="md" wrap="nowrap">
            <LanguageToggle />
            <Button component={Link} to="/login" size="xs" data-testid="public-login">
              {t('header.login')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main bg="gray.0">
        <Suspense fallback={<PageLoader />}>{children}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
