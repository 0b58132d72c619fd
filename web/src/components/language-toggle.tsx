import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Lang } from '../i18n';

/** ID/EN switch; the choice is remembered in localStorage and applied to <html lang>. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const data = LANGUAGES.map((lang) => ({
    value: lang,
    label: (
      <span data-testid={`lang-${lang}`} title={t(lang === 'id' ? 'lang.idName' : 'lang.enName')}>
        {t(`lang.${lang}`)}
      </span>
    ),
  }));
  return (
    <SegmentedControl
      aria-label={t('lang.label')}
      data-testid="lang-toggle"
      size="xs"
      value={i18n.language}
      data={data}
      onChange={(value) => void setLanguage(value as Lang)}
    />
  );
}
