import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { App, Button, Popconfirm, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { useSession } from '../../auth/session';
import { worksPipeline } from '../../auth/staff';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime } from '../../lib/format';
import { errorText } from '../pipeline/server-errors';
import { useFormulaText } from './formula-text';
import { PolicyRunPanel } from './policy-run-panel';
import { DemoFiguresTag, LevelTag, PolicyStatusTag, useValidityText } from './policy-tags';
import type { PolicyDetail } from './policy-types';
import { useAttrLabel, useUnitText } from './profile-fields';
import { useCodeOptions } from './use-code-options';
import {
  attributesQuery,
  policyQuery,
  useDeletePolicy,
  useSetPolicyStatus,
  useStartRun,
} from './use-policies';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** Publish, expire, match again, edit, delete a draft: the administrator's part of the page. */
function PolicyActions({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const setStatus = useSetPolicyStatus(policy.id);
  const startRun = useStartRun(policy.id);
  const remove = useDeletePolicy(policy.id);
  const title = text(policy.titleZh, policy.titleEn);
  const failed = (error: unknown) => void message.error(errorText(error, text));

  const changeStatus = (status: 'published' | 'expired') =>
    setStatus.mutate(status, {
      onSuccess: () =>
        void message.success(
          t(status === 'published' ? 'policies.detail.published' : 'policies.detail.expired'),
        ),
      onError: failed,
    });

  return (
    <div className="editor-actions policy-actions" data-testid="policy-actions">
      <Link
        to="/workbench/policies/$policyId/edit"
        params={{ policyId: String(policy.id) }}
        className="workbench-import-link"
        data-testid="policy-edit"
      >
        {t('policies.detail.edit')}
      </Link>
      {policy.status !== 'published' && (
        <Button
          type="primary"
          loading={setStatus.isPending}
          onClick={() => changeStatus('published')}
          data-testid="policy-publish"
        >
          {t('policies.detail.publish')}
        </Button>
      )}
      {policy.status === 'published' && (
        <Button
          loading={startRun.isPending}
          onClick={() =>
            startRun.mutate(undefined, {
              onSuccess: () => void message.success(t('policies.detail.rerunStarted')),
              onError: failed,
            })
          }
          data-testid="policy-rerun"
        >
          {t('policies.detail.rerun')}
        </Button>
      )}
      {policy.status === 'published' && (
        <Popconfirm
          title={t('policies.detail.expireConfirm', { title })}
          okText={t('policies.detail.expire')}
          cancelText={t('policies.detail.cancel')}
          onConfirm={() => changeStatus('expired')}
        >
          <Button danger loading={setStatus.isPending} data-testid="policy-expire">
            {t('policies.detail.expire')}
          </Button>
        </Popconfirm>
      )}
      {policy.status === 'draft' && (
        <Popconfirm
          title={t('policies.detail.deleteConfirm', { title })}
          okText={t('policies.detail.delete')}
          cancelText={t('policies.detail.cancel')}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                void message.success(t('policies.detail.deleted'));
                void navigate({ to: '/policies' });
              },
              onError: failed,
            })
          }
        >
          <Button danger loading={remove.isPending} data-testid="policy-delete">
            {t('policies.detail.delete')}
          </Button>
        </Popconfirm>
      )}
    </div>
  );
}

