// Signatories and witnesses: name, position and institution, for the regency's side and BPJS's side.
import { ActionIcon, Button, Card, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from './agreements.types';

export function PeopleEditor({ people, onChange }: { people: Person[]; onChange: (people: Person[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Person>) => onChange(people.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <>
      {people.map((p, i) => (
        <Card key={i} withBorder padding="xs" mb="xs" data-testid={`person-${i}`}>
          <Group align="flex-end" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 5 }} style={{ flex: 1 }}>
              <Select label={t('agreements.people.role')} allowDeselect={false} value={p.role} onChange={(v) => v && set(i, { role: v as Person['role'] })}
                data={(['signatory', 'witness'] as const).map((r) => ({ value: r, label: t(`agreements.people.${r}`) }))} />
              <Select label={t('agreements.people.side')} allowDeselect={false} value={p.side} onChange={(v) => v && set(i, { side: v as Person['side'] })}
                data={(['regency', 'bpjs'] as const).map((s) => ({ value: s, label: t(`agreements.people.${s}`) }))} />
              <TextInput label={t('agreements.people.name')} value={p.name} onChange={(e) => set(i, { name: e.currentTarget.value })} data-testid={`person-${i}-name`} />
              <TextInput label={t('agreements.people.position')} value={p.position} onChange={(e) => set(i, { position: e.currentTarget.value })} data-testid={`person-${i}-position`} />
              <TextInput label={t('agreements.people.institution')} value={p.institution} onChange={(e) => set(i, { institution: e.currentTarget.value })} data-testid={`person-${i}-institution`} />
            </SimpleGrid>
            <ActionIcon variant="subtle" color="red" aria-label={t('agreements.people.remove')} onClick={() => onChange(people.filter((_, j) => j !== i))} mb={4}>✕</ActionIcon>
          </Group>
        </Card>
      ))}
      <Button variant="light" size="xs" w="fit-content" data-testid="person-add"
        onClick={() => onChange([...people, { role: 'signatory', side: people.some((p) => p.side === 'regency') ? 'bpjs' : 'regency', name: '', position: '', institution: '' }])}>
        {t('agreements.people.add')}
      </Button>
    </>
  );
}
