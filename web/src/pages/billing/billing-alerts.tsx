// Warnings for bills due within 7 days or overdue, on the Beranda (all PKS of the regency) and on a PKS
// page (that PKS only). Shows nothing for roles without billing:read or when nothing is due.
import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../app/current-user';
import { hasPermission } from '../../lib/auth';
import { useFormat } from '../../lib/use-format';
import { useAlerts } from './billing.api';

export function BillingAlerts({ tenant, agreementId }: { tenant: string | null; agreementId?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const canRead = hasPermission(useCurrentUser(), 'billing:read');
  const alerts = useAlerts(canRead ? tenant : null);
  const items = (alerts.data ?? []).filter((a) => agreementId === undefined || a.agreementId === agreementId);
  if (!items.length || !tenant) return null;
  const isOverdue = items.some((a) => a.dueOn < new Date().toISOString().slice(0, 10));
  return (
    <Alert color={isOverdue ? 'red' : 'orange'} title={t('billing.alerts.title')} mb="lg" data-testid="billing-alerts">
      <List fz="sm" spacing={4}>
        {items.map((a) => {
          const values = { number: a.number, group: a.groupName, date: f.date(a.dueOn), amount: f.rupiah(a.outstanding) };
          return (
            <List.Item key={a.billId} data-testid={`billing-alert-${a.billId}`}>
              {t(a.code.includes('OVERDUE') ? 'billing.alerts.overdue' : 'billing.alerts.dueSoon', values)}{' '}
              <Anchor component={Link} to={`/tagihan/${tenant}/${a.billId}`} fz="sm">{t('billing.alerts.open')}</Anchor>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
