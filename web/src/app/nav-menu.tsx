import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { hasPermission } from '../lib/auth';
import { useCurrentUser } from './current-user';
import { NAV_ITEMS } from './nav-items';

function isActive(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** The role menu: only the pages the signed-in user's permissions allow. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const items = NAV_ITEMS.filter((item) => hasPermission(user, item.permission));
  return (
    <nav data-testid="nav" aria-label={t('nav.label')}>
      {items.map((item) => (
        <NavLink
          key={item.key}
          component={Link}
          to={item.path}
          label={t(`nav.${item.key}`)}
          active={isActive(item.path, pathname)}
          data-testid={`nav-${item.key}`}
          onClick={onNavigate}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        />
      ))}
    </nav>
  );
}
