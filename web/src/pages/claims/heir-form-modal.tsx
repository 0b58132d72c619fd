// Recording one heir: name, relation (from the server's ordered list), NIK and birth date (checked
// against each other by the server), bank account, and for a child the school level for the scholarship.
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError } from '../../lib/api';
import { useLangText } from './claim-text';
import { useAddHeir, useHeirRelations, type HeirBody } from './claim-documents.api';
import { DateField } from '../../components/date-field';

const LEVELS = ['tk', 'sd', 'smp', 'sma', 's1'] as const;
const EMPTY: HeirBody = { name: '', relation: '', nik: '', birthDate: '', bankName: '', bankAccount: '', schoolLevel: null, married: false, working: false };

export function HeirFormModal({ tenant, claimId, onClose }: { tenant: string; claimId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const text = useLangText();
  const relations = useHeirRelations();
  const add = useAddHeir(tenant, claimId);
  const [form, setForm] = useState<HeirBody>(EMPTY);
  const set = (patch: Partial<HeirBody>) => setForm((f) => ({ ...f, ...patch }));
  const isChild = relations.data?.find((r) => r.code === form.relation)?.isChild ?? false;
  const fieldError = (path: string) => (add.error instanceof ApiError ? add.error.fieldMessage(path) : undefined);
  const submit = () => add.mutate({ ...form, bankName: form.bankName || null, bankAccount: form.bankAccount || null, schoolLevel: isChild ? form.schoolLevel : null }, {
    onSuccess: () => { notifications.show({ color: 'teal', message: t('claims.heirs.saved') }); onClose(); },
  });
  return (
    <Modal opened onClose={onClose} title={t('claims.heirs.add')} size="lg" centered>
      <Stack>
        {add.isError && <ErrorAlert error={add.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('claims.heirs.name')} value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} required error={fieldError('name')} data-testid="heir-name" />
          <Select label={t('claims.heirs.relation')} value={form.relation || null} onChange={(v) => set({ relation: v ?? '' })} required error={fieldError('relation')} data-testid="heir-relation"
            data={(relations.data ?? []).map((r) => ({ value: r.code, label: `${r.rank}. ${text(r.label)}` }))} />
          <TextInput label={t('claims.heirs.nik')} value={form.nik} onChange={(e) => set({ nik: e.currentTarget.value })} required maxLength={16} inputMode="numeric" error={fieldError('nik')} data-testid="heir-nik-input" />
          <DateField label={t('claims.heirs.birthDate')} value={form.birthDate || null} onChange={(v) => set({ birthDate: v ?? '' })} required error={fieldError('birthDate')} data-testid="heir-birth" />
          <TextInput label={t('claims.heirs.bank')} value={form.bankName ?? ''} onChange={(e) => set({ bankName: e.currentTarget.value })} error={fieldError('bankName')} data-testid="heir-bank" />
          <TextInput label={t('claims.heirs.account')} value={form.bankAccount ?? ''} onChange={(e) => set({ bankAccount: e.currentTarget.value })} error={fieldError('bankAccount')} data-testid="heir-account" />
        </SimpleGrid>
        {isChild && (
          <Group align="flex-end">
            <Select label={t('claims.heirs.school')} value={form.schoolLevel ?? null} onChange={(v) => set({ schoolLevel: (v as HeirBody['schoolLevel']) ?? null })} clearable w={260}
              data={LEVELS.map((l) => ({ value: l, label: t(`claims.heirs.levels.${l}`) }))} data-testid="heir-school" />
            <Checkbox label={t('claims.heirs.married')} checked={!!form.married} onChange={(e) => set({ married: e.currentTarget.checked })} />
            <Checkbox label={t('claims.heirs.working')} checked={!!form.working} onChange={(e) => set({ working: e.currentTarget.checked })} />
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={add.isPending} disabled={!form.name || !form.relation || !form.nik || !form.birthDate} data-testid="heir-submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
