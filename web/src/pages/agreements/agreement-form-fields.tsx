// The terms of an agreement as form sections — shared by "new", "edit draft" and "addendum".
import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Title, Button, Card } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementTerms, FormOptions, Programme } from './agreements.types';
import { DateField } from '../../components/date-field';
import { GroupsEditor } from './groups-editor';
import { PeopleEditor } from './people-editor';

export type FieldError = (path: string) => string | undefined;

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder mb="md">
      <Title order={4} mb="sm">{title}</Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

interface Props { kind: 'mou' | 'pks'; terms: AgreementTerms; onChange: (patch: Partial<AgreementTerms>) => void; options: FormOptions; error: FieldError }

export function AgreementTermsFields({ kind, terms, onChange, options, error }: Props) {
  const { t } = useTranslation();
  const text = (key: keyof AgreementTerms) => ({
    value: String(terms[key] ?? ''), error: error(key), 'data-testid': `field-${key}`,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ [key]: e.currentTarget.value }),
  });
  const year = terms.fiscalYear ?? (Number(terms.periodStart.slice(0, 4)) || new Date().getFullYear());
  return (
    <>
      <Section title={t('agreements.section.parties')}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label={t('agreements.field.number')} required {...text('number')} />
          <TextInput label={t('agreements.field.title')} required {...text('title')} />
          {kind === 'pks' && (
            <Select label={t('agreements.field.parent')} clearable value={terms.parentId === null ? null : String(terms.parentId)} error={error('parentId')}
              data={options.mous.map((m) => ({ value: String(m.id), label: `${m.number} — ${m.title}` }))} placeholder={t('agreements.field.noParent')}
              onChange={(v) => onChange({ parentId: v ? Number(v) : null })} data-testid="field-parentId" />
          )}
          <Select label={t('agreements.field.branch')} required allowDeselect={false} value={terms.branchCode || null} error={error('branchCode')}
            data={options.branches.map((b) => ({ value: b.code, label: b.name }))} data-testid="field-branchCode"
            onChange={(v) => v && onChange({ branchCode: v, bpjsParty: terms.bpjsParty || options.branches.find((b) => b.code === v)?.name || '' })} />
          <TextInput label={t('agreements.field.regencyParty')} required {...text('regencyParty')} />
          <TextInput label={t('agreements.field.bpjsParty')} required {...text('bpjsParty')} />
          <TextInput label={t('agreements.field.dinasName')} required {...text('dinasName')} />
          <TextInput label={t('agreements.field.dinasAddress')} {...text('dinasAddress')} />
        </SimpleGrid>
      </Section>
      <Section title={t('agreements.section.period')}>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <DateField label={t('agreements.field.periodStart')} required value={terms.periodStart || null} error={error('periodStart')}
            onChange={(v) => onChange({ periodStart: v ?? '' })} data-testid="field-periodStart" />
          <DateField label={t('agreements.field.periodEnd')} required value={terms.periodEnd || null} error={error('periodEnd')}
            onChange={(v) => onChange({ periodEnd: v ?? '' })} data-testid="field-periodEnd" />
          {kind === 'pks' && <NumberInput label={t('agreements.field.fiscalYear')} min={2000} max={2100} allowDecimal={false} value={terms.fiscalYear ?? ''}
            onChange={(v) => onChange({ fiscalYear: v === '' ? null : Number(v) })} />}
        </SimpleGrid>
        <Checkbox.Group label={t('agreements.field.programmes')} value={terms.programmes} onChange={(v) => onChange({ programmes: v as Programme[] })} error={error('programmes')}>
          <Group mt={4}>{(['JKK', 'JKM', 'JHT'] as const).map((p) => <Checkbox key={p} value={p} label={p} />)}</Group>
        </Checkbox.Group>
      </Section>
      <Section title={t('agreements.section.people')}>
        <PeopleEditor people={terms.people} onChange={(people) => onChange({ people })} />
      </Section>
      {kind === 'pks' && (
        <Section title={t('agreements.section.groups')}>
          <GroupsEditor groups={terms.groups} onChange={(groups) => onChange({ groups })} year={year - 1}
            province={{ code: options.tenant.provinceCode, name: options.tenant.provinceName }} />
        </Section>
      )}
      {kind === 'pks' && (
        <Section title={t('agreements.section.budget')}>
          {terms.budget ? (
            <SimpleGrid cols={{ base: 1, md: 4 }}>
              <NumberInput label={t('agreements.budget.amount')} required thousandSeparator="." decimalSeparator="," prefix="Rp " min={0} allowDecimal={false} allowNegative={false}
                value={terms.budget.amount} onChange={(v) => onChange({ budget: { ...terms.budget!, amount: Number(v) || 0 } })} data-testid="field-budget-amount" />
              <NumberInput label={t('agreements.budget.fiscalYear')} min={2000} max={2100} allowDecimal={false} value={terms.budget.fiscalYear}
                onChange={(v) => onChange({ budget: { ...terms.budget!, fiscalYear: Number(v) || year } })} />
              <TextInput label={t('agreements.budget.account')} value={terms.budget.account} onChange={(e) => onChange({ budget: { ...terms.budget!, account: e.currentTarget.value } })} />
              <TextInput label={t('agreements.budget.dpa')} value={terms.budget.dpaNumber} onChange={(e) => onChange({ budget: { ...terms.budget!, dpaNumber: e.currentTarget.value } })} />
            </SimpleGrid>
          ) : (
            <Button variant="light" size="xs" w="fit-content" data-testid="budget-add"
              onClick={() => onChange({ budget: { fiscalYear: year, account: '', amount: 0, dpaNumber: '' } })}>{t('agreements.budget.add')}</Button>
          )}
        </Section>
      )}
      <Section title={t('agreements.field.note')}>
        <Textarea autosize minRows={2} {...text('note')} />
      </Section>
    </>
  );
}
