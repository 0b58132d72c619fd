import { useTranslation } from 'react-i18next';
import { PagePlaceholder } from '../components/page-placeholder';

// Public page (no login needed). The JKK/JKM calculators replace the placeholder later.
export function SimulationPage() {
  const { t } = useTranslation();
  return <PagePlaceholder title={t('nav.simulation')} intro={t('simulation.intro')} />;
}
