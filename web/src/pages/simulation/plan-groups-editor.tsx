import { Button, NumberInput, Select, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FUNDINGS, RISKS, SCHEMES } from './choice-select';
import { RupiahInput } from './rupiah-input';

export interface PlanGroupForm {
  key: number;
  name: string;
  scheme: (typeof SCHEMES)[number];
  risk: (typeof RISKS)[number];
  funding: (typeof FUNDINGS)[number];
  headcount: number | '';
  wage: number | '';
}

/** The 2025 Nagekeo programme (news-nagekeo-2025.txt): 6,311 non-ASN at UMP NTT 2024, 3,034 pekerja rentan. */
export const NAGEKEO_GROUPS: PlanGroupForm[] = [
  { key: 1, name: 'Non-ASN', scheme: 'pu', risk: 'very-low', funding: 'apbd', headcount: 6311, wage: 2186826 },
  { key: 2, name: 'Pekerja rentan', scheme: 'bpu', risk: 'very-low', funding: 'apbd', headcount: 3034, wage: 1000000 },
];

function GroupRow({ group, onChange, onRemove }: {
  group: PlanGroupForm; onChange: (next: Partial<PlanGroupForm>) => void; onRemove: () => void;
}) {
  const { t } = useTranslation();
  const option = (prefix: 'risks' | 'fundings' | 'schemeShort', code: string) =>
    ({ value: code, label: t(`simulation.${prefix}.${code}` as 'simulation.risks.low') });
  return (
    <Table.Tr data-testid="plan-group">
      <Table.Td miw={150}><TextInput aria-label={t('simulation.plan.name')} value={group.name} onChange={(e) => onChange({ name: e.currentTarget.value })} /></Table.Td>
      <Table.Td miw={90}>
        <Select aria-label={t('simulation.scheme')} allowDeselect={false} value={group.scheme} data={SCHEMES.map((code) => option('schemeShort', code))}
          onChange={(value) => value && onChange({ scheme: value as PlanGroupForm['scheme'] })} />
      </Table.Td>
      <Table.Td miw={150}>
        {group.scheme === 'pu' ? (
          <Select aria-label={t('simulation.risk')} allowDeselect={false} value={group.risk} data={RISKS.map((code) => option('risks', code))}
            onChange={(value) => value && onChange({ risk: value as PlanGroupForm['risk'] })} />
        ) : (
          <Select aria-label={t('simulation.funding')} allowDeselect={false} value={group.funding} data={FUNDINGS.map((code) => option('fundings', code))}
            onChange={(value) => value && onChange({ funding: value as PlanGroupForm['funding'] })} />
        )}
      </Table.Td>
      <Table.Td miw={110}>
        <NumberInput aria-label={t('simulation.plan.headcount')} min={0} allowDecimal={false} allowNegative={false} hideControls value={group.headcount}
          onChange={(value) => onChange({ headcount: value === '' ? '' : Number(value) })} data-testid="plan-group-headcount" />
      </Table.Td>
      <Table.Td miw={150}><RupiahInput aria-label={t('simulation.wage')} value={group.wage} onChange={(wage) => onChange({ wage })} /></Table.Td>
      <Table.Td><Button variant="subtle" color="red" size="xs" onClick={onRemove}>{t('simulation.plan.removeGroup')}</Button></Table.Td>
    </Table.Tr>
  );
}

/** The editable groups table: name, scheme, risk class (PU) or funding (BPU), headcount, wage per head. */
export function PlanGroupsEditor({ groups, onChange }: { groups: PlanGroupForm[]; onChange: (groups: PlanGroupForm[]) => void }) {
  const { t } = useTranslation();
  const update = (key: number, next: Partial<PlanGroupForm>) => onChange(groups.map((g) => (g.key === key ? { ...g, ...next } : g)));
  const add = () => onChange([...groups, { key: Math.max(0, ...groups.map((g) => g.key)) + 1, name: '', scheme: 'pu', risk: 'very-low', funding: 'apbd', headcount: '', wage: '' }]);
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={4} data-testid="plan-groups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('simulation.plan.name')}</Table.Th>
              <Table.Th>{t('simulation.scheme')}</Table.Th>
              <Table.Th>{t('simulation.risk')} / {t('simulation.funding')}</Table.Th>
              <Table.Th>{t('simulation.plan.headcount')}</Table.Th>
              <Table.Th>{t('simulation.wage')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <GroupRow key={group.key} group={group} onChange={(next) => update(group.key, next)} onRemove={() => onChange(groups.filter((g) => g.key !== group.key))} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Button variant="light" size="xs" mt="xs" onClick={add} disabled={groups.length >= 50}>{t('simulation.plan.addGroup')}</Button>
    </>
  );
}
