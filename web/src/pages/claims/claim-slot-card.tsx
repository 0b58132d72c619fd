// After a death (issue #13 §11): the participation ended on the day of death, its slot is free from the
// next day; the card names the replacement who took it, or links to the enrolment page whose waitlist fills it.
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { navItem } from '../../app/nav-items';
import { useFormat } from '../../lib/use-format';
import type { Claim } from './claims.api';

export function ClaimSlotCard({ tenant, claim, canEnrol }: { tenant: string; claim: Claim; canEnrol: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const p = claim.participation;
  if (!p || p.endReason !== 'meninggal' || !p.endedOn || !p.slotFreeFrom) return null;
  return (
    <Alert color="gray" variant="light" title={t('claims.slot.title')} data-testid="claim-slot">
      <Stack gap={4}>
        <Text fz="sm">{t('claims.slot.ended', { date: f.date(p.endedOn), free: f.date(p.slotFreeFrom) })}</Text>
        {p.replacement ? (
          <Text fz="sm" data-testid="claim-replacement">
            {t('claims.slot.replacedBy', { name: p.replacement.name, date: f.date(p.replacement.startsOn) })}{' '}
            <Anchor component={Link} to={`/kepesertaan/${tenant}/${p.replacement.participationId}`}>{t('claims.slot.openReplacement')}</Anchor>
          </Text>
        ) : (
          <Text fz="sm">
            {t('claims.slot.none')}{' '}
            {canEnrol && <Anchor component={Link} to={navItem('enrolment').path} data-testid="claim-fill-slot">{t('claims.slot.fill')}</Anchor>}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
