// Enrolling a PKS: the registry's eligible members go into the matching groups up to the free quota; the
// answer says how many were enrolled and how many wait.
import { Alert, Button, Card, Group, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useAgreements } from '../agreements/agreements.api';
import { useEnrol } from './enrolment.api';
import { DateField } from '../../components/date-field';

export function EnrolPanel({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const agreements = useAgreements(tenant);
  const [agreementId, setAgreementId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const enrol = useEnrol(tenant);
  const pks = (agreements.data ?? []).filter((a) => a.kind === 'pks' && a.status !== 'draft' && a.status !== 'ended');
  return (
    <Card withBorder mb="md">
      <Title order={5}>{t('enrolment.enrol.title')}</Title>
      <Text fz="sm" c="dimmed" mb="sm">{t('enrolment.enrol.hint')}</Text>
      <Group align="flex-end">
        <Select label={t('enrolment.enrol.pks')} value={agreementId} onChange={setAgreementId} w={260} data-testid="enrol-pks"
          data={pks.map((a) => ({ value: String(a.id), label: a.number }))} />
        <DateField label={t('enrolment.enrol.from')} value={from || null} onChange={(value) => setFrom(value ?? '')} clearable data-testid="enrol-from" />
        <Button disabled={!agreementId} loading={enrol.isPending} data-testid="enrol-submit"
          onClick={() => enrol.mutate({ agreementId: Number(agreementId), ...(from ? { from } : {}) })}>{t('enrolment.enrol.submit')}</Button>
      </Group>
      {enrol.isError && <ErrorAlert error={enrol.error} />}
      {enrol.data && <Alert mt="sm" color="teal" variant="light" data-testid="enrol-result">{t('enrolment.enrol.done', { enrolled: enrol.data.enrolled, waitlisted: enrol.data.waitlisted })}</Alert>}
    </Card>
  );
}
