import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { UnconfirmedBadge } from './breakdown-table';
import type { CalcWarning } from './simulation.api';

/** The answer area of a calculator: the error, a "computing" hint, or the result. */
export function ResultPanel<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-live="polite">
      {query.isError && <ErrorAlert error={query.error} />}
      {query.isFetching && !query.data && (
        <Text c="dimmed" fz="sm"><Loader size="xs" mr="xs" />{t('simulation.computing')}</Text>
      )}
      {query.data !== undefined && !query.isError && children(query.data)}
    </Stack>
  );
}

export function Warnings({ warnings }: { warnings: CalcWarning[] }) {
  return warnings.map((warning) => (
    <Alert key={warning.code} color="yellow" variant="light" data-testid="calc-warning">
      {warning.message} <Text span fz="xs" c="dimmed">({warning.legalBasis})</Text> <UnconfirmedBadge confidence={warning.confidence} />
    </Alert>
  ));
}
