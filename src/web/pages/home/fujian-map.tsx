import { useNavigate } from '@tanstack/react-router';
import { Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkSummary } from '../../api/queries';
import { brandBlue } from '../../app/theme';
import { type ChartClick, EChart } from '../../charts/e-chart';
import type { ECharts, EChartsCoreOption } from '../../charts/echarts';
import { ensureFujianMap } from '../../charts/fujian-geo';
import { fujianGeo, prefersReducedMotion, useFujianNameMap } from '../../charts/fujian-geo-option';
import { type DataText, useDataText } from '../../i18n/use-data-text';

type MapPoint = { name: string; value: [number, number]; parkId: number; detail: string };

function mapPoints(
  parks: ParkSummary[],
  text: DataText,
  kindLabel: (kind: ParkSummary['kind']) => string,
): MapPoint[] {
  return parks.flatMap((park) => {
    if (park.lng === null || park.lat === null) return [];
    const lng = Number(park.lng);
    const lat = Number(park.lat);
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return [];
    const detail = `${kindLabel(park.kind)} · ${text(park.zone.nameZh, park.zone.nameEn)}`;
    return [{ name: text(park.nameZh, park.nameEn), value: [lng, lat], parkId: park.id, detail }];
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function mapOption(points: MapPoint[], nameMap: Record<string, string>): EChartsCoreOption {
  return {
    tooltip: {
      trigger: 'item',
      // Tooltips are HTML: park names come from the database, so they are escaped.
      formatter: (params: { data?: MapPoint }) =>
        params.data
          ? `<strong>${escapeHtml(params.data.name)}</strong><br/>${escapeHtml(params.data.detail)}`
          : '',
    },
    geo: fujianGeo(nameMap),
    series: [
      {
        type: prefersReducedMotion() ? 'scatter' : 'effectScatter',
        coordinateSystem: 'geo',
        data: points,
        symbolSize: 11,
        rippleEffect: { brushType: 'stroke', scale: 2.6 },
        itemStyle: { color: brandBlue, borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { scale: 1.6 },
        cursor: 'pointer',
        zlevel: 1,
      },
    ],
  };
}

/** Where each point is drawn, in CSS pixels of the chart box: "parkId:x,y;…". */
function pointPositions(chart: ECharts, points: MapPoint[]): string {
  return points
    .map((point) => {
      const pixel = chart.convertToPixel({ geoIndex: 0 }, point.value) as number[] | undefined;
      return pixel ? `${point.parkId}:${Math.round(pixel[0] ?? 0)},${Math.round(pixel[1] ?? 0)}` : '';
    })
    .filter(Boolean)
    .join(';');
}

/** Fujian with the parks that have coordinates; a click on a point opens that park. */
export function FujianMap({ parks }: { parks: ParkSummary[] }) {
  const { t } = useTranslation();
  const text = useDataText();
  const navigate = useNavigate();
  const nameMap = useFujianNameMap();
  const points = useMemo(() => mapPoints(parks, text, (kind) => t(`kind.${kind}`)), [parks, text, t]);
  const option = useMemo(() => {
    // Registered on first draw rather than at import: parsing the map costs a few milliseconds.
    ensureFujianMap();
    return mapOption(points, nameMap);
  }, [points, nameMap]);
  // Published on the frame as data-park-points so that end-to-end tests can click a real point on the canvas.
  const [positions, setPositions] = useState('');
  const readPositions = useCallback(
    (chart: ECharts) => setPositions(pointPositions(chart, points)),
    [points],
  );
  const openPark = useCallback(
    (event: ChartClick) => {
      const point = event.data as MapPoint | undefined;
      if (point?.parkId) void navigate({ to: '/parks/$parkId', params: { parkId: String(point.parkId) } });
    },
    [navigate],
  );

  return (
    <section className="home-section" aria-labelledby="map-title">
      <Typography.Title level={2} id="map-title">
        {t('home.mapTitle')}
      </Typography.Title>
      <div className="map-frame" data-park-points={positions}>
        <EChart
          option={option}
          label={t('home.mapLabel', { count: points.length })}
          height={520}
          onClick={openPark}
          onLayout={readPositions}
          testId="fujian-map"
        />
      </div>
      <p className="map-note">
        <small>
          {t('home.mapNote')} {t('home.mapSource')}
        </small>
      </p>
    </section>
  );
}
