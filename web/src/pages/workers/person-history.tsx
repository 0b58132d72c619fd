// Every change to a participant — who, when, what — from its registration (which batch, file and row,
// who uploaded and who approved) to each edit, membership change and duplicate decision.
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { useFormat } from '../../lib/use-format';
import { useWorkerHistory } from './workers.api';
import type { HistoryEntry } from './workers.types';

type Translate = ReturnType<typeof useTranslation>['t'];
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
function changeLines(entry: HistoryEntry, t: Translate, f: ReturnType<typeof useFormat>): string[] {
  return Object.entries(entry.changes).map(([field, value]) => {
    // A plain-string view of t: with a defaultValue, i18next's key typing over the whole catalogue goes
    // too deep for TypeScript (TS2589) once the catalogue grows; the key is still a workers.history one.
    const label = (t as unknown as (key: string, options: { defaultValue: string }) => string)(`workers.history.fields.${field}`, { defaultValue: field });
    if (value && typeof value === 'object' && 'from' in value && 'to' in value) return `${label}: ${show(value.from, f)} → ${show(value.to, f)}`;
    return `${label}: ${show(value, f)}`;
  });
}

export function PersonHistory({ tenant, id }: { tenant: string; id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useWorkerHistory(tenant, id);
  if (history.isPending) return <PageLoader />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1} data-testid="person-history">
      {history.data.map((entry, i) => (
        <Timeline.Item key={i} title={isAction(entry.action) ? t(`workers.history.${entry.action}`) : entry.action}>
          <Text fz="xs" c="dimmed">{f.dateTime(entry.at)} · {t('workers.history.by', { actor: entry.actor ?? t('workers.history.system') })}</Text>
          {changeLines(entry, t, f).map((line) => <Text key={line} fz="sm">{line}</Text>)}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
