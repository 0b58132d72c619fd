import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BatchStatus } from './imports.types';

const COLOR: Record<BatchStatus, string> = { staged: 'yellow', approved: 'teal', discarded: 'gray' };

export function BatchStatusBadge({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLOR[status]} variant="light" data-testid="batch-status">{t(`imports.status.${status}`)}</Badge>;
}
