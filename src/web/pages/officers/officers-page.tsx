import { Link } from '@tanstack/react-router';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { StaffGate } from '../workbench/staff-gate';
import { OfficersTable } from './officers-table';
import { OrgUnitsTable } from './org-units-table';

function OfficersWorkspace() {
  const { t } = useTranslation();
  return (
    <div className="page officers-page" data-testid="officers-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
        {t('officersAdmin.title')}
      </nav>
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('officersAdmin.title')}
          </Typography.Title>
          <p className="page-intro">{t('officersAdmin.intro')}</p>
        </div>
        <Link to="/workbench/figures" className="workbench-import-link">
          {t('pipelineFigures.title')}
        </Link>
      </header>
      <OfficersTable />
      <OrgUnitsTable />
    </div>
  );
}

/**
 * /workbench/officers: administrators divide the work among the investment officers (unit, directions whose
 * new leads they take) and keep the list of units the figures are summed by.
 */
export function OfficersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('officersAdmin.title'));
  return (
    <StaffGate
      title={t('officersAdmin.title')}
      redirect="/workbench/officers"
      roles={['admin']}
      forbidden={{ title: t('officersAdmin.forbiddenTitle'), text: t('officersAdmin.forbiddenText') }}
    >
      {() => <OfficersWorkspace />}
    </StaffGate>
  );
}
