// A province's regencies and their first Dinas accounts from one CSV, as `lindung tenants onboard` takes
// it; the server reads and validates it, and reports every row.
import { Button, Card, FileInput, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useOnboard, type OnboardingRow } from './installation.api';
import { OnboardingResult } from './onboarding-result';

export function OnboardingCsvTab() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<OnboardingRow[] | null>(null);
  const onboard = useOnboard();
  const upload = async () => {
    if (!file) return;
    onboard.mutate({ csv: await file.text() }, { onSuccess: setRows });
  };
  return (
    <>
      <Card withBorder>
        <Text fz="sm" mb="sm">{t('installation.csv.intro')}</Text>
        <Text ff="monospace" fz="xs" c="dimmed" mb="sm">kode,nama_pengguna,nama_lengkap,kata_sandi,kantor_cabang</Text>
        {onboard.isError && <ErrorAlert error={onboard.error} />}
        <Group align="end">
          <FileInput label={t('installation.csv.file')} accept=".csv,text/csv" value={file} onChange={setFile} miw={280} data-testid="onboarding-file" clearable />
          <Button onClick={() => void upload()} disabled={!file} loading={onboard.isPending} data-testid="onboarding-submit">{t('installation.csv.submit')}</Button>
        </Group>
      </Card>
      {rows && <OnboardingResult rows={rows} />}
    </>
  );
}
