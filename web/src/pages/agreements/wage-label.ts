// "UMP Nusa Tenggara Timur 2024" / "upah per orang" / "penghasilan dilaporkan", in the UI language.
import { useTranslation } from 'react-i18next';
import type { WagePolicy } from './agreements.types';

export function useWageLabel() {
  const { t } = useTranslation();
  return (policy: WagePolicy, provinceName?: string | null) => {
    if (policy.kind === 'ump') return t('agreements.group.umpLabel', { province: provinceName ?? policy.provinceCode, year: String(policy.year) });
    return policy.kind === 'fixed' ? t('agreements.group.perPerson') : t('agreements.group.declaredLabel');
  };
}
