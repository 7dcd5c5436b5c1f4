import { Link } from '@tanstack/react-router';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/queries';
import { useSession } from '../../auth/session';
import { isStaff } from '../../auth/staff';
import { LoadError, LoadingBlock } from '../../components/query-state';

type StaffGateProps = {
  /** The page's title, shown as the heading when the reader is turned away. */
  title: string;
  /** Where signing in leads back to. */
  redirect: string;
  /** The roles the page is for, when fewer than all staff (the pipeline: administrators and officers). */
  roles?: readonly User['role'][];
  /** What turned-away readers are told, when the page is not the workbench. */
  forbidden?: { title: string; text: string };
  children: (user: User) => ReactNode;
};

/**
 * The workbench pages (for administrators, officers and park managers, or the `roles` given). Signed-in
 * users without such a role are told so rather than shown forms the API would refuse.
 */
export function StaffGate({ title, redirect, roles, forbidden, children }: StaffGateProps) {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;

  if (session.isPending) return <LoadingBlock rows={6} />;
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  // The route sends signed-out readers to sign in before they get here; this covers signing out meanwhile.
  if (!user)
    return (
      <Result
        status="403"
        title={<h1 className="result-title">{title}</h1>}
        subTitle={t('workbench.signInFirst')}
        extra={
          <Link to="/login" search={{ redirect }}>
            {t('app.login')}
          </Link>
        }
      />
    );
  if (!isStaff(user) || (roles && !roles.includes(user.role)))
    return (
      <Result
        status="403"
        title={<h1 className="result-title">{forbidden?.title ?? t('workbench.forbiddenTitle')}</h1>}
        subTitle={forbidden?.text ?? t('workbench.forbiddenText')}
        data-testid="workbench-forbidden"
      />
    );
  return children(user);
}
