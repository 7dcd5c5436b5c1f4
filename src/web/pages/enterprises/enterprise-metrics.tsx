import { Descriptions, type DescriptionsProps, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DemoTag } from '../../components/tags';
import { formatNumber } from '../../lib/format';
import type { EnterpriseMetrics } from './use-enterprise';

type Item = NonNullable<DescriptionsProps['items']>[number];

const wanFields = ['operatingRevenueWan', 'taxWan', 'rdSpendWan', 'outputValueWan'] as const;

/** The latest year on record, in 万元 as the zone reports firms' figures, with the year's own source. */
export function EnterpriseMetricsSection({ metrics }: { metrics: EnterpriseMetrics | null }) {
  const { t } = useTranslation();
  const items: Item[] = metrics
    ? [
        ...wanFields.flatMap((field): Item[] => {
          const value = metrics[field];
          return value === null
            ? []
            : [{ key: field, label: t(`enterprise.metrics.${field}`), children: formatNumber(value) }];
        }),
        ...(metrics.employees === null
          ? []
          : [
              {
                key: 'employees',
                label: t('enterprise.metrics.employees'),
                children: formatNumber(metrics.employees),
              },
            ]),
        { key: 'source', label: t('enterprise.source'), span: 'filled', children: metrics.source },
      ]
    : [];
  return (
    <section
      className="enterprise-section"
      aria-labelledby="enterprise-metrics-title"
      data-testid="enterprise-metrics"
    >
      <Space align="center" wrap>
        <Typography.Title level={2} id="enterprise-metrics-title">
          {metrics
            ? t('enterprise.metrics.title', { year: metrics.year })
            : t('enterprise.metrics.titleNone')}
        </Typography.Title>
        {metrics?.isDemo && <DemoTag />}
      </Space>
      {metrics ? (
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          styles={{ label: { whiteSpace: 'nowrap' } }}
          items={items}
        />
      ) : (
        <p className="muted">{t('enterprise.metrics.none')}</p>
      )}
    </section>
  );
}
