// The claim's history (each status with its date and who recorded it) and its deadlines: the report to
// BPJS and BPJS's payment within 7 working days of complete documents; an overdue one is red, with the 1%
// per day owed to the participant past it (PP 44/2015 art. 37).
import { Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import type { Claim } from './claims.api';
import type { ClaimStatus } from './claim-status-badge';

export function ClaimTimelineCard({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder data-testid="claim-timeline">
      <Title order={4} mb="xs">{t('claims.detail.timeline')}</Title>
      <Timeline active={claim.timeline.length - 1} bulletSize={14} lineWidth={2} mb="md">
        {claim.timeline.map((e) => (
          <Timeline.Item key={`${e.status}-${e.at}`} title={t(`claims.status.${e.status as ClaimStatus}`)}>
            <Text fz="sm" c="dimmed">{f.date(e.on)}{e.actor && ` · ${e.actor}`}{e.amount !== null && ` · ${f.rupiah(e.amount)}`}</Text>
            {e.note && <Text fz="sm">{e.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
      <Stack gap="xs">
        {claim.deadlines.map((d) => (
          <Group key={d.code} justify="space-between" data-testid={`deadline-${d.code}`} data-overdue={String(d.overdue)}>
            <div>
              <Text fz="sm" fw={500} c={d.overdue ? 'red' : undefined}>{t(`claims.deadlines.${d.code as 'report-bpjs'}`)}</Text>
              <Text fz="xs" c="dimmed">{d.basis}{d.confidence === 'unconfirmed' && ` (${t('claims.detail.unconfirmed')})`}</Text>
            </div>
            <Group gap="xs">
              <Text fz="sm" c={d.overdue ? 'red' : undefined}>{t('claims.detail.due', { date: f.date(d.due) })}{d.metOn && ` · ✓ ${f.date(d.metOn)}`}</Text>
              {d.overdue && <Badge color="red" variant="filled">{t('claims.detail.overdue')} · {t('claims.detail.daysLate', { days: d.daysLate })}</Badge>}
            </Group>
            {d.latePenalty > 0 && <Text fz="sm" c="red" w="100%">{t('claims.detail.late')}: {f.rupiah(d.latePenalty)}</Text>}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
