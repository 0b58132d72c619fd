import { Button, Card, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../components/page-header';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.forbiddenTitle')} />
      <Card withBorder padding="xl" data-testid="forbidden">
        <Text mb="md">{t('errors.forbiddenBody')}</Text>
        <Button component={Link} to="/" variant="light">
          {t('notFound.home')}
        </Button>
      </Card>
    </>
  );
}