/** What the policy gives, as stated: each benefit's kind and figures, demo figures marked. */
function BenefitTable({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const text = useDataText();
  const attributes = useQuery(attributesQuery);
  const attrLabel = useAttrLabel(attributes.data);
  const unitText = useUnitText();
  const unitOf = (key: string) => unitText(attributes.data?.find((a) => a.key === key)?.unit ?? null);
  const formulaText = useFormulaText(attrLabel, unitOf);
  if (policy.benefits.length === 0) return <p className="muted">{t('policies.detail.noBenefits')}</p>;
  return (
    <TableScroll labelledBy="policy-benefits-title">
      <table className="editor-table" data-testid="policy-benefit-table">
        <thead>
          <tr>
            <th scope="col">{t('policies.detail.benefitName')}</th>
            <th scope="col">{t('policies.detail.benefitKind')}</th>
            <th scope="col">{t('policies.detail.benefitFigures')}</th>
          </tr>
        </thead>
        <tbody>
          {policy.benefits.map((benefit) => (
            <tr key={benefit.code}>
              <td>
                {text(benefit.labelZh, benefit.labelEn)}{' '}
                {benefit.demo && benefit.formula && <DemoFiguresTag />}
              </td>
              <td className="nowrap">{t(`policies.kinds.${benefit.formula?.kind ?? 'none'}`)}</td>
              <td>{benefit.formula ? formulaText(benefit.formula) : t('policies.result.nonCash')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One node of the stored rule: a clause's line, or a group's "all of / any of / not" with its members. */
function RuleNodeView({
  node,
  path,
  lines,
}: {
  node: unknown;
  path: string;
  lines: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (isRecord(node) && 'not' in node)
    return (
      <>
        {t('policies.detail.ruleNot')}
        <RuleNodeView node={node.not} path={at('not')} lines={lines} />
      </>
    );
  const mode =
    isRecord(node) && Array.isArray(node.all)
      ? 'all'
      : isRecord(node) && Array.isArray(node.any)
        ? 'any'
        : null;
  if (mode && isRecord(node))
    return (
      <>
        {t(mode === 'all' ? 'policies.detail.ruleAll' : 'policies.detail.ruleAny')}
        <ul className="policy-rule-lines">
          {(node[mode] as unknown[]).map((child, i) => (
            <li key={at(`${mode}.${i}`)}>
              <RuleNodeView node={child} path={at(`${mode}.${i}`)} lines={lines} />
            </li>
          ))}
        </ul>
      </>
    );
  return <>{lines.get(path) ?? ''}</>;
}

/**
 * The conditions as readable lines (the API's ruleText, one per clause) in the rule's own structure:
 * the zone limit first, then the rule; groups say whether all or any of their members must hold.
 */
function RuleLines({ policy, zoneNames }: { policy: PolicyDetail; zoneNames: string }) {
  const { t } = useTranslation();
  const text = useDataText();
  const lines = new Map(policy.ruleText.map((line) => [line.path, text(line.text.zh, line.text.en)]));
  const rule = policy.rule;
  const topLevel = isRecord(rule) && Array.isArray(rule.all) ? (rule.all as unknown[]) : null;
  return (
    <div data-testid="policy-rule-lines">
      {t('policies.detail.ruleAll')}
      <ul className="policy-rule-lines">
        {policy.zones.length > 0 && <li>{t('policies.detail.zoneCondition', { zones: zoneNames })}</li>}
        {topLevel ? (
          topLevel.map((child, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a stored rule's members are known by their path.
            <li key={`all.${i}`}>
              <RuleNodeView node={child} path={`all.${i}`} lines={lines} />
            </li>
          ))
        ) : (
          <li>
            <RuleNodeView node={rule} path="" lines={lines} />
          </li>
        )}
      </ul>
    </div>
  );
}

function PolicyView({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const validity = useValidityText();
  const codes = useCodeOptions();
  const session = useSession();
  const user = session.data?.user;
  const staff = worksPipeline(user);
  const title = text(policy.titleZh, policy.titleEn);
  const summary = policy.summaryZh ? text(policy.summaryZh, policy.summaryEn) : policy.summaryEn;
  const zoneNames = policy.zones.map((code) => codes.label('zone', code)).join(t('policies.listSeparator'));
  useDocumentTitle(`${title} · ${t('policies.title')}`);

  return (
    <div className="page policy-detail-page" data-testid="policy-detail-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/policies">{t('policies.title')}</Link> <span aria-hidden="true">/</span> {title}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title" data-testid="policy-title">
            {title}
          </Typography.Title>
          <p className="policy-tags">
            <LevelTag level={policy.level} />
            {staff && <PolicyStatusTag status={policy.status} />}
            {policy.hasDemoFigures && <DemoFiguresTag />}
            <span className="muted">
              {policy.inForce ? t('policies.inForceYes') : t('policies.notInForce')}
            </span>
          </p>
        </div>
        <Link
          to="/policies/calculator"
          search={{ policy: policy.id }}
          className="workbench-import-link"
          data-testid="policy-calculator-link"
        >
          {t('policies.detail.tryCalculator')}
        </Link>
      </header>
      {user?.role === 'admin' && <PolicyActions policy={policy} />}
      {staff && policy.status !== 'draft' && <PolicyRunPanel policyId={policy.id} />}
      <section className="policy-section" aria-labelledby="policy-facts-title">
        <h2 id="policy-facts-title" className="editor-heading">
          {t('policies.detail.factsTitle')}
        </h2>
        <dl className="lead-facts" data-testid="policy-facts">
          <Fact label={t('policies.issuer')}>{text(policy.issuerZh, policy.issuerEn)}</Fact>
          <Fact label={t('policies.docNumber')}>{policy.docNumber ?? '—'}</Fact>
          <Fact label={t('policies.validity')}>{validity(policy.validFrom, policy.validTo)}</Fact>
          <Fact label={t('policies.zones')} testId="policy-zones">
            {policy.zones.length === 0 ? t('policies.everyZone') : zoneNames}
          </Fact>
          {policy.publishedAt && (
            <Fact label={t('policies.detail.publishedAt')}>
              <time dateTime={policy.publishedAt}>{formatDateTime(policy.publishedAt, language)}</time>
            </Fact>
          )}
          {staff && <Fact label={t('policies.detail.version')}>{policy.version}</Fact>}
          <Fact label={t('policies.detail.source')}>{policy.source}</Fact>
        </dl>
        {summary && <p className="policy-summary">{summary}</p>}
      </section>
      <section className="policy-section" aria-labelledby="policy-rule-title">
        <h2 id="policy-rule-title" className="editor-heading">
          {t('policies.detail.ruleTitle')}
        </h2>
        <RuleLines policy={policy} zoneNames={zoneNames} />
      </section>
      <section className="policy-section" aria-labelledby="policy-benefits-title">
        <h2 id="policy-benefits-title" className="editor-heading">
          {t('policies.detail.benefitsTitle')}
        </h2>
        {policy.hasDemoFigures && <p className="muted editor-hint">{t('policies.demoFiguresHint')}</p>}
        <BenefitTable policy={policy} />
      </section>
      {policy.fullText && (
        <section className="policy-section" aria-labelledby="policy-text-title">
          <h2 id="policy-text-title" className="editor-heading">
            {t('policies.detail.fullText')}
          </h2>
          <div
            className="policy-full-text"
            // The text is the Chinese original: an English page says so, for screen readers' voice.
            lang={language === 'en' ? 'zh-CN' : undefined}
            data-testid="policy-full-text"
          >
            {text(policy.fullText)}
          </div>
        </section>
      )}
    </div>
  );
}

/** /policies/$policyId: one policy for everyone; for administrators also its status and matching run. */
export function PolicyDetailPage() {
  const { t } = useTranslation();
  const { policyId } = useParams({ from: '/policies/$policyId' });
  const id = Number(policyId);
  const valid = Number.isInteger(id) && id > 0;
  const policy = useQuery({ ...policyQuery(valid ? id : 0), enabled: valid });

  if (!valid || isNotFound(policy.error))
    return (
      <Result
        status="404"
        title={<h1 className="result-title">{t('policies.detail.notFound')}</h1>}
        extra={<Link to="/policies">{t('policies.detail.backToList')}</Link>}
      />
    );
  if (policy.isError) return <LoadError error={policy.error} onRetry={() => void policy.refetch()} />;
  if (policy.isPending) return <LoadingBlock rows={8} />;
  return <PolicyView policy={policy.data} />;
}
