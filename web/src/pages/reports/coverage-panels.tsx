// Coverage of a regency by unit: pekerja rentan per kecamatan and per village (one kecamatan at a time,
// chosen in a list — a regency has a hundred villages or more), non-ASN per OPD. Each a bar chart and
// a table; the detail is the participants page.
import { Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../api/types';
import { Panel } from './report-panel';
import { PALETTE } from './report-figures';
import { UnitBars } from './unit-bars';

type Dashboard = ResponseOf<'/api/v1/reports/regencies/{code}', 'get'>;
const DETAIL = { to: '/kepesertaan', permission: 'enrolment:read' as const };

function Villages({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const busiest = [...d.byDistrict].sort((a, b) => b.participants - a.participants)[0]?.code ?? null;
  const [district, setDistrict] = useState<string | null>(null);
  const chosen = district ?? busiest;
  const rows = d.byVillage.filter((v) => v.districtCode === chosen).map((v) => ({ key: v.code, name: v.name, participants: v.participants }));
  return (
    <Panel title={t('reports.units.villages')} detail={DETAIL} testId="by-village">
      <Select label={t('reports.units.district')} mb="sm" maw={320} value={chosen} allowDeselect={false} data-testid="village-district"
        data={d.byDistrict.map((x) => ({ value: x.code, label: x.name }))} onChange={setDistrict} />
      <UnitBars rows={rows} color={PALETTE.rentan} testId="by-village" />
    </Panel>
  );
}

export function CoveragePanels({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      {d.byDistrict.length > 0 && (
        <Panel title={t('reports.units.districts')} detail={DETAIL} testId="by-district">
          <UnitBars rows={d.byDistrict.map((x) => ({ key: x.code, name: x.name, participants: x.participants }))} color={PALETTE.rentan} testId="by-district" />
        </Panel>
      )}
      {d.byVillage.length > 0 && <Villages d={d} />}
      {d.byOpd.length > 0 && (
        <Panel title={t('reports.units.opds')} detail={DETAIL} testId="by-opd">
          <UnitBars rows={d.byOpd.map((x) => ({ key: String(x.id), name: x.name, participants: x.participants }))} color={PALETTE.nonAsn} testId="by-opd" />
        </Panel>
      )}
    </SimpleGrid>
  );
}
