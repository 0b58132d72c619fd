// Choosing what to upload: the group (an OPD operator imports only non-ASN, a village operator only
// pekerja rentan), the OPD for a dinas officer (an OPD operator's is fixed), and the file itself.
import { Alert, Button, Card, FileInput, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorAlert } from '../../components/error-alert';
import { useRegions } from '../workers/workers.api';
import { useOpds, useUpload } from './imports.api';
import type { UploadAnswer, WorkerGroup } from './imports.types';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function groupsFor(role: string): WorkerGroup[] {
  if (role === 'opd') return ['non-asn'];
  if (role === 'desa') return ['rentan'];
  return ['non-asn', 'rentan'];
}

export function UploadForm({ tenant, onUploaded }: { tenant: string; onUploaded: (answer: UploadAnswer) => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const groups = groupsFor(user.role);
  const [group, setGroup] = useState<WorkerGroup>(groups[0]!);
  const [opdId, setOpdId] = useState<string | null>(null);
  const [district, setDistrict] = useState<string | null>(null);
  const [villageCode, setVillageCode] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const opds = useOpds(tenant);
  const upload = useUpload();
  const isOpdOperator = user.role === 'opd';
  const mayPickVillage = group === 'rentan' && user.role !== 'desa';
  const districts = useRegions(mayPickVillage ? tenant : null);
  const villages = useRegions(mayPickVillage ? district : null);

  const submit = () => {
    if (!file) return;
    upload.mutate(
      { tenant, group, opdId: group === 'non-asn' && !isOpdOperator && opdId ? Number(opdId) : null, villageCode: mayPickVillage ? villageCode : null, file },
      { onSuccess: (answer) => { setFile(null); onUploaded(answer); } },
    );
  };

  return (
    <Card withBorder padding="lg" mb="lg">
      <Title order={4} mb="sm">{t('imports.upload.title')}</Title>
      <Stack gap="sm">
        {upload.isError && <ErrorAlert error={upload.error} />}
        <div>
          <Text fz="sm" fw={500} mb={4}>{t('imports.upload.group')}</Text>
          <SegmentedControl value={group} onChange={(value) => setGroup(value as WorkerGroup)} data-testid="import-group"
            data={groups.map((g) => ({ value: g, label: <span data-testid={`import-group-${g}`}>{t(`imports.upload.groups.${g}`)}</span> }))} />
        </div>
        {group === 'non-asn' && !isOpdOperator && (
          <Select label={t('imports.upload.opd')} description={t('imports.upload.opdHint')} placeholder={t('imports.upload.opdNone')}
            data={(opds.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))} value={opdId} onChange={setOpdId}
            searchable clearable maw={480} data-testid="import-opd" />
        )}
        {group === 'non-asn' && isOpdOperator && (
          <Alert variant="light" color="blue">{t('imports.upload.opdFixed', { name: opds.data?.[0]?.name ?? user.scopeLabel })}</Alert>
        )}
        {group === 'rentan' && user.role === 'desa' && (
          <Alert variant="light" color="blue">{t('imports.upload.villageFixed', { name: user.scopeLabel })}</Alert>
        )}
        {mayPickVillage && (
          // as a non-ASN upload names its OPD: one village's list needs no Desa column
          <Group align="end" gap="sm">
            <Select label={t('imports.upload.district')} placeholder={t('imports.upload.villageNone')} clearable searchable value={district} maw={300}
              data={(districts.data ?? []).map((r) => ({ value: r.code, label: r.name }))} data-testid="import-district"
              onChange={(value) => { setDistrict(value); setVillageCode(null); }} />
            <Select label={t('imports.upload.village')} description={t('imports.upload.villageHint')} placeholder={t('imports.upload.villageNone')}
              clearable searchable disabled={!district} value={villageCode} maw={300} data-testid="import-village"
              data={(villages.data ?? []).map((r) => ({ value: r.code, label: r.name }))} onChange={setVillageCode} />
          </Group>
        )}
        <FileInput label={t('imports.upload.file')} description={t('imports.upload.fileHint')} placeholder={t('imports.upload.filePlaceholder')}
          accept={ACCEPT} value={file} onChange={setFile} clearable maw={480} data-testid="import-file" />
        <Group>
          <Button onClick={submit} disabled={!file} loading={upload.isPending} data-testid="import-submit">{t('imports.upload.submit')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
