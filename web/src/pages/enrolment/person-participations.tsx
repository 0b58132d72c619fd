// A person's participations in the registry drawer: PKS and group, KPJ, coverage, status, and the card.
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { cardUrl, useParticipants } from './enrolment.api';
import { ParticipantStatusBadge } from './participant-status-badge';

export function PersonParticipations({ tenant, personId }: { tenant: string; personId: number }) {
  const user = useCurrentUser();
  if (!hasPermission(user, 'enrolment:read')) return null;
  return <ParticipationList tenant={tenant} personId={personId} />;
}

function ParticipationList({ tenant, personId }: { tenant: string; personId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useParticipants(tenant, { personId }, 1, 50);
  return (
    <Stack gap="xs" data-testid="person-participations">
      <Title order={5}>{t('enrolment.person.title')}</Title>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Text fz="sm" c="dimmed">{t('enrolment.person.none')}</Text>}
      {list.data?.items.map((p) => (
        <Card key={p.id} withBorder padding="sm">
          <Group justify="space-between" mb={4}>
            <Text fw={600}>{p.groupName} · {t('enrolment.person.pks', { number: p.agreementNumber })}</Text>
            <ParticipantStatusBadge status={p.status} endReason={p.endReason} />
          </Group>
          <Group justify="space-between">
            <Text fz="sm">
              {t('enrolment.col.kpj')}: <Text span ff="monospace">{p.kpj ?? t('enrolment.pending')}</Text>
              {' · '}{t('enrolment.coverage', { from: p.coverageFrom ? f.date(p.coverageFrom) : '…', to: f.date(p.endedOn ?? p.coverageTo) })}
            </Text>
            {p.status === 'aktif' && p.kpj && <Anchor href={cardUrl(tenant, p.id)} target="_blank" fz="sm" data-testid="person-card">{t('enrolment.card')}</Anchor>}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
