import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ancestorCodes, useRegionPath } from './regions.api';

/** Indonesia › province › regency › district, each a link back up the tree. */
export function RegionBreadcrumbs({ code }: { code: string | undefined }) {
  const { t } = useTranslation();
  const path = useRegionPath(code);
  const codes = code ? ancestorCodes(code) : [];
  return (
    <nav aria-label={t('regions.breadcrumb')}>
      <Breadcrumbs mb="md" separator="›">
        <Anchor component={Link} to="?">{t('regions.root')}</Anchor>
        {codes.map((ancestor, index) => {
          const name = path[index]?.data?.name ?? ancestor;
          return index === codes.length - 1 ? (
            <Text key={ancestor} fw={600} aria-current="page">{name}</Text>
          ) : (
            <Anchor key={ancestor} component={Link} to={`?parent=${ancestor}`}>{name}</Anchor>
          );
        })}
      </Breadcrumbs>
    </nav>
  );
}
