import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { overviewQuery } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { DemoBanner } from './demo-banner';
import { DirectionsSection } from './directions-section';
import { FiguresSection } from './figures-section';
import { FujianMap } from './fujian-map';
import { HomeHero } from './home-hero';
import { ZoneCards } from './zone-cards';

/** The portal: what the zones are, where the parks are, and what the documents say about them. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.fullName'));
  const overview = useQuery(overviewQuery);
  const data = overview.data;

  return (
    <div className="page home-page">
      <HomeHero targets={data?.targets ?? []} />
      {overview.isPending && <LoadingBlock rows={8} />}
      {overview.isError && <LoadError error={overview.error} onRetry={() => void overview.refetch()} />}
      {data && (
        <>
          <DemoBanner demo={data.demo} />
          <ZoneCards zones={data.zones} parks={data.parks} />
          <FujianMap parks={data.parks} />
          <FiguresSection provinceFigures={data.provinceFigures} zones={data.zones} />
          <DirectionsSection directions={data.directions} />
        </>
      )}
    </div>
  );
}
