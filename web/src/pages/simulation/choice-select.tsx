import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ChoiceGroup = 'risks' | 'fundings' | 'sectors' | 'schemes';

/** A select over a fixed list of codes, labelled from `simulation.<group>.<code>`. */
export function ChoiceSelect<T extends string>({ label, group, choices, value, onChange, testId }: {
  label: string; group: ChoiceGroup; choices: readonly T[]; value: T; onChange: (value: T) => void; testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      data={choices.map((code) => ({ value: code, label: t(`simulation.${group}.${code}` as 'simulation.risks.low') }))}
      value={value}
      allowDeselect={false}
      onChange={(next) => next && onChange(next as T)}
      data-testid={testId}
    />
  );
}

export const SCHEMES = ['pu', 'bpu'] as const;
export const RISKS = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
export const FUNDINGS = ['apbd', 'apbn', 'self'] as const;
export const SECTORS = ['transport', 'other'] as const;
