// One participant (kepesertaan): who, PKS group, KPJ, coverage and status — and their claims.
import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { ParticipantClaims } from '../claims/participant-claims';
import { useParticipant } from '../claims/claims.api';
import { ParticipantStatusBadge } from './participant-status-badge';

export function ParticipantDetailPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { tenant = '', id = '' } = useParams();
  const participant = useParticipant(tenant, Number(id));
  const p = participant.data;
  if (participant.isPending) return <PageLoader />;
  if (!p) return <ErrorAlert error={participant.error} onRetry={() => void participant.refetch()} />;
  const fact = (label: string, value: string) => <div><Text fz="xs" c="dimmed">{label}</Text><Text>{value}</Text></div>;
  return (
    <>
      <PageHeader title={p.name} actions={<Anchor component={Link} to="/kepesertaan">{t('nav.enrolment')}</Anchor>} />
      <Stack>
        <Card withBorder data-testid="participant-detail">
          <Group mb="sm"><ParticipantStatusBadge status={p.status} endReason={p.endReason} /></Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {fact(t('enrolment.col.nik'), p.nik)}
            {fact(t('enrolment.col.kpj'), p.kpj ?? t('enrolment.pending'))}
            {fact(t('enrolment.col.group'), `${p.groupName} · ${p.agreementNumber}`)}
            {fact(t('enrolment.col.coverage'), t('enrolment.coverage', { from: p.coverageFrom ? f.date(p.coverageFrom) : '…', to: f.date(p.endedOn ?? p.coverageTo) }))}
          </SimpleGrid>
        </Card>
        <ParticipantClaims tenant={tenant} participationId={p.id} />
      </Stack>
    </>
  );
}
