import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { safeRedirect } from '../../auth/redirect';
import { useSession } from '../../auth/session';
import { LoadingBlock } from '../../components/query-state';
import { ChangePasswordForm } from './change-password-form';
import { LoginForm } from './login-form';

/**
 * Sign-in, or — for a user whose password was issued by an administrator or the demo loader — the
 * compulsory password change that follows it.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/login' });
  const session = useSession();
  const user = session.data?.user;
  const mustChange = user?.mustChangePassword ?? false;
  useDocumentTitle(mustChange ? t('login.changeTitle') : t('login.title'));
  // Back where sign-in was asked for (the workbench sends readers here), else home.
  const goNext = () => void navigate({ href: safeRedirect(redirect), replace: true });

  return (
    <div className="page login-page">
      <Card className="login-card">
        <Typography.Title level={1} className="login-title">
          {mustChange ? t('login.changeTitle') : t('login.title')}
        </Typography.Title>
        {session.isPending && <LoadingBlock rows={3} />}
        {!session.isPending && !user && (
          <>
            <p className="muted">{t('login.intro')}</p>
            <LoginForm
              onSignedIn={(mustChangePassword) => {
                if (!mustChangePassword) goNext();
              }}
            />
          </>
        )}
        {user && mustChange && (
          <>
            <Alert type="info" showIcon title={t('login.changeRequired')} className="form-alert" />
            <ChangePasswordForm onChanged={goNext} />
          </>
        )}
        {user && !mustChange && (
          <p>
            {t('login.signedInAs', { name: user.displayName || user.email })}{' '}
            <Link to="/">{t('app.backHome')}</Link>
          </p>
        )}
      </Card>
    </div>
  );
}
