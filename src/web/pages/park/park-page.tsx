import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../../api/api-error';
import { type ParkDetail, parkQuery } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { DataText } from '../../components/data-text';
import { FigureList } from '../../components/figure-item';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { DemoTag, KindTag } from '../../components/tags';
import { useDataText } from '../../i18n/use-data-text';
import { OccupancySection } from './occupancy-section';
import { ParkContact } from './park-contact';
import { ParkFacts } from './park-facts';
import { ParkLocationMap } from './park-location-map';
import { UnitsSection } from './units-table';

/** A positive integer id, or null for anything else (/parks/abc is simply not found). */
function parseParkId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

export function ParkNotFound({ id }: { id: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('park.notFoundTitle'));
  return (
    <div data-testid="park-not-found">
      <Result
        status="404"
        title={<h1 className="result-title">{t('park.notFoundTitle')}</h1>}
        subTitle={t('park.notFoundText', { id })}
        extra={<Link to="/">{t('app.backHome')}</Link>}
      />
    </div>
  );
}

function ParkView({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const text = useDataText();
  const name = text(park.nameZh, park.nameEn);
  useDocumentTitle(name);
  return (
    <article className="page park-page" aria-labelledby="park-title">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('app.home')}</Link> <span aria-hidden="true">/</span>{' '}
        {text(park.zone.nameZh, park.zone.nameEn)}
        {park.block && (
          <>
            {' '}
            <span aria-hidden="true">/</span> {text(park.block.nameZh, park.block.nameEn)}
          </>
        )}
      </nav>
      <Space align="center" wrap className="park-heading">
        <Typography.Title level={1} id="park-title" data-testid="park-title" className="park-title">
          {name}
        </Typography.Title>
        <KindTag kind={park.kind} />
        {park.isDemo && <DemoTag />}
      </Space>
      {park.descriptionZh && (
        <p className="park-description">
          <DataText zh={park.descriptionZh} />
        </p>
      )}
      <ParkFacts park={park} />
      <ParkContact park={park} />
      {park.figures.length > 0 && (
        <section className="park-section" aria-labelledby="park-figures-title">
          <Typography.Title level={2} id="park-figures-title">
            {t('park.figuresTitle')}
          </Typography.Title>
          <FigureList figures={park.figures} />
        </section>
      )}
      <OccupancySection occupancy={park.occupancy} />
      <ParkLocationMap park={park} />
      <UnitsSection park={park} />
    </article>
  );
}

export function ParkPage() {
  const { parkId } = useParams({ from: '/parks/$parkId' });
  const id = parseParkId(parkId);
  const park = useQuery({ ...parkQuery(id ?? 0), enabled: id !== null });
  if (id === null || isNotFound(park.error)) return <ParkNotFound id={parkId} />;
  if (park.isError) return <LoadError error={park.error} onRetry={() => void park.refetch()} />;
  if (!park.data) return <LoadingBlock rows={10} />;
  return <ParkView park={park.data} />;
}
