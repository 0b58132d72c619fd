import { Alert, Card, Grid, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';
import { BenefitForm, benefitRequest, INITIAL_BENEFIT_FORM, type BenefitFormState, type BenefitKind } from './benefit-form';
import { BreakdownTable } from './breakdown-table';
import { ResultPanel } from './result-panel';
import { todayIso, useCalculation, type Scholarship } from './simulation.api';
import { TotalCard } from './total-card';
import { DateField } from '../../components/date-field';

const KINDS: readonly BenefitKind[] = ['jkm', 'death', 'disability', 'stmb'];

function ScholarshipNote({ scholarship }: { scholarship: Scholarship }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert color={scholarship.eligible ? 'teal' : 'gray'} variant="light" title={t('simulation.benefit.scholarship')} data-testid="benefit-scholarship">
      {scholarship.eligible
        ? t('simulation.benefit.scholarshipEligible', { children: String(scholarship.maxChildren), perChild: format.rupiah(scholarship.maxPerChild) })
        : t('simulation.benefit.scholarshipNotEligible')}
    </Alert>
  );
}

/** Manfaat: what an heir or an injured worker is entitled to (PP 82/2019), explained line by line. */
export function BenefitTab() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BenefitKind>('jkm');
  const [form, setForm] = useState<BenefitFormState>(INITIAL_BENEFIT_FORM);
  const [on, setOn] = useState(todayIso());
  const request = benefitRequest(kind, form, on);
  const query = useCalculation(request.path, request.body);

  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Select label={t('simulation.benefit.kind')} allowDeselect={false} value={kind} data-testid="benefit-kind"
              data={KINDS.map((code) => ({ value: code, label: t(`simulation.benefit.kinds.${code}`) }))}
              onChange={(value) => value && setKind(value as BenefitKind)} />
            <BenefitForm kind={kind} form={form} onChange={(next) => setForm((current) => ({ ...current, ...next }))} />
            <DateField label={t('simulation.on')} value={on} onChange={(value) => value && setOn(value)} data-testid="benefit-on" />
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <ResultPanel query={query}>
          {(result) => (
            <>
              <TotalCard label={t('simulation.total')} amount={result.total ?? result.amount ?? 0} words={result.totalInWords} testId="benefit-total" />
              {result.isFullBenefit === false && <Alert color="yellow" variant="light">{t('simulation.benefit.funeralOnly')}</Alert>}
              {result.scholarship && <ScholarshipNote scholarship={result.scholarship} />}
              <Card withBorder padding="md">
                <Title order={4} mb="xs">{t('simulation.breakdown')}</Title>
                <BreakdownTable lines={result.lines} testId="benefit-lines" />
              </Card>
            </>
          )}
        </ResultPanel>
      </Grid.Col>
    </Grid>
  );
}
