import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parksQuery, type User } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { managedParks } from '../../auth/staff';
import { LoadError } from '../../components/query-state';
import { ImportGuide } from './import-guide';
import { ImportHistory } from './import-history';
import { ImportJobPanel } from './import-job-panel';
import { ImportUpload } from './import-upload';
import { StaffGate } from './staff-gate';
import { useStartImport } from './use-import-job';

/** The job on screen and, when it was started here, the file it read (for "import this file now"). */
type Shown = { id: number; file: File | null };

function ImportWorkspace({ user }: { user: User }) {
  const { t } = useTranslation();
  const parks = useQuery(parksQuery);
  const myParks = managedParks(user, parks.data?.items ?? []);
  const [file, setFile] = useState<File | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [running, setRunning] = useState(false);
  const start = useStartImport();

  const run = (chosen: File, dryRun: boolean) =>
    start.mutate({ file: chosen, dryRun }, { onSuccess: ({ id }) => setShown({ id, file: chosen }) });
  const choose = (chosen: File | null) => {
    setFile(chosen);
    start.reset();
  };
  const view = (id: number) => setShown({ id, file: null });
  const checkedFile = shown?.file;

  return (
    <div className="page import-page" data-testid="import-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/workbench" data-testid="import-back-link">
          {t('workbench.title')}
        </Link>{' '}
        <span aria-hidden="true">/</span> {t('workbench.importExport')}
      </nav>
      <header>
        <Typography.Title level={1} className="page-title">
          {t('imports.title')}
        </Typography.Title>
        <p className="page-intro">{t('imports.intro')}</p>
      </header>
      {parks.isError && <LoadError error={parks.error} onRetry={() => void parks.refetch()} />}
      <ImportGuide parks={myParks} parksLoading={parks.isPending} />
      <Card
        className="workbench-card"
        title={
          <h2 className="card-heading" id="import-upload-title">
            {t('imports.uploadTitle')}
          </h2>
        }
      >
        <div className="import-workspace">
          <ImportUpload
            file={file}
            onFile={choose}
            onStart={(dryRun) => file && run(file, dryRun)}
            busy={start.isPending || running}
          />
          {start.isError && (
            <Alert
              type="error"
              showIcon
              title={t('imports.uploadFailed')}
              description={start.error.message}
              data-testid="import-upload-error"
            />
          )}
          {shown && (
            <ImportJobPanel
              key={shown.id}
              id={shown.id}
              onRunning={setRunning}
              onImportNow={checkedFile ? () => run(checkedFile, false) : undefined}
              importing={start.isPending}
            />
          )}
        </div>
      </Card>
      <ImportHistory viewing={shown?.id ?? null} onView={view} />
    </div>
  );
}

/**
 * /workbench/import: check and import units from a spreadsheet, download the template and the current
 * units, and see the latest imports. For staff only, like the workbench.
 */
export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('imports.title'));
  return (
    <StaffGate title={t('imports.title')} redirect="/workbench/import">
      {(user) => <ImportWorkspace user={user} />}
    </StaffGate>
  );
}
