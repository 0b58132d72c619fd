// Says, wherever bills are shown, that billing whole months (no proration) is BPJS practice not yet
// confirmed (REGULATIONS.md): the user must know the rule behind the amounts may change.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function WholeMonthNote() {
  const { t } = useTranslation();
  return <Alert color="gray" variant="light" mb="md" data-testid="whole-month-note">{t('billing.wholeMonth')}</Alert>;
}
