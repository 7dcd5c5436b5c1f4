import { Link } from '@tanstack/react-router';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParkSummary, Zone } from '../../api/queries';
import { useLanguage } from '../../app/use-language';
import { DataText } from '../../components/data-text';
import { DemoTag, KindTag } from '../../components/tags';
import { useDataText } from '../../i18n/use-data-text';
import { formatMonth } from '../../lib/format';

function ParkLinks({ parks }: { parks: ParkSummary[] }) {
  const { t } = useTranslation();
  const text = useDataText();
  if (parks.length === 0) return <p className="muted">{t('home.noParks')}</p>;
  return (
    <ul className="park-list">
      {parks.map((park) => (
        <li key={park.id}>
          <KindTag kind={park.kind} />
          <Link to="/parks/$parkId" params={{ parkId: String(park.id) }} data-testid="park-link">
            {text(park.nameZh, park.nameEn)}
          </Link>
          {park.isDemo && <DemoTag />}
        </li>
      ))}
    </ul>
  );
}

function ZoneCard({ zone, parks }: { zone: Zone; parks: ParkSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const titleId = `zone-${zone.id}-title`;
  const outsideBlocks = parks.filter(
    (park) => !park.block || !zone.blocks.some((block) => block.id === park.block?.id),
  );
  return (
    <Card className="zone-card" data-testid="zone-card" aria-labelledby={titleId} role="article">
      <Typography.Title level={3} id={titleId} className="zone-title">
        {text(zone.nameZh, zone.nameEn)}
      </Typography.Title>
      <p className="zone-meta">
        {zone.divisionName && <span>{text(zone.divisionName)} · </span>}
        {zone.establishedMonth && (
          <span>{t('home.zoneEstablished', { month: formatMonth(zone.establishedMonth, language) })} · </span>
        )}
        <span>{t('home.zoneParkCount', { count: zone.parkCount })}</span>
      </p>
      {zone.positioningZh && (
        <p className="zone-positioning">
          <DataText zh={zone.positioningZh} />
        </p>
      )}
      {zone.blocks.map((block) => (
        <div key={block.id} className="zone-block">
          <Typography.Title level={4} className="block-title">
            <span className="visually-hidden">{t('home.blocksLabel')}: </span>
            {text(block.nameZh, block.nameEn)}
          </Typography.Title>
          <ParkLinks parks={parks.filter((park) => park.block?.id === block.id)} />
        </div>
      ))}
      {outsideBlocks.length > 0 && (
        <div className="zone-block">
          {zone.blocks.length > 0 && (
            <Typography.Title level={4} className="block-title">
              {t('home.otherParks')}
            </Typography.Title>
          )}
          <ParkLinks parks={outsideBlocks} />
        </div>
      )}
      <p className="zone-source">
        <small className="source">{t('figure.source', { source: zone.source })}</small>
      </p>
    </Card>
  );
}

/** One card per zone: its blocks, and under each block the parks, centres and facilities it holds. */
export function ZoneCards({ zones, parks }: { zones: Zone[]; parks: ParkSummary[] }) {
  const { t } = useTranslation();
  return (
    <section className="home-section" aria-labelledby="zones-title">
      <Typography.Title level={2} id="zones-title">
        {t('home.zonesTitle')}
      </Typography.Title>
      <div className="zone-grid">
        {zones.map((zone) => (
          <ZoneCard key={zone.id} zone={zone} parks={parks.filter((park) => park.zone.id === zone.id)} />
        ))}
      </div>
    </section>
  );
}
