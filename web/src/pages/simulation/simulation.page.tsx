import { Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { BenefitTab } from './benefit-tab';
import { ContributionTab } from './contribution-tab';
import { PlanTab } from './plan-tab';

/**
 * "Simulasi Iuran & Manfaat": public (no login). Contributions, benefits and budget plans computed by
 * the server's rule book as the user types, each line with the legal basis that sets it.
 */
export function SimulationPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.simulation')} />
      <Text c="dimmed" mb="md" maw={900}>{t('simulation.intro')}</Text>
      <Tabs defaultValue="contribution" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="contribution" data-testid="tab-contribution">{t('simulation.tabs.contribution')}</Tabs.Tab>
          <Tabs.Tab value="benefit" data-testid="tab-benefit">{t('simulation.tabs.benefit')}</Tabs.Tab>
          <Tabs.Tab value="plan" data-testid="tab-plan">{t('simulation.tabs.plan')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contribution"><ContributionTab /></Tabs.Panel>
        <Tabs.Panel value="benefit"><BenefitTab /></Tabs.Panel>
        <Tabs.Panel value="plan"><PlanTab /></Tabs.Panel>
      </Tabs>
    </>
  );
}
