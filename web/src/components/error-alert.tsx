import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/error-message';

/** A failed request, with a retry button when the caller can retry. */
export function ErrorAlert({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert" mb="md">
      {messageOf(error)}
      {onRetry && (
        <Button variant="subtle" color="red" size="xs" ml="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
