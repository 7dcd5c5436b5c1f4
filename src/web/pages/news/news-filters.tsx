import { useQuery } from '@tanstack/react-query';
import { Button, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { zonesQuery } from '../../api/queries';
import { SearchBox } from '../../components/search-box';
import { useDataText } from '../../i18n/use-data-text';
import { hasNewsFilters, type NewsSearch } from './news-search';
import { type NewsKind, newsKinds } from './news-types';

export type NewsFilterChange = Partial<Omit<NewsSearch, 'page'>>;

/** The list's filters, each kept in the URL: the kind (全部 / 资讯 / 活动 / 公告), words and the zone. */
export function NewsFilters({
  search,
  onChange,
}: {
  search: NewsSearch;
  onChange: (change: NewsFilterChange) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const zones = useQuery(zonesQuery);
  const zoneOptions = (zones.data?.items ?? []).map((z) => ({
    value: z.code,
    label: text(z.nameZh, z.nameEn),
  }));
  return (
    <div className="pipeline-toolbar" data-testid="news-filters">
      <div className="pipeline-control">
        <span id="news-kind-label" className="news-filter-label">
          {t('news.kindFilter')}
        </span>
        <Radio.Group
          aria-labelledby="news-kind-label"
          optionType="button"
          value={search.kind ?? 'all'}
          onChange={(event) => {
            const kind = event.target.value as NewsKind | 'all';
            onChange({ kind: kind === 'all' ? undefined : kind });
          }}
          options={[
            { value: 'all', label: t('news.allKinds') },
            ...newsKinds.map((value) => ({ value, label: t(`news.kinds.${value}`) })),
          ]}
          data-testid="news-kind-filter"
        />
      </div>
      <SearchBox
        id="news-search"
        label={t('news.search')}
        placeholder={t('news.searchPlaceholder')}
        value={search.q}
        onSearch={(q) => onChange({ q })}
      />
      <div className="pipeline-control">
        <label htmlFor="news-zone">{t('news.zone')}</label>
        <Select<string>
          id="news-zone"
          value={search.zone ?? 'all'}
          onChange={(zone) => onChange({ zone: zone === 'all' ? undefined : zone })}
          options={[{ value: 'all', label: t('news.allZones') }, ...zoneOptions]}
          popupMatchSelectWidth={false}
          className="pipeline-select"
          data-testid="news-zone"
        />
      </div>
      <Button
        type="link"
        disabled={!hasNewsFilters(search)}
        onClick={() => onChange({ q: undefined, kind: undefined, zone: undefined })}
        data-testid="news-clear"
      >
        {t('news.clearFilters')}
      </Button>
    </div>
  );
}
