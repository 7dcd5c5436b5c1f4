import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { useSession } from '../../auth/session';
import { DataText } from '../../components/data-text';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { DemoTag } from '../../components/tags';
import { useDataText } from '../../i18n/use-data-text';
import { useDeleteMilestone } from '../registry/use-registry';
import { EnterpriseFacts, EnterpriseStatusTag } from './enterprise-facts';
import { EnterpriseMetricsSection } from './enterprise-metrics';
import { EnterpriseStaffActions, useMayEdit } from './enterprise-staff-actions';
import { EnterpriseMilestones, EnterpriseTimeline } from './enterprise-timeline';
import { type Enterprise, enterpriseQuery } from './use-enterprise';

/** A positive integer id, or null for anything else (/enterprises/abc is simply not found). */
function parseEnterpriseId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

/** No such firm, or one the reader may not see: the same page, as the API gives the same 404. */
function EnterpriseNotFound({ id }: { id: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('enterprise.notFoundTitle'));
  return (
    <div data-testid="enterprise-not-found">
      <Result
        status="404"
        title={<h1 className="result-title">{t('enterprise.notFoundTitle')}</h1>}
        subTitle={t('enterprise.notFoundText', { id })}
        extra={<Link to="/">{t('app.backHome')}</Link>}
      />
    </div>
  );
}

function EnterpriseView({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const text = useDataText();
  const language = useLanguage();
  const name = text(enterprise.nameZh, enterprise.nameEn);
  useDocumentTitle(name);
  // The other name under the title: the English one on a Chinese page, the Chinese one on an English page.
  const otherName = language === 'en' ? (enterprise.nameEn ? enterprise.nameZh : null) : enterprise.nameEn;
  const mayEdit = useMayEdit(enterprise);
  const deleteMilestone = useDeleteMilestone();
  return (
    <article className="page enterprise-page" aria-labelledby="enterprise-title">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('app.home')}</Link> <span aria-hidden="true">/</span>{' '}
        {enterprise.park ? (
          <Link to="/parks/$parkId" params={{ parkId: String(enterprise.park.id) }}>
            <DataText zh={enterprise.park.nameZh} en={enterprise.park.nameEn} />
          </Link>
        ) : (
          t('enterprise.breadcrumb')
        )}
      </nav>
      <Space align="center" wrap className="enterprise-heading">
        <Typography.Title level={1} id="enterprise-title" data-testid="enterprise-title">
          {name}
        </Typography.Title>
        <EnterpriseStatusTag status={enterprise.status} />
        {enterprise.isDemo && <DemoTag />}
      </Space>
      {otherName && (
        <p className="enterprise-other-name" lang={language === 'en' ? 'zh-CN' : 'en'}>
          {otherName}
        </p>
      )}
      <EnterpriseStaffActions enterprise={enterprise} />
      <EnterpriseFacts enterprise={enterprise} />
      <EnterpriseMetricsSection metrics={enterprise.metrics} />
      <EnterpriseTimeline enterprise={enterprise} />
      <EnterpriseMilestones
        enterprise={enterprise}
        onDelete={mayEdit ? (id) => deleteMilestone.mutate(id) : undefined}
      />
    </article>
  );
}

export function EnterprisePage() {
  const { enterpriseId } = useParams({ from: '/enterprises/$enterpriseId' });
  const id = parseEnterpriseId(enterpriseId);
  const session = useSession();
  const viewer = session.data?.user?.id ?? null;
  // Wait for the session: a staff reader's page differs, and asking first would flash the public 404.
  const enterprise = useQuery({
    ...enterpriseQuery(id ?? 0, viewer),
    enabled: id !== null && !session.isPending,
  });
  if (id === null || isNotFound(enterprise.error)) return <EnterpriseNotFound id={enterpriseId} />;
  if (enterprise.isError)
    return <LoadError error={enterprise.error} onRetry={() => void enterprise.refetch()} />;
  if (!enterprise.data) return <LoadingBlock rows={8} />;
  return <EnterpriseView enterprise={enterprise.data} />;
}
