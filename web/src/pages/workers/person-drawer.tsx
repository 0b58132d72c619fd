// One participant in a side drawer: identity (NIK masked unless revealed), memberships, history.
import { Alert, Badge, Card, Drawer, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { PersonStatusBadge, whereOf } from './membership-badges';
import { useWorker } from './workers.api';
import type { Membership, Person } from './workers.types';
import { PersonHistory } from './person-history';
import { PersonParticipations } from '../enrolment/person-participations';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text fz="xs" c="dimmed">{label}</Text>
      <Text fz="sm">{children ?? '—'}</Text>
    </div>
  );
}

function MembershipCard({ m }: { m: Membership }) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => (v === null ? null : f.rupiah(v));
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb={4}>
        <Text fw={600}>{t(`workers.groups.${m.group}`)} · {whereOf(m)}</Text>
        <Badge variant="light" color={m.status === 'active' ? 'teal' : 'gray'}>{t(`workers.membershipStatus.${m.status}`)}</Badge>
      </Group>
      <Text fz="xs" c="dimmed" mb={4}>
        {m.endedOn ? t('workers.detail.periodEnded', { from: f.date(m.startedOn), to: f.date(m.endedOn) }) : t('workers.detail.period', { from: f.date(m.startedOn) })}
        {m.batchId !== null && ` · ${t('workers.detail.batch', { id: m.batchId })}`}
      </Text>
      <SimpleGrid cols={2} spacing={4}>
        {m.group === 'non-asn' ? (
          <><Field label={t('workers.detail.position')}>{m.position}</Field><Field label={t('workers.detail.wage')}>{money(m.wage)}</Field></>
        ) : (
          <><Field label={t('workers.detail.occupation')}>{m.occupation}</Field><Field label={t('workers.detail.income')}>{money(m.declaredIncome)}</Field></>
        )}
      </SimpleGrid>
    </Card>
  );
}

function PersonDetail({ tenant, person }: { tenant: string; person: Person }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap="md" data-testid="person-detail">
      <Group gap="sm"><Title order={3}>{person.name}</Title><PersonStatusBadge status={person.status} /></Group>
      {person.mergedInto !== null && <Alert color="orange" variant="light">{t('workers.detail.mergedInto', { id: person.mergedInto })}</Alert>}
      <SimpleGrid cols={2} spacing="sm">
        <Field label={t('workers.detail.nik')}><Text span ff="monospace" data-testid="person-detail-nik">{person.nik}</Text></Field>
        <Field label={t('workers.detail.birth')}>{[person.birthPlace, f.date(person.birthDate)].filter(Boolean).join(', ')}</Field>
        <Field label={t('workers.detail.sex')}>{t(`workers.detail.sexes.${person.sex}`)}</Field>
        <Field label={t('workers.detail.phone')}>{person.phone}</Field>
        <Field label={t('workers.detail.mother')}>{person.motherName}</Field>
        <Field label={t('workers.detail.village')}>{person.villageName ?? person.villageCode}</Field>
        <Field label={t('workers.detail.address')}>{person.address}</Field>
      </SimpleGrid>
      <Title order={5}>{t('workers.detail.memberships')}</Title>
      {person.memberships.map((m) => <MembershipCard key={m.id} m={m} />)}
      <PersonParticipations tenant={tenant} personId={person.id} />
      <Title order={5}>{t('workers.detail.history')}</Title>
      <PersonHistory tenant={tenant} id={person.id} />
    </Stack>
  );
}

export function PersonDrawer({ tenant, id, reveal, onClose }: { tenant: string; id: number | null; reveal: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="lg" title={t('workers.detail.title')}>
      {id !== null && <PersonBody tenant={tenant} id={id} reveal={reveal} />}
    </Drawer>
  );
}

function PersonBody({ tenant, id, reveal }: { tenant: string; id: number; reveal: boolean }) {
  const person = useWorker(tenant, id, reveal);
  if (person.isPending) return <PageLoader />;
  if (person.isError) return <ErrorAlert error={person.error} />;
  return <PersonDetail tenant={tenant} person={person.data} />;
}
