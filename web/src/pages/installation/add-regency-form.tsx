// One regency with its first Dinas account and, if known, its serving BPJS branch — the same server path
// as a CSV row, so the form and the upload cannot validate differently.
import { Button, Card, Group, PasswordInput, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useRegionChildren } from '../regions/regions.api';
import { useBranches, useOnboard, type OnboardingRow } from './installation.api';

const EMPTY = { province: '', code: '', username: '', displayName: '', password: '', branch: '' };

export function AddRegencyForm({ onResult }: { onResult: (rows: OnboardingRow[]) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const provinces = useRegionChildren(undefined);
  const regencies = useRegionChildren(form.province || undefined);
  const branches = useBranches();
  const onboard = useOnboard();
  const set = (key: keyof typeof EMPTY) => (value: string | null) => setForm((f) => ({ ...f, [key]: value ?? '', ...(key === 'province' ? { code: '' } : {}) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const row = { code: form.code, username: form.username.trim(), displayName: form.displayName.trim() || undefined, password: form.password || undefined, branch: form.branch || undefined };
    onboard.mutate({ rows: [row] }, { onSuccess: (rows) => { onResult(rows); if (rows[0]?.outcome !== 'refused') setForm(EMPTY); } });
  };
  return (
    <Card withBorder mb="md" component="form" onSubmit={submit}>
      <Title order={4} mb="sm">{t('installation.add.title')}</Title>
      {onboard.isError && <ErrorAlert error={onboard.error} />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Select label={t('installation.add.province')} searchable required value={form.province || null} onChange={set('province')} data-testid="add-province"
          data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))} />
        <Select label={t('installation.add.regency')} searchable required value={form.code || null} onChange={set('code')} disabled={!form.province} data-testid="add-regency"
          data={form.province ? (regencies.data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })) : []} />
        <Select label={t('installation.add.branch')} clearable placeholder={t('installation.add.branchNone')} value={form.branch || null} onChange={set('branch')} data-testid="add-branch"
          data={(branches.data ?? []).map((b) => ({ value: b.code, label: b.name }))} />
        <TextInput label={t('installation.add.username')} required value={form.username} onChange={(e) => set('username')(e.currentTarget.value)} data-testid="add-username" />
        <TextInput label={t('installation.add.displayName')} value={form.displayName} onChange={(e) => set('displayName')(e.currentTarget.value)} data-testid="add-display-name" />
        <PasswordInput label={t('installation.add.password')} description={t('installation.add.passwordHint')} value={form.password} onChange={(e) => set('password')(e.currentTarget.value)} />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={onboard.isPending} disabled={!form.code || !form.username.trim()} data-testid="add-submit">{t('installation.add.submit')}</Button>
      </Group>
    </Card>
  );
}
