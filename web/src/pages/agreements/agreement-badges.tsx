// Status and verdict badges, one colour per meaning across the list and the detail page.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus, PlanVerdict } from './agreements.types';

const STATUS_COLOR: Record<AgreementStatus, string> = { draft: 'gray', signed: 'blue', active: 'green', ended: 'dark' };

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOR[status]} variant="light" data-testid="agreement-status">{t(`agreements.status.${status}`)}</Badge>;
}

export const VERDICT_COLOR: Record<PlanVerdict, string> = { shortfall: 'red', covered: 'green', exact: 'green', 'no-budget': 'gray' };
