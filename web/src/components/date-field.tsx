// A calendar-date input (value 'YYYY-MM-DD') shown as "1 Januari 2025" in the UI language; typing
// accepts 2025-01-01, 01-01-2025 and 01/01/2025, as forms in Indonesian offices write dates.
import { DateInput, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/id';
import { useTranslation } from 'react-i18next';

export function parseTypedDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text.trim());
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!y || !m || !d) return null;
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
}

export function DateField(props: Omit<DateInputProps, 'value' | 'onChange'> & { value: string | null; onChange: (value: string | null) => void }) {
  const { i18n } = useTranslation();
  return <DateInput valueFormat="D MMMM YYYY" locale={i18n.language === 'en' ? 'en' : 'id'} dateParser={parseTypedDate} {...props} />;
}
