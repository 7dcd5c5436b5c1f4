import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Result, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ParkSummary, parkQuery, parksQuery, type User } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { managedParks, managesAllParks, worksPipeline } from '../../auth/staff';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { BuildingsEditor } from './buildings-editor';
import { ParkDetailsForm } from './park-details-form';
import { ParksOverview } from './parks-overview';
import { StaffGate } from './staff-gate';
import { UnitsEditor } from './units-editor';

function ParkSelect({
  parks,
  value,
  onChange,
}: {
  parks: ParkSummary[];
  value: number;
  onChange: (parkId: number) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  return (
    <div className="park-select">
      <label htmlFor="workbench-park">{t('workbench.parkSelect')}</label>
      <Select<number>
        id="workbench-park"
        data-testid="workbench-park-select"
        value={value}
        onChange={onChange}
        showSearch={{ optionFilterProp: 'name' }}
        options={parks.map((park) => ({
          value: park.id,
          label: text(park.nameZh, park.nameEn),
          name: `${park.nameZh} ${park.nameEn} ${text(park.nameZh)}`,
        }))}
        popupMatchSelectWidth={false}
        className="park-select-input"
      />
    </div>
  );
}

/** The chosen park's details, buildings and units; each part keyed by park so switching starts afresh. */
function ParkWorkspace({ parkId }: { parkId: number }) {
  const park = useQuery(parkQuery(parkId));
  if (park.isError) return <LoadError error={park.error} onRetry={() => void park.refetch()} />;
  if (!park.data) return <LoadingBlock rows={8} />;
  return (
    <>
      <ParkDetailsForm key={`details-${parkId}`} park={park.data} />
      <BuildingsEditor key={`buildings-${parkId}`} park={park.data} />
      <UnitsEditor key={`units-${parkId}`} park={park.data} />
    </>
  );
}

function Workbench({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: '/workbench' });
  const navigate = useNavigate({ from: '/workbench' });
  const parks = useQuery(parksQuery);
  const all = managesAllParks(user);
  // The server decides what may be written (403 outside a manager's parks); this only keeps the choice to
  // the parks the user can work on.
  const myParks = managedParks(user, parks.data?.items ?? []);
  const parkId = myParks.some((park) => park.id === search.park) ? search.park : myParks[0]?.id;
  const choose = (park: number) => void navigate({ search: { park } });

  return (
    <div className="page workbench-page" data-testid="workbench">
      <header className="workbench-header">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('workbench.title')}
          </Typography.Title>
          <p className="page-intro">{t('workbench.intro')}</p>
        </div>
        <div className="workbench-links">
          {worksPipeline(user) && (
            <>
              <Link
                to="/workbench/pipeline"
                className="workbench-import-link"
                data-testid="workbench-pipeline-link"
              >
                {t('pipeline.menuLink')}
              </Link>
              <Link
                to="/workbench/figures"
                className="workbench-import-link"
                data-testid="workbench-figures-link"
              >
                {t('pipeline.figuresLink')}
              </Link>
            </>
          )}
          <Link to="/workbench/import" className="workbench-import-link" data-testid="workbench-import-link">
            {t('workbench.importExport')}
          </Link>
        </div>
      </header>
      {parks.isError && <LoadError error={parks.error} onRetry={() => void parks.refetch()} />}
      {parks.isPending && <LoadingBlock rows={4} />}
      {parks.data && myParks.length === 0 && <Result status="info" title={t('workbench.noParks')} />}
      {parkId !== undefined && (
        <>
          <ParkSelect parks={myParks} value={parkId} onChange={choose} />
          <ParksOverview
            parks={myParks}
            title={all ? t('workbench.allParks') : t('workbench.myParks')}
            selected={parkId}
            onSelect={choose}
          />
          <ParkWorkspace parkId={parkId} />
        </>
      )}
    </div>
  );
}

/** The park manager workbench, for staff only (StaffGate). */
export function WorkbenchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workbench.title'));
  return (
    <StaffGate title={t('workbench.title')} redirect="/workbench">
      {(user) => <Workbench user={user} />}
    </StaffGate>
  );
}
