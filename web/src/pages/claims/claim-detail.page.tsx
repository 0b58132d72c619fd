// One claim: who and what happened, the eligibility verdict with its reasons, the benefit with its legal
// basis, heirs (death and scholarship claims), the document checklist with uploads and verification, the
// timeline with deadlines (overdue in red), the next step this user may take, and after a death the freed slot.
import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { ChecklistPanel } from './checklist-panel';
import { ClaimActions } from './claim-actions';
import { ClaimBenefitCard, ClaimVerdictCard } from './claim-benefit-card';
import { ClaimStatusBadge } from './claim-status-badge';
import { ClaimTimelineCard } from './claim-timeline-card';
import { useClaim, useParticipant } from './claims.api';
import { ClaimSlotCard } from './claim-slot-card';
import { HeirsPanel } from './heirs-panel';

const WITH_HEIRS = new Set(['jkm', 'jkk-death', 'beasiswa']);
const HEIRS_OPEN = new Set(['dilaporkan', 'berkas-lengkap']);
const DOCUMENTS_OPEN = new Set(['dilaporkan', 'berkas-lengkap', 'diajukan', 'disetujui']);

export function ClaimDetailPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useCurrentUser();
  const { tenant = '', id = '' } = useParams();
  const claimId = Number(id);
  const query = useClaim(tenant, claimId);
  const claim = query.data;
  // the participant's name and page (the claim itself keeps only the masked NIK)
  const participant = useParticipant(tenant, claim?.participationId ?? null);
  if (query.isPending) return <PageLoader />;
  if (!claim) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const canWrite = hasPermission(user, 'claims:write');
  return (
    <>
      <PageHeader title={`${t('nav.claims')} ${claim.number}`} actions={<Anchor component={Link} to="/klaim">{t('claims.detail.back')}</Anchor>} />
      <Stack>
        <Group gap="sm">
          <ClaimStatusBadge status={claim.status} />
          <Title order={4}>{t(`claims.types.${claim.type}`)}</Title>
        </Group>
        <Text fz="sm" data-testid="claim-summary">
          {t('claims.detail.participant')}: <Anchor component={Link} to={`/kepesertaan/${tenant}/${claim.participationId}`} fw={600} data-testid="claim-participant">{participant.data?.name ?? claim.participantName}</Anchor>{' '}
          <Text span ff="monospace">{claim.nikMasked}</Text>
          {' · '}{t('claims.detail.incident')}: {f.date(claim.incidentDate)} · {t('claims.detail.reported')}: {f.date(claim.reportedOn)}
          {claim.trafficAccident && ` · ${t('claims.detail.traffic')}`}
        </Text>
        {claim.chronology && <Text fz="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{t('claims.detail.chronology')}: {claim.chronology}</Text>}
        <ClaimSlotCard tenant={tenant} claim={claim} canEnrol={hasPermission(user, 'enrolment:read')} />
        <ClaimActions tenant={tenant} claim={claim} today={new Date().toISOString().slice(0, 10)} />
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <ClaimVerdictCard claim={claim} />
          <ClaimTimelineCard claim={claim} />
        </SimpleGrid>
        <ClaimBenefitCard claim={claim} />
        {WITH_HEIRS.has(claim.type) && (
          <HeirsPanel tenant={tenant} claimId={claimId} canEdit={canWrite && HEIRS_OPEN.has(claim.status)} canReveal={hasPermission(user, 'nik:full')} />
        )}
        <ChecklistPanel tenant={tenant} claimId={claimId} rights={{
          canUpload: canWrite && DOCUMENTS_OPEN.has(claim.status), canVerify: hasPermission(user, 'claims:verify') && DOCUMENTS_OPEN.has(claim.status),
          canOpen: hasPermission(user, 'claims:documents'),
        }} />
      </Stack>
    </>
  );
}
