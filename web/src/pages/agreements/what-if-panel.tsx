// What if: change months, budget, and per group the headcount, wage base or risk class; the plan is
// recomputed on the server (debounced, nothing saved) and its verdict shown at once.
import { Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useFormat } from '../../lib/use-format';
import { useWhatIf } from './agreements.api';
import { RISK_CLASSES, type Agreement, type Plan, type RiskClass, type WhatIf } from './agreements.types';
import { PlanVerdict } from './plan-verdict';

interface Draft { months: number; budget: number; groups: { id: number; headcount: number; wage: number; riskClass: RiskClass | null }[] }

const draftOf = (plan: Plan): Draft => ({
  months: plan.months, budget: plan.budget ?? 0,
  groups: plan.groups.map((g) => ({ id: g.groupId, headcount: g.headcount, wage: g.wage.amount, riskClass: g.riskClass })),
});

/** Only what differs from the saved plan is sent, so an untouched wage base keeps its UMP rule. */
function overrides(draft: Draft, base: Draft): WhatIf | null {
  const groups = draft.groups.flatMap((g, i) => {
    const b = base.groups[i]!;
    const o = { id: g.id, ...(g.headcount !== b.headcount && { headcount: g.headcount }), ...(g.wage !== b.wage && { wage: g.wage }),
      ...(g.riskClass !== b.riskClass && g.riskClass && { riskClass: g.riskClass }) };
    return Object.keys(o).length > 1 ? [o] : [];
  });
  const w: WhatIf = { ...(draft.months !== base.months && { months: draft.months }), ...(draft.budget !== base.budget && { budget: draft.budget }), ...(groups.length && { groups }) };
  return Object.keys(w).length ? w : null;
}

export function WhatIfPanel({ agreement, base }: { agreement: Agreement; base: Plan }) {
  const { t } = useTranslation();
  const f = useFormat();
  const initial = useMemo(() => draftOf(base), [base]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [debounced] = useDebouncedValue(draft, 300);
  const whatIf = overrides(debounced, initial);
  const result = useWhatIf(agreement.tenantCode, agreement.id, whatIf);
  const shown = whatIf && result.data ? result.data : base;
  const setGroup = (i: number, patch: Partial<Draft['groups'][number]>) =>
    setDraft((d) => ({ ...d, groups: d.groups.map((g, j) => (j === i ? { ...g, ...patch } : g)) }));
  const money = { thousandSeparator: '.', decimalSeparator: ',', prefix: 'Rp ', min: 0, allowDecimal: false, allowNegative: false } as const;

  return (
    <Card withBorder data-testid="what-if">
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t('agreements.whatIf.title')}</Title>
        <Button size="xs" variant="subtle" onClick={() => setDraft(initial)} data-testid="what-if-reset">{t('agreements.whatIf.reset')}</Button>
      </Group>
      <Text fz="sm" c="dimmed" mb="sm">{t('agreements.whatIf.intro')}</Text>
      <Stack gap="xs">
        <Group grow>
          <NumberInput label={t('agreements.whatIf.months')} min={1} max={600} allowDecimal={false} value={draft.months}
            onChange={(v) => setDraft((d) => ({ ...d, months: Number(v) || 1 }))} data-testid="what-if-months" />
          <NumberInput label={t('agreements.whatIf.budget')} {...money} value={draft.budget}
            onChange={(v) => setDraft((d) => ({ ...d, budget: Number(v) || 0 }))} data-testid="what-if-budget" />
        </Group>
        {draft.groups.map((g, i) => (
          <Card key={g.id} withBorder padding="xs">
            <Text fw={600} fz="sm" mb={4}>{base.groups[i]!.name}</Text>
            <Group grow>
              <NumberInput label={t('agreements.whatIf.headcount')} min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," value={g.headcount}
                onChange={(v) => setGroup(i, { headcount: Number(v) || 0 })} data-testid={`what-if-headcount-${i}`} />
              <NumberInput label={t('agreements.whatIf.wage')} {...money} value={g.wage} onChange={(v) => setGroup(i, { wage: Number(v) || 0 })} data-testid={`what-if-wage-${i}`} />
            </Group>
            {g.riskClass && (
              <Select mt={4} label={t('agreements.whatIf.risk')} allowDeselect={false} value={g.riskClass} data-testid={`what-if-risk-${i}`}
                data={RISK_CLASSES.map((r) => ({ value: r, label: t(`agreements.risk.${r}`) }))} onChange={(v) => v && setGroup(i, { riskClass: v as RiskClass })} />
            )}
          </Card>
        ))}
      </Stack>
      {result.isError && <ErrorAlert error={result.error} />}
      <Stack gap={2} mt="md">
        <PlanVerdict plan={shown} months={shown.months} testId="what-if-verdict" />
        <Text fz="sm">{t('agreements.plan.total')}: <b data-testid="what-if-total">{f.rupiah(shown.total)}</b></Text>
      </Stack>
    </Card>
  );
}
