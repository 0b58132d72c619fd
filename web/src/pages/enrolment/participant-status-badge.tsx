// A participation's status as a coloured badge; an ended one also names its reason.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EndReason, ParticipationStatus } from './enrolment.types';

const COLOURS: Record<ParticipationStatus, string> = { calon: 'gray', diajukan: 'blue', aktif: 'teal', berakhir: 'dark', ditolak: 'red' };

export function ParticipantStatusBadge({ status, endReason }: { status: ParticipationStatus; endReason?: EndReason | null }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOURS[status]} data-testid="participation-status">
      {t(`enrolment.status.${status}`)}{endReason ? ` · ${t(`enrolment.reasons.${endReason}`)}` : ''}
    </Badge>
  );
}
