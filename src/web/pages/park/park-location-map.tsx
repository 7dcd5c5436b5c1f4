import { Alert, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkDetail } from '../../api/queries';
import { brandBlue } from '../../app/theme';
import { EChart } from '../../charts/e-chart';
import type { EChartsCoreOption } from '../../charts/echarts';
import { ensureFujianMap } from '../../charts/fujian-geo';
import { fujianGeo, useFujianNameMap } from '../../charts/fujian-geo-option';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';

/**
 * The reference data marks positions estimated from the district centre with a note starting
 * "Approximate"; a note in Chinese would say 近似 or 大致.
 */
export function isApproximate(note: string | null): boolean {
  return !!note && /approximate|近似|大致|约略/i.test(note);
}

function markerOption(
  name: string,
  lng: number,
  lat: number,
  nameMap: Record<string, string>,
): EChartsCoreOption {
  return {
    geo: fujianGeo(nameMap),
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        data: [{ name, value: [lng, lat] }],
        symbol: 'pin',
        symbolSize: 34,
        itemStyle: { color: brandBlue, borderColor: '#ffffff', borderWidth: 1 },
        label: { show: true, position: 'right', formatter: '{b}', color: '#1f1f1f', fontSize: 12 },
        zlevel: 1,
      },
    ],
  };
}

/** Where the park lies in Fujian: the province map with one marker, and the coordinates in words. */
export function ParkLocationMap({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const text = useDataText();
  const nameMap = useFujianNameMap();
  const name = text(park.nameZh, park.nameEn);
  const lng = park.lng === null ? Number.NaN : Number(park.lng);
  const lat = park.lat === null ? Number.NaN : Number(park.lat);
  const located = Number.isFinite(lng) && Number.isFinite(lat);
  const option = useMemo(() => {
    if (!located) return null;
    ensureFujianMap();
    return markerOption(name, lng, lat, nameMap);
  }, [located, name, lng, lat, nameMap]);
  const coordinates = located
    ? t('park.coordinates', { lng: formatNumber(String(lng), 3), lat: formatNumber(String(lat), 3) })
    : '';
  const approximate = isApproximate(park.locationNote);

  return (
    <section className="park-section" aria-labelledby="location-title">
      <Typography.Title level={2} id="location-title">
        {t('park.mapTitle')}
      </Typography.Title>
      {!option ? (
        <p className="muted">{t('park.noLocation')}</p>
      ) : (
        <div className="location">
          {approximate && (
            <Alert
              type="info"
              showIcon
              title={t('park.approximate')}
              description={t('park.approximateNote')}
              data-testid="location-approximate"
            />
          )}
          <div className="map-frame">
            <EChart
              option={option}
              height={360}
              label={`${t('park.mapLabel', { park: name, coordinates })}${approximate ? ` (${t('park.approximate')})` : ''}`}
              testId="park-location-map"
            />
          </div>
          <p className="map-note">
            <small>
              {coordinates}
              {approximate && ` · ${t('park.approximate')}`} · {t('home.mapSource')}
            </small>
          </p>
        </div>
      )}
    </section>
  );
}
