import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkDetail } from '../../api/queries';
import { EChart } from '../../charts/e-chart';
import type { EChartsCoreOption } from '../../charts/echarts';
import {
  formatArea,
  formatNumber,
  formatPercent,
  squareMetresToMu,
  subtractDecimals,
} from '../../lib/format';

type Slice = { name: string; value: number; colour: string };

function pieOption(slices: Slice[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: (value: number) => `${formatNumber(String(value))} m²` },
    legend: { bottom: 0, textStyle: { color: '#262626' } },
    series: [
      {
        type: 'pie',
        radius: ['42%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{d}%', color: '#262626' },
        data: slices.map((slice) => ({
          name: slice.name,
          value: slice.value,
          itemStyle: { color: slice.colour },
        })),
      },
    ],
  };
}

/** Total, available and leased space: figures exact from the API's decimals, the chart for proportions. */
export function OccupancySection({ occupancy }: { occupancy: ParkDetail['occupancy'] }) {
  const { t } = useTranslation();
  const other = subtractDecimals(occupancy.totalM2, occupancy.availableM2, occupancy.leasedM2);
  const slices = useMemo<Slice[]>(
    () =>
      [
        { name: t('park.availableArea'), value: Number(occupancy.availableM2), colour: '#237804' },
        { name: t('park.leasedArea'), value: Number(occupancy.leasedM2), colour: '#0b5cad' },
        { name: t('park.otherArea'), value: Number(other), colour: '#bfbfbf' },
      ].filter((slice) => slice.value > 0),
    [t, occupancy.availableM2, occupancy.leasedM2, other],
  );
  const option = useMemo(() => pieOption(slices), [slices]);
  const hasSpace = Number(occupancy.totalM2) > 0;

  return (
    <section className="park-section" aria-labelledby="occupancy-title">
      <Typography.Title level={2} id="occupancy-title">
        {t('park.occupancyTitle')}
      </Typography.Title>
      <div className="occupancy">
        <Card size="small" className="occupancy-stats">
          <dl className="stat-list">
            <div>
              <dt>{t('park.totalArea')}</dt>
              <dd data-testid="total-area">
                {formatArea(occupancy.totalM2)}
                <small className="muted">
                  {' '}
                  ({t('park.totalAreaMu', { mu: squareMetresToMu(occupancy.totalM2) })})
                </small>
              </dd>
            </div>
            <div>
              <dt>{t('park.availableArea')}</dt>
              <dd>{formatArea(occupancy.availableM2)}</dd>
            </div>
            <div>
              <dt>{t('park.leasedArea')}</dt>
              <dd>{formatArea(occupancy.leasedM2)}</dd>
            </div>
            <div>
              <dt>{t('park.occupancyRate')}</dt>
              <dd>
                <span data-testid="occupancy-rate">
                  {occupancy.occupancyRate === null ? '—' : formatPercent(occupancy.occupancyRate)}
                </span>
                <small className="stat-hint">{t('park.occupancyRateHint')}</small>
              </dd>
            </div>
            <div>
              <dt>{t('park.unitCount')}</dt>
              <dd>{formatNumber(String(occupancy.unitCount))}</dd>
            </div>
          </dl>
        </Card>
        {hasSpace && (
          <EChart
            option={option}
            height={280}
            testId="occupancy-chart"
            label={t('park.occupancyChart', {
              total: formatArea(occupancy.totalM2),
              available: formatArea(occupancy.availableM2),
              leased: formatArea(occupancy.leasedM2),
            })}
            style={{ flex: '1 1 320px', minWidth: 280 }}
          />
        )}
      </div>
    </section>
  );
}
