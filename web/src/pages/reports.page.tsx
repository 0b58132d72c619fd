import { useTranslation } from 'react-i18next';
import { PagePlaceholder } from '../components/page-placeholder';

// Placeholder until the reports feature lands; keep the export name, the router imports it.
export function ReportsPage() {
  const { t } = useTranslation();
  return <PagePlaceholder title={t('nav.reports')} />;
}
