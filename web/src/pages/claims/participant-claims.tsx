// A participant's claims on their page (/kepesertaan/…/:id), with the way to report a new incident.
import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { hasPermission } from '../../lib/auth';
import { useClaims } from './claims.api';
import { ClaimsTable } from './claims-table';

export function ParticipantClaims({ tenant, participationId }: { tenant: string; participationId: number }) {
  const user = useCurrentUser();
  if (!hasPermission(user, 'claims:read')) return null;
  return <ClaimList tenant={tenant} participationId={participationId} canReport={hasPermission(user, 'claims:write')} />;
}

function ClaimList({ tenant, participationId, canReport }: { tenant: string; participationId: number; canReport: boolean }) {
  const { t } = useTranslation();
  const list = useClaims(tenant, { participationId, limit: 100, offset: 0 });
  return (
    <Stack gap="xs" data-testid="participant-claims">
      <Group justify="space-between">
        <Title order={4}>{t('claims.person.title')}</Title>
        {canReport && <Button size="compact-sm" component={Link} to={`/klaim/${tenant}/lapor?peserta=${participationId}`} data-testid="participant-report">{t('claims.report')}</Button>}
      </Group>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && <ClaimsTable tenant={tenant} items={list.data.items} total={list.data.total} />}
    </Stack>
  );
}
