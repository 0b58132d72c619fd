import { Button, Card, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAGEKEO_GROUPS, PlanGroupsEditor, type PlanGroupForm } from './plan-groups-editor';
import { PlanResultView } from './plan-result';
import { ResultPanel } from './result-panel';
import { RupiahInput } from './rupiah-input';
import { useCalculation } from './simulation.api';

const NAGEKEO = { start: '2025-01', months: 12, budget: 1_500_000_000 };

/** The API body, or null while the plan is incomplete (an empty headcount or wage, no group at all). */
function planBody(start: string, months: number | '', budget: number | '', groups: PlanGroupForm[]): object | null {
  if (!/^\d{4}-\d{2}$/.test(start) || months === '' || budget === '' || groups.length === 0) return null;
  if (groups.some((g) => g.headcount === '' || g.wage === '')) return null;
  return {
    start, months, budget,
    groups: groups.map((g, index) => ({
      name: g.name.trim() || `#${index + 1}`, scheme: g.scheme, headcount: g.headcount, wage: g.wage,
      ...(g.scheme === 'pu' ? { risk: g.risk } : { funding: g.funding }),
    })),
  };
}

/** Rencana Anggaran: a programme's cost for its period against the budget (filled with the Nagekeo 2025 example). */
export function PlanTab() {
  const { t } = useTranslation();
  const [start, setStart] = useState(NAGEKEO.start);
  const [months, setMonths] = useState<number | ''>(NAGEKEO.months);
  const [budget, setBudget] = useState<number | ''>(NAGEKEO.budget);
  const [groups, setGroups] = useState<PlanGroupForm[]>(NAGEKEO_GROUPS);
  const query = useCalculation('plan', planBody(start, months, budget, groups));
  const fillExample = () => {
    setStart(NAGEKEO.start);
    setMonths(NAGEKEO.months);
    setBudget(NAGEKEO.budget);
    setGroups(NAGEKEO_GROUPS);
  };

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group grow align="flex-start" wrap="wrap">
            <TextInput type="month" label={t('simulation.plan.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} data-testid="plan-start" />
            <NumberInput label={t('simulation.plan.months')} min={1} max={600} allowDecimal={false} allowNegative={false} value={months}
              onChange={(value) => setMonths(value === '' ? '' : Number(value))} data-testid="plan-months-count" />
            <RupiahInput label={t('simulation.plan.budget')} value={budget} onChange={setBudget} data-testid="plan-budget" />
          </Group>
          <Group justify="space-between">
            <Title order={4}>{t('simulation.plan.groups')}</Title>
            <Button variant="subtle" size="xs" onClick={fillExample} data-testid="plan-example">{t('simulation.plan.example')}</Button>
          </Group>
          <PlanGroupsEditor groups={groups} onChange={setGroups} />
        </Stack>
      </Card>
      <ResultPanel query={query}>{(plan) => <PlanResultView plan={plan} />}</ResultPanel>
    </Stack>
  );
}
