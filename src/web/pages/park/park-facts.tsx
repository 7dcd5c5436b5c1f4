import { Descriptions, type DescriptionsProps } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import type { ParkDetail } from '../../api/queries';
import { useLanguage } from '../../app/use-language';
import { KindTag } from '../../components/tags';
import { clusterNamesEn } from '../../i18n/en';
import { useDataText } from '../../i18n/use-data-text';
import { formatDateTime, formatMonth } from '../../lib/format';

type Item = NonNullable<DescriptionsProps['items']>[number];

/** "Last updated <date> by <name>": any write to the park, its buildings or units stamps both. */
function UpdatedStamp({ park }: { park: ParkDetail }) {
  const language = useLanguage();
  const text = useDataText();
  const time = (
    <time dateTime={park.updatedAt} data-testid="updated-at">
      {formatDateTime(park.updatedAt, language)}
    </time>
  );
  return (
    <span data-testid="park-updated">
      {park.updatedBy ? (
        <Trans
          i18nKey="park.updatedBy"
          values={{ date: formatDateTime(park.updatedAt, language), name: text(park.updatedBy.displayName) }}
          components={{ time }}
        />
      ) : (
        time
      )}
    </span>
  );
}

/** The park's reference facts, each shown only when the documents give it. */
export function ParkFacts({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const items: (Item | false)[] = [
    { key: 'zone', label: t('park.zone'), children: text(park.zone.nameZh, park.zone.nameEn) },
    !!park.block && {
      key: 'block',
      label: t('park.block'),
      children: text(park.block.nameZh, park.block.nameEn),
    },
    { key: 'kind', label: t('park.kind'), children: <KindTag kind={park.kind} /> },
    park.clusters.length > 0 && {
      key: 'clusters',
      label: t('park.clusters'),
      children: park.clusters
        .map((cluster) => text(cluster, clusterNamesEn[cluster]))
        .join(language === 'en' ? ', ' : '、'),
    },
    !!park.openedMonth && {
      key: 'opened',
      label: t('park.opened'),
      children: formatMonth(park.openedMonth, language),
    },
    !!park.address && { key: 'address', label: t('park.address'), children: text(park.address) },
    { key: 'enterprises', label: t('park.enterprises'), children: park.enterpriseCount },
    {
      key: 'updated',
      label: t('park.updatedAt'),
      children: <UpdatedStamp park={park} />,
    },
    // Long texts take the rest of their row rather than squeezing into half of it.
    !!park.locationNote && {
      key: 'location',
      label: t('park.location'),
      children: park.locationNote,
      span: 'filled',
    },
    {
      key: 'source',
      label: t('park.source'),
      span: 'filled',
      children: (
        <span>
          {park.source}
          {park.sourceNote && <small className="source-note"> — {park.sourceNote}</small>}
        </span>
      ),
    },
  ];
  return (
    <Descriptions
      className="park-facts"
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={items.filter((item): item is Item => item !== false)}
    />
  );
}
