// Participant groups of a PKS: scheme (PU non-ASN / BPU pekerja rentan), risk class, target headcount
// and the wage base policy — the UMP of a year ("UMP NTT 2024"), a per-person wage, or declared income.
import { ActionIcon, Button, Card, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RISK_CLASSES, type Group as PlanGroup, type RiskClass, type WagePolicy } from './agreements.types';

const MONEY = { thousandSeparator: '.', decimalSeparator: ',', prefix: 'Rp ', min: 0, allowDecimal: false, allowNegative: false } as const;

export function newGroup(scheme: 'pu' | 'bpu', provinceCode: string, year: number): PlanGroup {
  return scheme === 'pu'
    ? { name: '', scheme, riskClass: 'very-low', targetHeadcount: 0, wage: { kind: 'ump', provinceCode, year } }
    : { name: '', scheme, funding: 'apbd', targetHeadcount: 0, wage: { kind: 'declared', amount: 1_000_000 } };
}

interface Props { groups: PlanGroup[]; onChange: (groups: PlanGroup[]) => void; province: { code: string; name: string }; year: number }

function WageFields({ group, onChange, province }: { group: PlanGroup; onChange: (wage: WagePolicy) => void; province: Props['province'] }) {
  const { t } = useTranslation();
  const w = group.wage;
  if (group.scheme === 'bpu') {
    return <NumberInput label={t('agreements.group.declared')} {...MONEY} value={w.kind === 'ump' ? 0 : w.amount} onChange={(v) => onChange({ kind: 'declared', amount: Number(v) || 0 })} />;
  }
  return (
    <>
      <Select label={t('agreements.group.wagePolicy')} allowDeselect={false} value={w.kind}
        data={[{ value: 'ump', label: t('agreements.group.ump') }, { value: 'fixed', label: t('agreements.group.fixed') }]}
        onChange={(v) => onChange(v === 'ump' ? { kind: 'ump', provinceCode: province.code, year: new Date().getFullYear() - 1 } : { kind: 'fixed', amount: 0 })} />
      {w.kind === 'ump'
        ? <NumberInput label={`${t('agreements.group.umpYear')} (${province.name})`} min={2000} max={2100} allowDecimal={false} value={w.year}
          onChange={(v) => onChange({ ...w, year: Number(v) || w.year })} />
        : <NumberInput label={t('agreements.group.amount')} {...MONEY} value={w.kind === 'fixed' ? w.amount : 0} onChange={(v) => onChange({ kind: 'fixed', amount: Number(v) || 0 })} />}
    </>
  );
}

export function GroupsEditor({ groups, onChange, province, year }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PlanGroup>) => onChange(groups.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <>
      {groups.map((g, i) => (
        <Card key={g.id ?? `new-${i}`} withBorder padding="sm" mb="xs" data-testid={`group-${i}`}>
          <Group justify="space-between" mb={4}>
            <SegmentedControl size="xs" value={g.scheme} data-testid={`group-${i}-scheme`}
              data={[{ value: 'pu', label: t('agreements.group.pu') }, { value: 'bpu', label: t('agreements.group.bpu') }]}
              onChange={(v) => set(i, { ...newGroup(v as 'pu' | 'bpu', province.code, year), id: g.id, name: g.name, targetHeadcount: g.targetHeadcount })} />
            <ActionIcon variant="subtle" color="red" aria-label={t('agreements.group.remove')} onClick={() => onChange(groups.filter((_, j) => j !== i))}>✕</ActionIcon>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput label={t('agreements.group.name')} required value={g.name} onChange={(e) => set(i, { name: e.currentTarget.value })} data-testid={`group-${i}-name`} />
            <NumberInput label={t('agreements.group.target')} min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," value={g.targetHeadcount}
              onChange={(v) => set(i, { targetHeadcount: Number(v) || 0 })} data-testid={`group-${i}-target`} />
            {g.scheme === 'pu' && (
              <Select label={t('agreements.group.risk')} allowDeselect={false} value={g.riskClass ?? 'very-low'}
                data={RISK_CLASSES.map((r) => ({ value: r, label: t(`agreements.risk.${r}`) }))} onChange={(v) => v && set(i, { riskClass: v as RiskClass })} />
            )}
            <WageFields group={g} province={province} onChange={(wage) => set(i, { wage })} />
          </SimpleGrid>
        </Card>
      ))}
      {groups.length === 0 && <Text c="dimmed" fz="sm" mb="xs">–</Text>}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => onChange([...groups, newGroup('pu', province.code, year)])} data-testid="group-add-pu">+ {t('agreements.group.pu')}</Button>
        <Button variant="light" size="xs" onClick={() => onChange([...groups, newGroup('bpu', province.code, year)])} data-testid="group-add-bpu">+ {t('agreements.group.bpu')}</Button>
      </Group>
    </>
  );
}
