import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Alert, App, Button, Result, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isNotFound } from '../../api/api-error';
import { parksQuery, zonesQuery } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { pipelineRoles } from '../../auth/staff';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { formatArea, formatDateTime, formatWan } from '../../lib/format';
import { errorText } from '../pipeline/server-errors';
import { useDirections } from '../pipeline/use-directions';
import { useQualifyLead } from '../pipeline/use-pipeline';
import { StaffGate } from '../workbench/staff-gate';
import { FollowUpForm } from './follow-up-form';
import { FollowUpLog } from './follow-up-log';
import { ClosedLeadNotice, CloseLeadButton } from './lead-closing';
import { LeadContact } from './lead-contact';
import { LeadMatches } from './lead-matches';
import { LeadStatusTag } from './lead-status-tag';
import { LeadTimeline } from './lead-timeline';
import { type LeadDetail, leadQuery } from './use-leads';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** What the requester asked for, as submitted (merged submissions included). */
function LeadRequest({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const directions = useDirections();
  const zones = useQuery(zonesQuery);
  const parks = useQuery(parksQuery);
  const zone = zones.data?.items.find((item) => item.code === lead.preferredZone);
  const park = parks.data?.items.find((item) => item.id === lead.preferredParkId);

  return (
    <section className="lead-section" aria-labelledby="lead-request-title">
      <h2 className="lead-section-title" id="lead-request-title">
        {t('leads.requestTitle')}
      </h2>
      <dl className="lead-facts" data-testid="lead-request">
        {lead.uscc && <Fact label={t('demand.uscc')}>{lead.uscc}</Fact>}
        {lead.taiwanUbn && <Fact label={t('demand.taiwanUbn')}>{lead.taiwanUbn}</Fact>}
        {lead.direction && <Fact label={t('leads.direction')}>{directions.label(lead.direction)}</Fact>}
        {lead.chainLink && <Fact label={t('demand.chainLink')}>{lead.chainLink}</Fact>}
        {lead.intendedUse && (
          <Fact label={t('demand.intendedUse')}>{t(`unit.uses.${lead.intendedUse}`)}</Fact>
        )}
        {lead.areaM2 !== null && <Fact label={t('leads.area')}>{formatArea(lead.areaM2)}</Fact>}
        {lead.investmentWan !== null && (
          <Fact label={t('leads.investment')} testId="lead-investment">
            {formatWan(lead.investmentWan, language)}
          </Fact>
        )}
        {lead.annualTaxWan !== null && (
          <Fact label={t('demand.annualTaxWan')}>{formatWan(lead.annualTaxWan, language)}</Fact>
        )}
        {lead.timeline && <Fact label={t('demand.timeline')}>{t(`demand.timelines.${lead.timeline}`)}</Fact>}
        {lead.preferredZone && (
          <Fact label={t('demand.preferredZone')}>
            {zone ? text(zone.nameZh, zone.nameEn) : lead.preferredZone}
          </Fact>
        )}
        {lead.preferredParkId !== null && (
          <Fact label={t('demand.preferredPark')}>
            {park ? text(park.nameZh, park.nameEn) : `#${lead.preferredParkId}`}
          </Fact>
        )}
        {lead.needs && <Fact label={t('demand.needs')}>{lead.needs}</Fact>}
        <Fact label={t('leads.submissionCount')}>{lead.submissionCount}</Fact>
        <Fact label={t('leads.createdAt')}>
          <time dateTime={lead.createdAt}>{formatDateTime(lead.createdAt, language)}</time>
        </Fact>
        {/* A lead opened from a target list has no consent: nobody has been asked yet. */}
        {lead.consentVersion && lead.consentedAt && (
          <Fact label={t('leads.consent')}>
            {t('leads.consentValue', {
              version: lead.consentVersion,
              at: formatDateTime(lead.consentedAt, language),
            })}
          </Fact>
        )}
      </dl>
    </section>
  );
}

function LeadWorkspace({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const { message } = App.useApp();
  const lead = useQuery(leadQuery(id));
  const qualify = useQualifyLead();
  useDocumentTitle(lead.data ? `${lead.data.companyName} · ${t('leads.title')}` : t('leads.title'));

  if (lead.isPending) return <LoadingBlock rows={8} />;
  if (lead.isError) {
    if (isNotFound(lead.error))
      return (
        <Result
          status="404"
          title={<h1 className="result-title">{t('leads.notFound')}</h1>}
          extra={<Link to="/workbench/leads">{t('leads.backToList')}</Link>}
        />
      );
    return <LoadError error={lead.error} onRetry={() => void lead.refetch()} />;
  }
  const data = lead.data;
  const mayQualify = data.status === 'new' || data.status === 'contacted';

  const onQualify = () =>
    qualify.mutate(
      { id: data.id, pipeline: 'investment' },
      {
        onSuccess: (project) => void message.success(t('pipeline.qualified', { name: project.name })),
      },
    );

  return (
    <div className="page lead-page" data-testid="lead-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        <Link to="/workbench/leads">{t('leads.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {data.reference}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title" data-testid="lead-company">
            {data.companyName}
          </Typography.Title>
          <p className="lead-header-tags">
            <span className="lead-reference" data-testid="lead-reference">
              {t('leads.reference')} {data.reference}
            </span>{' '}
            <LeadStatusTag status={data.status} testId="lead-status" />
            {data.overdue && (
              <Tag color="error" data-testid="lead-overdue">
                {t('leads.overdue')}
              </Tag>
            )}
          </p>
        </div>
        {mayQualify && (
          <Space wrap>
            <Button type="primary" onClick={onQualify} loading={qualify.isPending} data-testid="lead-qualify">
              {t('leads.qualify')}
            </Button>
            <CloseLeadButton lead={data} />
          </Space>
        )}
      </header>
      <ClosedLeadNotice lead={data} />
      {qualify.isError && (
        <Alert
          type="error"
          showIcon
          className="lead-alert"
          title={
            qualify.error instanceof ApiError && qualify.error.status === 409
              ? t('leads.alreadyQualified')
              : t('pipeline.qualifyFailed')
          }
          description={errorText(qualify.error, text)}
          data-testid="lead-qualify-error"
        />
      )}
      <div className="lead-grid">
        <LeadRequest lead={data} />
        <div>
          <LeadContact lead={data} />
          <section className="lead-section" aria-labelledby="lead-deadline-title" data-testid="lead-deadline">
            <h2 className="lead-section-title" id="lead-deadline-title">
              {t('leads.handling')}
            </h2>
            <dl className="lead-facts">
              <Fact label={t('leads.officer')}>{data.assignedTo?.displayName ?? t('leads.unassigned')}</Fact>
              <Fact label={t('leads.contactDue')}>
                {data.contactDueAt ? (
                  <time dateTime={data.contactDueAt}>{formatDateTime(data.contactDueAt, language)}</time>
                ) : (
                  '—'
                )}
                {data.overdue && (
                  <Tag color="error" className="leads-overdue-tag">
                    {t('leads.overdue')}
                  </Tag>
                )}
              </Fact>
            </dl>
          </section>
        </div>
      </div>
      <LeadMatches lead={data} />
      <section className="lead-section" aria-labelledby="lead-follow-up-title">
        <h2 className="lead-section-title" id="lead-follow-up-title">
          {t('leads.followUpsTitle')}
        </h2>
        {!data.erased && <FollowUpForm leadId={data.id} />}
        <h3 className="lead-subtitle">{t('leads.followUpLog')}</h3>
        <FollowUpLog followUps={data.followUps} />
      </section>
      <section className="lead-section" aria-labelledby="lead-timeline-title">
        <h2 className="lead-section-title" id="lead-timeline-title">
          {t('leads.timelineTitle')}
        </h2>
        <LeadTimeline events={data.timeline_events} />
      </section>
    </div>
  );
}

/** /workbench/leads/$leadId: one lead with its contact, follow-ups and timeline. */
export function LeadDetailPage() {
  const { t } = useTranslation();
  const { leadId } = useParams({ from: '/workbench/leads/$leadId' });
  const id = Number(leadId);
  useDocumentTitle(t('leads.title'));
  return (
    <StaffGate
      title={t('leads.title')}
      redirect={`/workbench/leads/${leadId}`}
      roles={pipelineRoles}
      forbidden={{ title: t('leads.forbiddenTitle'), text: t('leads.forbiddenText') }}
    >
      {() =>
        Number.isInteger(id) && id > 0 ? (
          <LeadWorkspace id={id} />
        ) : (
          <Result status="404" title={<h1 className="result-title">{t('leads.notFound')}</h1>} />
        )
      }
    </StaffGate>
  );
}
