// Route guards: signed in (else to /login), password changed when the server demands it, permission held.
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { hasPermission, useMe, type Permission } from '../lib/auth';
import { ForbiddenPage } from '../pages/forbidden.page';
import { CurrentUserContext, useCurrentUser } from './current-user';
import { pathOf } from './nav-items';

export function RequireAuth({ children }: { children?: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  const passwordPath = pathOf('password');
  if (me.data.mustChangePassword && location.pathname !== passwordPath) {
    return <Navigate to={passwordPath} replace />;
  }
  return <CurrentUserContext.Provider value={me.data}>{children ?? <Outlet />}</CurrentUserContext.Provider>;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const user = useCurrentUser();
  return hasPermission(user, permission) ? children : <ForbiddenPage />;
}
