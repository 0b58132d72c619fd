// Reporting an incident (operator, the same day): the participant by NIK (or from their page), the claim
// type, the date, the chronology, and for a work accident whether it happened on the road (the police
// report then joins the checklist). Lindung answers at once with the eligibility and benefit on the claim page.
import { Alert, Button, Card, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/use-format';
import { useFileClaim, useParticipant, useParticipantByNik } from './claims.api';
import { CLAIM_TYPES, type ClaimType } from './claim-status-badge';
import { DateField } from '../../components/date-field';

export function ClaimReportPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { tenant = '' } = useParams();
  const [params] = useSearchParams();
  const fromPage = useParticipant(tenant, params.get('peserta') ? Number(params.get('peserta')) : null);
  const [nikInput, setNik] = useState('');
  const nik = nikInput || fromPage.data?.nik || '';
  const found = useParticipantByNik(tenant, nik.trim());
  const [type, setType] = useState<ClaimType | null>(null);
  const [incidentDate, setDate] = useState('');
  const [chronology, setChronology] = useState('');
  const [traffic, setTraffic] = useState(false);
  const [percent, setPercent] = useState<number | string>('');
  const [months, setMonths] = useState<number | string>('');
  const file = useFileClaim(tenant);
  const person = found.data?.[0] ?? fromPage.data;
  const isWorkAccident = type !== null && type.startsWith('jkk');
  const fieldError = (path: string) => (file.error instanceof ApiError ? file.error.fieldMessage(path) : undefined);
  const submit = () => type && file.mutate({
    nik: nik.trim(), type, incidentDate, chronology, trafficAccident: isWorkAccident && traffic,
    ...(type === 'jkk-disability-partial' && percent !== '' ? { percent: Number(percent) } : {}),
    ...(type === 'jkk-stmb' && months !== '' ? { months: Number(months) } : {}),
  }, {
    onSuccess: (claim) => {
      notifications.show({ color: 'teal', message: t('claims.form.done', { number: claim.number }) });
      void navigate(`/klaim/${tenant}/${claim.claimId}`);
    },
  });
  return (
    <>
      <PageHeader title={t('claims.form.title')} />
      <Card withBorder maw={820}>
        <Stack>
          {file.isError && <ErrorAlert error={file.error} />}
          <TextInput label={t('claims.form.participant')} description={t('claims.form.participantHint')} value={nik} maxLength={16} inputMode="numeric"
            onChange={(e) => setNik(e.currentTarget.value.replace(/\D/g, ''))} error={fieldError('nik')} data-testid="report-nik" />
          {person && /^\d{16}$/.test(nik) && (
            <Alert variant="light" color="blue" data-testid="report-person">
              <Text fw={600}>{person.name}</Text>
              <Text fz="sm">{person.groupName} · {t(`enrolment.status.${person.status}`)} · {t('enrolment.coverage', { from: person.coverageFrom ? f.date(person.coverageFrom) : '…', to: f.date(person.endedOn ?? person.coverageTo) })}</Text>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('claims.form.type')} value={type} onChange={(v) => setType(v as ClaimType | null)} required error={fieldError('type')} data-testid="report-type"
              data={CLAIM_TYPES.map((x) => ({ value: x, label: t(`claims.types.${x}`) }))} />
            <DateField label={t('claims.form.incidentDate')} value={incidentDate || null} onChange={(v) => setDate(v ?? '')} required error={fieldError('incidentDate')} data-testid="report-date" />
          </SimpleGrid>
          {type === 'jkk-disability-partial' && <NumberInput label={t('claims.form.percent')} value={percent} onChange={setPercent} min={1} max={100} w={240} data-testid="report-percent" />}
          {type === 'jkk-stmb' && <NumberInput label={t('claims.form.months')} value={months} onChange={setMonths} min={1} max={120} w={240} data-testid="report-months" />}
          <Textarea label={t('claims.form.chronology')} description={t('claims.form.chronologyHint')} value={chronology} onChange={(e) => setChronology(e.currentTarget.value)}
            autosize minRows={3} maxLength={4000} error={fieldError('chronology')} data-testid="report-chronology" />
          {isWorkAccident && <Checkbox label={t('claims.form.traffic')} checked={traffic} onChange={(e) => setTraffic(e.currentTarget.checked)} data-testid="report-traffic" />}
          <Group justify="flex-end">
            <Button onClick={submit} loading={file.isPending} disabled={!/^\d{16}$/.test(nik) || !type || !incidentDate} data-testid="report-submit">{t('claims.form.submit')}</Button>
          </Group>
        </Stack>
      </Card>
    </>
  );
}
