import { NumberInput, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCHEMES } from './choice-select';
import { RupiahInput } from './rupiah-input';
import type { BenefitPath } from './simulation.api';

export type BenefitKind = 'jkm' | 'death' | 'disability' | 'stmb';

export interface BenefitFormState {
  scheme: (typeof SCHEMES)[number];
  contributionMonths: number | '';
  wage: number | '';
  disability: 'total' | 'partial';
  percent: number | '';
  functionLoss: number | '';
  months: number | '';
}

export const INITIAL_BENEFIT_FORM: BenefitFormState = {
  scheme: 'pu', contributionMonths: 36, wage: '', disability: 'total', percent: '', functionLoss: '', months: 12,
};

const PATHS: Record<BenefitKind, BenefitPath> = { jkm: 'benefit/jkm', death: 'benefit/jkk-death', disability: 'benefit/jkk-disability', stmb: 'benefit/jkk-stmb' };

/** The API path and body for a benefit, or a null body while a required input is still empty. */
export function benefitRequest(kind: BenefitKind, form: BenefitFormState, on: string): { path: BenefitPath; body: object | null } {
  const path = PATHS[kind];
  if (!on) return { path, body: null };
  if (kind === 'jkm') {
    return { path, body: form.contributionMonths === '' ? null : { scheme: form.scheme, contributionMonths: form.contributionMonths, on } };
  }
  if (form.wage === '') return { path, body: null };
  if (kind === 'death') return { path, body: { wage: form.wage, on } };
  if (kind === 'stmb') return { path, body: form.months === '' ? null : { wage: form.wage, months: form.months, on } };
  if (form.disability === 'total') return { path, body: { wage: form.wage, kind: 'total', on } };
  if (form.percent === '') return { path, body: null };
  const functionLoss = form.functionLoss === '' ? {} : { functionLossPercent: form.functionLoss };
  return { path, body: { wage: form.wage, kind: 'partial', percent: form.percent, ...functionLoss, on } };
}

const toNumber = (value: number | string): number | '' => (value === '' ? '' : Number(value));

/** The inputs the chosen benefit needs. */
export function BenefitForm({ kind, form, onChange }: {
  kind: BenefitKind; form: BenefitFormState; onChange: (next: Partial<BenefitFormState>) => void;
}) {
  const { t } = useTranslation();
  if (kind === 'jkm') {
    return (
      <Stack gap="sm">
        <SegmentedControl fullWidth value={form.scheme} onChange={(value) => onChange({ scheme: value as BenefitFormState['scheme'] })}
          data={SCHEMES.map((code) => ({ value: code, label: t(`simulation.schemeShort.${code}`) }))} />
        <NumberInput label={t('simulation.benefit.contributionMonths')} min={0} max={1200} allowDecimal={false} allowNegative={false}
          value={form.contributionMonths} onChange={(value) => onChange({ contributionMonths: toNumber(value) })} data-testid="benefit-months-paid" />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <RupiahInput label={t('simulation.wage')} value={form.wage} onChange={(wage) => onChange({ wage })} data-testid="benefit-wage" />
      {kind === 'disability' && (
        <>
          <SegmentedControl fullWidth value={form.disability} onChange={(value) => onChange({ disability: value as 'total' | 'partial' })}
            data={(['total', 'partial'] as const).map((code) => ({ value: code, label: t(`simulation.benefit.disabilityKinds.${code}`) }))} />
          {form.disability === 'partial' && (
            <>
              <NumberInput label={t('simulation.benefit.percent')} min={0} max={100} decimalScale={2} allowNegative={false}
                value={form.percent} onChange={(value) => onChange({ percent: toNumber(value) })} data-testid="benefit-percent" />
              <NumberInput label={t('simulation.benefit.functionLoss')} min={0} max={100} decimalScale={2} allowNegative={false}
                value={form.functionLoss} onChange={(value) => onChange({ functionLoss: toNumber(value) })} />
            </>
          )}
        </>
      )}
      {kind === 'stmb' && (
        <NumberInput label={t('simulation.benefit.months')} min={0} max={600} allowDecimal={false} allowNegative={false}
          value={form.months} onChange={(value) => onChange({ months: toNumber(value) })} data-testid="benefit-stmb-months" />
      )}
    </Stack>
  );
}
