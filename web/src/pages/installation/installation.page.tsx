// Kabupaten/Kota (issue #17): running an installation without SQL — the regencies, their first Dinas
// accounts, the BPJS branches serving them, and a province's onboarding CSV. Installation admins only.
import { Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { BranchesTab } from './branches-tab';
import { OnboardingCsvTab } from './onboarding-csv-tab';
import { RegenciesTab } from './regencies-tab';

export function InstallationPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.tenants')} />
      <Text c="dimmed" mb="md">{t('installation.intro')}</Text>
      <Tabs defaultValue="regencies" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="regencies" data-testid="tab-regencies">{t('installation.tabs.regencies')}</Tabs.Tab>
          <Tabs.Tab value="branches" data-testid="tab-branches">{t('installation.tabs.branches')}</Tabs.Tab>
          <Tabs.Tab value="csv" data-testid="tab-csv">{t('installation.tabs.csv')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="regencies"><RegenciesTab /></Tabs.Panel>
        <Tabs.Panel value="branches"><BranchesTab /></Tabs.Panel>
        <Tabs.Panel value="csv"><OnboardingCsvTab /></Tabs.Panel>
      </Tabs>
    </>
  );
}
