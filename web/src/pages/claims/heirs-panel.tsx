// The heirs of a death or scholarship claim: relation and order (first in line marked), masked NIK with a
// reveal (audit-logged) for roles holding nik:full, bank account, school level of children; add/remove
// while the claim has not gone to BPJS.
import { Badge, Button, Card, Group, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useFormat } from '../../lib/use-format';
import { useLangText } from './claim-text';
import { useHeirs, useRemoveHeir, type Heir } from './claim-documents.api';
import { HeirFormModal } from './heir-form-modal';

export function HeirsPanel({ tenant, claimId, canEdit, canReveal }: { tenant: string; claimId: number; canEdit: boolean; canReveal: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useLangText();
  const [reveal, setReveal] = useState(false);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Heir | null>(null);
  const heirs = useHeirs(tenant, claimId, reveal);
  const remove = useRemoveHeir(tenant, claimId);
  const items = heirs.data?.items ?? [];
  return (
    <Card withBorder data-testid="claim-heirs">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('claims.heirs.title')}</Title>
        <Group>
          {canReveal && items.length > 0 && (
            <Switch label={t('claims.heirs.reveal')} title={t('claims.heirs.revealHint')} checked={reveal} onChange={(e) => setReveal(e.currentTarget.checked)} data-testid="heirs-reveal" />
          )}
          {canEdit && <Button size="compact-sm" onClick={() => setAdding(true)} data-testid="heir-add">{t('claims.heirs.add')}</Button>}
        </Group>
      </Group>
      {heirs.isError && <ErrorAlert error={heirs.error} />}
      {heirs.data && items.length === 0 && <Text c="dimmed" fz="sm">{t('claims.heirs.none')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>{(['name', 'relation', 'nik', 'birthDate', 'bank', 'school'] as const).map((c) => <Table.Th key={c}>{t(`claims.heirs.${c}`)}</Table.Th>)}<Table.Th /></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((h) => (
                <Table.Tr key={h.id} data-testid="heir-row">
                  <Table.Td fw={500}>{h.name}{h.entitled && <Badge ml={6} size="xs" color="teal" variant="light">{t('claims.heirs.entitled')}</Badge>}</Table.Td>
                  <Table.Td>{text(h.relationLabel)}</Table.Td>
                  <Table.Td ff="monospace" data-testid="heir-nik">{h.nik}</Table.Td>
                  <Table.Td>{f.date(h.birthDate)}</Table.Td>
                  <Table.Td>{h.bankName ? `${h.bankName} · ${h.bankAccount ?? ''}` : '—'}</Table.Td>
                  <Table.Td>{h.schoolLevel ? t(`claims.heirs.levels.${h.schoolLevel}`) : '—'}</Table.Td>
                  <Table.Td>{canEdit && <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRemoving(h)}>{t('claims.heirs.remove')}</Button>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {items[0] && (
        <Text fz="xs" c="dimmed" mt="xs">
          {t('claims.heirs.order', { basis: items[0].legalBasis })}{items[0].confidence === 'unconfirmed' && ` (${t('claims.heirs.unconfirmed')})`}
        </Text>
      )}
      {adding && <HeirFormModal tenant={tenant} claimId={claimId} onClose={() => setAdding(false)} />}
      <ConfirmModal opened={removing !== null} title={t('claims.heirs.removeTitle', { name: removing?.name ?? '' })} body={t('claims.heirs.removeBody')}
        confirm={t('claims.heirs.remove')} color="red" pending={remove.isPending} error={remove.error} testId="heir-remove-confirm"
        onClose={() => { setRemoving(null); remove.reset(); }} onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })} />
    </Card>
  );
}
