import { Alert, Anchor, Box, Button, Card, Center, Group, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Brand } from '../components/brand';
import { LanguageToggle } from '../components/language-toggle';
import { PageLoader } from '../components/page-loader';
import { ApiError } from '../lib/api';
import { useLogin, useMe } from '../lib/auth';
import { useErrorMessage } from '../lib/error-message';

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && from !== '/login' ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('login.title')}`);
  const me = useMe();
  const login = useLogin();
  const messageOf = useErrorMessage();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  if (me.isPending) return <PageLoader />;
  if (me.data && !login.isPending) return <Navigate to={redirectTarget(location.state)} replace />;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => void navigate(redirectTarget(location.state), { replace: true }) },
    );
  };
  const isLocked = login.error instanceof ApiError && login.error.code === 'AUTH_LOCKED';

  return (
    <Box mih="100vh" bg="gray.0" p="md">
      <Group justify="flex-end">
        <LanguageToggle />
      </Group>
      <Center mih="85vh">
        <Card withBorder shadow="sm" padding="xl" w="100%" maw={460}>
          <Stack gap="lg">
            <Brand size="lg" />
            <Title order={2} fz="h3">{t('login.title')}</Title>
            {login.isError && (
              <Alert color="red" variant="light" role="alert" data-testid="login-error"
                title={t(isLocked ? 'login.lockedTitle' : 'login.failedTitle')}>
                {messageOf(login.error)}
              </Alert>
            )}
            <form onSubmit={handleSubmit} noValidate>
              <Stack gap="md">
                <TextInput label={t('login.username')} name="username" autoComplete="username" required autoFocus
                  value={username} onChange={(event) => setUsername(event.currentTarget.value)} />
                <PasswordInput label={t('login.password')} name="password" autoComplete="current-password" required
                  value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
                <Button type="submit" fullWidth loading={login.isPending} disabled={!username.trim() || !password}
                  data-testid="login-submit">
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
            <Anchor component={Link} to="/simulasi" fz="sm" ta="center">
              {t('login.publicSimulation')}
            </Anchor>
            {/* a plain link: /cek is its own light entry, not a route of this app */}
            <Anchor href="/cek" fz="sm" ta="center" data-testid="public-check-link">
              {t('login.publicCheck')}
            </Anchor>
          </Stack>
        </Card>
      </Center>
    </Box>
  );
}
