// Where a report sits: Indonesia › province › regency. A level at or below the user's own region links
// back to its view (drilling up); a level above it is plain text — the server would refuse it anyway.
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ancestorCodes, useRegionPath } from '../regions/regions.api';

export function ReportCrumbs({ region, home, year }: { region: string | null; home: string | null; year: number }) {
  const { t } = useTranslation();
  const codes = region ? ancestorCodes(region) : [];
  const path = useRegionPath(region ?? undefined);
  const mayOpen = (code: string | null) => home === null || (code !== null && (code === home || code.startsWith(`${home}.`)));
  const crumb = (code: string | null, name: string, last: boolean) => (last || !mayOpen(code)
    ? <Text key={code ?? 'ID'} fw={last ? 600 : 400} c={last ? undefined : 'dimmed'} aria-current={last ? 'page' : undefined}>{name}</Text>
    : <Anchor key={code ?? 'ID'} component={Link} to={`/laporan?${code ? `region=${code}&` : ''}year=${year}`} data-testid={`crumb-${code ?? 'ID'}`}>{name}</Anchor>);
  return (
    <nav aria-label={t('reports.crumbs')} className="no-print">
      <Breadcrumbs mb="md" separator="›">
        {crumb(null, t('reports.nation'), codes.length === 0)}
        {codes.map((code, i) => crumb(code, path[i]?.data?.name ?? code, i === codes.length - 1))}
      </Breadcrumbs>
    </nav>
  );
}
