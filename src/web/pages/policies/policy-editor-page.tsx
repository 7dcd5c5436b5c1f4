import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { StaffGate } from '../workbench/staff-gate';
import { emptyPolicyDraft, toPolicyDraft } from './policy-draft';
import { PolicyEditor } from './policy-editor';
import { attributesQuery, policyQuery } from './use-policies';

function EditorFrame({
  heading,
  policyId,
  children,
}: {
  heading: string;
  policyId: number | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="page policy-editor-page" data-testid="policy-editor-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/policies">{t('policies.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {policyId !== null && (
          <>
            <Link to="/policies/$policyId" params={{ policyId: String(policyId) }}>
              {t('policies.editor.policyPage')}
            </Link>{' '}
            <span aria-hidden="true">/</span>{' '}
          </>
        )}
        {heading}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {heading}
          </Typography.Title>
          <p className="page-intro">{t('policies.editor.intro')}</p>
        </div>
      </header>
      {children}
    </div>
  );
}

function NewPolicy() {
  const { t } = useTranslation();
  const attributes = useQuery(attributesQuery);
  const heading = t('policies.newPolicy');
  useDocumentTitle(heading);
  return (
    <EditorFrame heading={heading} policyId={null}>
      {attributes.isError && <LoadError error={attributes.error} onRetry={() => void attributes.refetch()} />}
      {attributes.isPending && <LoadingBlock rows={8} />}
      {attributes.data && (
        <PolicyEditor policyId={null} initial={emptyPolicyDraft()} attributes={attributes.data} />
      )}
    </EditorFrame>
  );
}

function EditPolicy({ id }: { id: number }) {
  const { t } = useTranslation();
  const text = useDataText();
  const attributes = useQuery(attributesQuery);
  const policy = useQuery(policyQuery(id));
  const heading = policy.data
    ? t('policies.editor.editTitle', { title: text(policy.data.titleZh, policy.data.titleEn) })
    : t('policies.editor.editTitle', { title: `#${id}` });
  useDocumentTitle(heading);
  if (isNotFound(policy.error))
    return (
      <Result
        status="404"
        title={<h1 className="result-title">{t('policies.detail.notFound')}</h1>}
        extra={<Link to="/policies">{t('policies.detail.backToList')}</Link>}
      />
    );
  const failed = policy.isError ? policy : attributes.isError ? attributes : null;
  return (
    <EditorFrame heading={heading} policyId={id}>
      {failed && <LoadError error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && (policy.isPending || attributes.isPending) && <LoadingBlock rows={8} />}
      {policy.data && attributes.data && (
        // Keyed by the policy only: a refetch in the background must not wipe what is being typed.
        <PolicyEditor
          key={id}
          policyId={id}
          initial={toPolicyDraft(policy.data)}
          attributes={attributes.data}
        />
      )}
    </EditorFrame>
  );
}

/** /workbench/policies/new and /workbench/policies/$policyId/edit: the policy editor, for administrators. */
export function PolicyEditorPage() {
  const { t } = useTranslation();
  const params = useParams({ strict: false }) as { policyId?: string };
  const id = params.policyId === undefined ? null : Number(params.policyId);
  const redirect = id === null ? '/workbench/policies/new' : `/workbench/policies/${params.policyId}/edit`;
  return (
    <StaffGate
      title={t('policies.editor.title')}
      redirect={redirect}
      roles={['admin']}
      forbidden={{ title: t('policies.editor.forbiddenTitle'), text: t('policies.editor.forbiddenText') }}
    >
      {() =>
        id === null ? (
          <NewPolicy />
        ) : Number.isInteger(id) && id > 0 ? (
          <EditPolicy id={id} />
        ) : (
          <Result status="404" title={<h1 className="result-title">{t('policies.detail.notFound')}</h1>} />
        )
      }
    </StaffGate>
  );
}
