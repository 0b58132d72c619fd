// Status and verdict badges, one colour per meaning across the list and the detail page.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementPhase, PlanVerdict } from './agreements.types';

const PHASE_COLOR: Record<AgreementPhase, string> = { draft: 'gray', upcoming: 'blue', in_force: 'green', ended: 'dark' };

/** Where the agreement stands today, by its period (not by the workflow's last click). */
export function StatusBadge({ phase }: { phase: AgreementPhase }) {
  const { t } = useTranslation();
  return <Badge color={PHASE_COLOR[phase]} variant="light" data-testid="agreement-status">{t(`agreements.phase.${phase}`)}</Badge>;
}

export const VERDICT_COLOR: Record<PlanVerdict, string> = { shortfall: 'red', covered: 'green', exact: 'green', 'no-budget': 'gray' };
