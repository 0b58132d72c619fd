import { lazy } from 'react';
import { PageLoader } from '../components/page-loader';
import { useMe } from '../lib/auth';
import { AppLayout } from './app-layout';
import { PublicLayout } from './public-layout';
import { RequireAuth } from './require-auth';

const SimulationPage = lazy(async () => ({ default: (await import('../pages/simulation/simulation.page')).SimulationPage }));

/** /simulasi works for everyone: inside the app frame when signed in, in the public frame otherwise. */
export function SimulationRoute() {
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  if (me.data) {
    return (
      <RequireAuth>
        <AppLayout>
          <SimulationPage />
        </AppLayout>
      </RequireAuth>
    );
  }
  return (
    <PublicLayout>
      <SimulationPage />
    </PublicLayout>
  );
}
