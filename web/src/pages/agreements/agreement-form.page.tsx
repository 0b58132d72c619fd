// New agreement, draft edit, or addendum: the same terms form. A new PKS/MoU is saved as a draft; a
// draft is edited in place; a signed agreement changes only through an addendum (number, date, reason).
import { Alert, Button, Group, SegmentedControl, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { ApiError } from '../../lib/api';
import { AgreementTermsFields, Section } from './agreement-form-fields';
import { agreementCalls, useAgreement, useAgreementMutation, useFormOptions } from './agreements.api';
import type { Agreement, AgreementTerms, FormOptions } from './agreements.types';
import { DateField } from '../../components/date-field';

type Mode = 'create' | 'edit' | 'addendum';

function blankTerms(options: FormOptions): AgreementTerms {
  const branch = options.branches[0];
  return {
    parentId: options.mous[0]?.id ?? null, number: '', title: '', branchCode: branch?.code ?? '', regencyParty: `Pemerintah ${options.tenant.name}`,
    dinasName: '', dinasAddress: '', bpjsParty: branch?.name ?? '', periodStart: '', periodEnd: '', fiscalYear: null,
    programmes: ['JKK', 'JKM'], people: [], groups: [], budget: null, note: '',
  };
}

function termsOf(a: Agreement): AgreementTerms {
  const { parentId, number, title, branchCode, regencyParty, dinasName, dinasAddress, bpjsParty, periodStart, periodEnd, fiscalYear, programmes, people, groups, budget, note } = a;
  return { parentId, number, title, branchCode, regencyParty, dinasName, dinasAddress, bpjsParty, periodStart, periodEnd, fiscalYear, programmes, people, groups, budget, note };
}

function Form({ mode, tenant, options, agreement }: { mode: Mode; tenant: string; options: FormOptions; agreement?: Agreement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const calls = agreementCalls(tenant, agreement?.id);
  const [kind, setKind] = useState<'mou' | 'pks'>(agreement?.kind ?? 'pks');
  const [terms, setTerms] = useState<AgreementTerms>(agreement ? termsOf(agreement) : blankTerms(options));
  const [addendum, setAddendum] = useState({ number: '', title: '', signedOn: null as string | null, reason: '' });
  const save = useAgreementMutation(tenant, async (): Promise<{ id: number }> => {
    const body = kind === 'mou' ? { ...terms, groups: [], budget: null, parentId: null } : terms;
    if (mode === 'create') return calls.create({ ...body, kind });
    if (mode === 'edit') return calls.update(body);
    return (await calls.addendum({ ...addendum, signedOn: addendum.signedOn ?? '', changes: body })).agreement;
  });
  const error = (path: string) => (save.error instanceof ApiError ? save.error.fieldMessage(path) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined, { onSuccess: ({ id }) => { notifications.show({ color: 'green', message: t('agreements.saved') }); navigate(`/perjanjian/${tenant}/${id}`); } });
  };
  const title = mode === 'create' ? t('agreements.create') : mode === 'edit' ? `${t('agreements.actions.edit')} ${agreement?.number}` : `${t('agreements.actions.addendum')} — ${agreement?.number}`;

  return (
    <form onSubmit={submit} noValidate data-testid="agreement-form">
      <PageHeader title={title} />
      {mode === 'create' && (
        <SegmentedControl mb="md" value={kind} onChange={(v) => setKind(v as 'mou' | 'pks')} data-testid="field-kind"
          data={(['pks', 'mou'] as const).map((k) => ({ value: k, label: t(`agreements.kindLong.${k}`) }))} />
      )}
      {mode === 'addendum' && (
        <Section title={t('agreements.section.addendum')}>
          <Alert variant="light">{t('agreements.addendum.intro')}</Alert>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput label={t('agreements.addendum.number')} required value={addendum.number} error={error('number')} data-testid="addendum-number"
              onChange={(e) => setAddendum({ ...addendum, number: e.currentTarget.value })} />
            <TextInput label={t('agreements.addendum.title')} required value={addendum.title} error={error('title')} data-testid="addendum-title"
              onChange={(e) => setAddendum({ ...addendum, title: e.currentTarget.value })} />
            <DateField label={t('agreements.addendum.signedOn')} required value={addendum.signedOn} error={error('signedOn')} data-testid="addendum-date"
              onChange={(v) => setAddendum({ ...addendum, signedOn: v })} />
          </SimpleGrid>
          <Textarea label={t('agreements.addendum.reason')} value={addendum.reason} onChange={(e) => setAddendum({ ...addendum, reason: e.currentTarget.value })} />
        </Section>
      )}
      <AgreementTermsFields kind={kind} terms={terms} options={options} error={error} onChange={(patch) => setTerms((current) => ({ ...current, ...patch }))} />
      {save.isError && <ErrorAlert error={save.error} />}
      <Group justify="flex-end" mb="xl">
        <Button variant="default" onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button type="submit" loading={save.isPending} data-testid="agreement-save">{t('common.save')}</Button>
      </Group>
    </form>
  );
}

function EditForm({ mode, tenant, id }: { mode: Mode; tenant: string; id: number }) {
  const options = useFormOptions(tenant);
  const detail = useAgreement(tenant, id);
  if (options.isError || detail.isError) return <ErrorAlert error={options.error ?? detail.error} />;
  if (!options.data || !detail.data) return <PageLoader />;
  return <Form mode={mode} tenant={tenant} options={options.data} agreement={detail.data.agreement} />;
}

function CreateForm({ tenant }: { tenant: string }) {
  const options = useFormOptions(tenant);
  if (options.isError) return <ErrorAlert error={options.error} />;
  if (!options.data) return <PageLoader />;
  return <Form mode="create" tenant={tenant} options={options.data} />;
}

export function AgreementCreatePage() {
  return <CreateForm tenant={useParams().tenant ?? ''} />;
}

export function AgreementEditPage() {
  const { tenant = '', id = '' } = useParams();
  return <EditForm mode="edit" tenant={tenant} id={Number(id)} />;
}

export function AgreementAddendumPage() {
  const { tenant = '', id = '' } = useParams();
  return <EditForm mode="addendum" tenant={tenant} id={Number(id)} />;
}
