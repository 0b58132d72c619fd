// Every change to a participant — who, when, what — from its registration (which batch, file and row,
// who uploaded and who approved) to each edit, membership change and duplicate decision.
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { useWorkerHistory } from './workers.api';
import type { HistoryEntry } from './workers.types';

const ACTIONS = ['create', 'update', 'membership.add', 'membership.end', 'dedup.merge', 'dedup.merged-into', 'dedup.keep-separate'] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (value: string): value is Action => (ACTIONS as readonly string[]).includes(value);

function show(value: unknown, f: ReturnType<typeof useFormat>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return f.dateTime(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return f.date(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** An update records {field: {from, to}}; everything else records plain facts. */
function changeLines(entry: HistoryEntry, i18n: ReturnType<typeof useTranslation>['i18n'], f: ReturnType<typeof useFormat>): string[] {
  return Object.entries(entry.changes).map(([field, value]) => {
    // a field the page has no label for falls back to its name; read as a resource because t() typed
    // over the whole key union with a computed key is too deep for the compiler
    const label = (i18n.getResource(i18n.language, 'translation', `workers.history.fields.${field}`) as string | undefined) ?? field;
    if (value && typeof value === 'object' && 'from' in value && 'to' in value) return `${label}: ${show(value.from, f)} → ${show(value.to, f)}`;
    return `${label}: ${show(value, f)}`;
  });
}

export function PersonHistory({ tenant, id }: { tenant: string; id: number }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const history = useWorkerHistory(tenant, id);
  if (history.isPending) return <PageLoader />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1} data-testid="person-history">
      {history.data.map((entry, i) => (
        <Timeline.Item key={i} title={isAction(entry.action) ? t(`workers.history.${entry.action}`) : entry.action}>
          <Text fz="xs" c="dimmed">{f.dateTime(entry.at)} · {t('workers.history.by', { actor: entry.actor ?? t('workers.history.system') })}</Text>
          {changeLines(entry, i18n, f).map((line) => <Text key={line} fz="sm">{line}</Text>)}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
