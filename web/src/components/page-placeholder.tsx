import { Card, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './page-header';

/** Stand-in for a page whose feature is still being built. */
export function PagePlaceholder({ title, intro }: { title: string; intro?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <Card withBorder padding="xl" data-testid="page-placeholder">
        {intro && <Text mb="sm">{intro}</Text>}
        <Text c="dimmed">{t('placeholder.body')}</Text>
      </Card>
    </>
  );
}
