import { Card, Checkbox, Grid, SegmentedControl, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakdownTable } from './breakdown-table';
import { ChoiceSelect, FUNDINGS, RISKS, SECTORS, SCHEMES } from './choice-select';
import { ResultPanel, Warnings } from './result-panel';
import { RupiahInput } from './rupiah-input';
import { todayIso, useCalculation } from './simulation.api';
import { TotalCard } from './total-card';
import { DateField } from '../../components/date-field';

type Scheme = (typeof SCHEMES)[number];

/** Iuran: the monthly JKK + JKM contribution of one participant, recomputed as the user types. */
export function ContributionTab() {
  const { t } = useTranslation();
  const [scheme, setScheme] = useState<Scheme>('pu');
  const [wage, setWage] = useState<number | ''>('');
  const [risk, setRisk] = useState<(typeof RISKS)[number]>('very-low');
  const [jkp, setJkp] = useState(false);
  const [funding, setFunding] = useState<(typeof FUNDINGS)[number]>('apbd');
  const [sector, setSector] = useState<(typeof SECTORS)[number]>('other');
  const [on, setOn] = useState(todayIso());

  const body = wage === '' || !on ? null
    : scheme === 'pu' ? { scheme, wage, risk, jkp, funding, on } : { scheme, wage, funding, sector, on };
  const query = useCalculation('contribution', body);

  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <SegmentedControl fullWidth value={scheme} onChange={(value) => setScheme(value as Scheme)} data-testid="contribution-scheme"
              data={SCHEMES.map((code) => ({ value: code, label: t(`simulation.schemeShort.${code}`) }))} />
            <RupiahInput label={scheme === 'pu' ? t('simulation.wage') : t('simulation.income')} description={t(`simulation.schemes.${scheme}`)}
              value={wage} onChange={setWage} data-testid="contribution-wage" />
            {scheme === 'pu' && (
              <>
                <ChoiceSelect label={t('simulation.risk')} group="risks" choices={RISKS} value={risk} onChange={setRisk} testId="contribution-risk" />
                <Checkbox label={t('simulation.jkp')} checked={jkp} onChange={(event) => setJkp(event.currentTarget.checked)} />
              </>
            )}
            <ChoiceSelect label={t('simulation.funding')} group="fundings" choices={FUNDINGS} value={funding} onChange={setFunding} testId="contribution-funding" />
            {scheme === 'bpu' && (
              <ChoiceSelect label={t('simulation.sector')} group="sectors" choices={SECTORS} value={sector} onChange={setSector} testId="contribution-sector" />
            )}
            <DateField label={t('simulation.on')} description={t('simulation.onHint')} value={on}
              onChange={(value) => value && setOn(value)} data-testid="contribution-on" />
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <ResultPanel query={query}>
          {(result) => (
            <>
              <TotalCard label={t('simulation.totalPerMonth')} amount={result.total} words={result.totalInWords} testId="contribution-total" />
              <Warnings warnings={result.warnings} />
              <Card withBorder padding="md">
                <Title order={4} mb="xs">{t('simulation.breakdown')}</Title>
                <BreakdownTable lines={result.lines} testId="contribution-lines" />
              </Card>
            </>
          )}
        </ResultPanel>
      </Grid.Col>
    </Grid>
  );
}
