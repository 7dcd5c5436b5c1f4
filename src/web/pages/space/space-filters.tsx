import { Button, Checkbox, Form, Radio, Select, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCounts, ParkSummary, ZoneDetail } from '../../api/queries';
import {
  type CleanroomLevel,
  cleanroomLevels,
  type DealTypeValue,
  dealTypes,
  type UnitStatusValue,
  type UnitUse,
  unitStatuses,
  unitUses,
} from '../../api/space-values';
import { useCleanroomLabel } from '../../components/unit-labels';
import { useDataText } from '../../i18n/use-data-text';
import { DateFilter, NumberFilter } from './filter-inputs';
import { cleanroomLevelCounts, facetCount, hasFilters, type SpaceSearch, splitList } from './space-search';

export type FilterChange = Partial<Omit<SpaceSearch, 'limit' | 'offset' | 'sort'>>;

type SpaceFiltersProps = {
  search: SpaceSearch;
  facets: FacetCounts | undefined;
  zones: ZoneDetail[];
  parks: ParkSummary[];
  onChange: (change: FilterChange) => void;
  onReset: () => void;
};

/** "GMP 生产厂房（47）": the count is what choosing the option would give under the other filters. */
function useOptionLabel(): (label: string, count: number | undefined) => ReactNode {
  const { t } = useTranslation();
  return (label, count) =>
    count === undefined ? label : <span className="facet-option">{t('space.option', { label, count })}</span>;
}

/** A group of checkboxes or radios: a fieldset, so the group has a name and each box its own label. */
function FilterGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="filter-group">
      <legend className="filter-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

function PlaceFilters({ search, facets, zones, parks, onChange }: Omit<SpaceFiltersProps, 'onReset'>) {
  const { t } = useTranslation();
  const text = useDataText();
  const option = useOptionLabel();
  const blocks = zones
    .filter((zone) => !search.zone || zone.code === search.zone)
    .flatMap((zone) => zone.blocks);
  // Parks with matching units under the other filters, and the chosen one even when it has none left.
  const parkOptions = parks
    .filter((park) => facetCount(facets, 'park', String(park.id)) > 0 || park.id === search.park)
    .map((park) => ({
      value: park.id,
      label: option(text(park.nameZh, park.nameEn), facetCount(facets, 'park', String(park.id))),
      name: `${park.nameZh} ${park.nameEn} ${text(park.nameZh)}`,
    }));

  return (
    <>
      <Form.Item label={t('space.zone')} htmlFor="space-zone">
        <Select<string>
          id="space-zone"
          allowClear
          placeholder={t('space.all')}
          value={search.zone}
          // A block or park of another zone would leave nothing to find.
          onChange={(zone) => onChange({ zone, block: undefined, park: undefined })}
          options={zones.map((zone) => ({
            value: zone.code,
            label: option(text(zone.nameZh, zone.nameEn), facetCount(facets, 'zone', zone.code)),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('space.block')} htmlFor="space-block">
        <Select<string>
          id="space-block"
          allowClear
          placeholder={t('space.all')}
          value={search.block}
          onChange={(block) => onChange({ block })}
          options={blocks.map((block) => ({ value: block.code, label: text(block.nameZh, block.nameEn) }))}
          notFoundContent={t('space.noBlocks')}
        />
      </Form.Item>
      <Form.Item label={t('space.park')} htmlFor="space-park">
        <Select<number>
          id="space-park"
          allowClear
          showSearch={{ optionFilterProp: 'name' }}
          placeholder={t('space.all')}
          value={search.park}
          onChange={(park) => onChange({ park })}
          options={parkOptions}
        />
      </Form.Item>
    </>
  );
}

function KindFilters({
  search,
  facets,
  onChange,
}: Pick<SpaceFiltersProps, 'search' | 'facets' | 'onChange'>) {
  const { t } = useTranslation();
  const option = useOptionLabel();
  const cleanroom = useCleanroomLabel();
  const levelCounts = useMemo(() => cleanroomLevelCounts(facets), [facets]);
  return (
    <>
      <FilterGroup legend={t('space.use')}>
        <Checkbox.Group<UnitUse>
          className="filter-checks"
          value={splitList<UnitUse>(search.use)}
          onChange={(values) => onChange({ use: orderedList(unitUses, values) })}
          options={unitUses.map((use) => ({
            value: use,
            label: option(t(`unit.uses.${use}`), facetCount(facets, 'use', use)),
          }))}
        />
      </FilterGroup>
      <FilterGroup legend={t('space.dealType')}>
        <Radio.Group
          className="filter-checks"
          value={search.dealType ?? ''}
          onChange={(event) =>
            onChange({ dealType: (event.target.value as DealTypeValue | '') || undefined })
          }
          options={[
            { value: '', label: t('space.all') },
            ...dealTypes.map((deal) => ({
              value: deal,
              label: option(t(`unit.deals.${deal}`), facetCount(facets, 'dealType', deal)),
            })),
          ]}
        />
      </FilterGroup>
      <Form.Item label={t('space.cleanroom')} htmlFor="space-cleanroom">
        <Select<CleanroomLevel>
          id="space-cleanroom"
          allowClear
          placeholder={t('space.cleanroomAny')}
          value={search.cleanroom}
          onChange={(level) => onChange({ cleanroom: level })}
          options={cleanroomLevels.map((level) => ({
            value: level,
            label: option(cleanroom(level), levelCounts[level]),
          }))}
        />
      </Form.Item>
      <FilterGroup legend={t('space.status')}>
        <Checkbox.Group<UnitStatusValue>
          className="filter-checks"
          value={splitList<UnitStatusValue>(search.status)}
          onChange={(values) => onChange({ status: orderedList(unitStatuses, values) })}
          options={unitStatuses.map((status) => ({
            value: status,
            label: option(t(`unit.statuses.${status}`), facetCount(facets, 'status', status)),
          }))}
        />
      </FilterGroup>
    </>
  );
}

/** Checked values in the options' order, so that the same choice always gives the same URL. */
function orderedList<T extends string>(all: readonly T[], checked: T[]): string | undefined {
  const list = all.filter((value) => checked.includes(value));
  return list.length > 0 ? list.join(',') : undefined;
}

function RangeFilters({ search, onChange }: Pick<SpaceFiltersProps, 'search' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <>
      <div className="filter-range">
        <Form.Item label={t('space.minArea')} htmlFor="space-min-area">
          <NumberFilter
            id="space-min-area"
            value={search.minArea}
            onCommit={(minArea) => onChange({ minArea })}
          />
        </Form.Item>
        <Form.Item label={t('space.maxArea')} htmlFor="space-max-area">
          <NumberFilter
            id="space-max-area"
            value={search.maxArea}
            onCommit={(maxArea) => onChange({ maxArea })}
          />
        </Form.Item>
      </div>
      <div className="filter-range">
        <Form.Item label={t('space.minPrice')} htmlFor="space-min-price">
          <NumberFilter
            id="space-min-price"
            value={search.minPrice}
            onCommit={(minPrice) => onChange({ minPrice })}
          />
        </Form.Item>
        <Form.Item label={t('space.maxPrice')} htmlFor="space-max-price">
          <NumberFilter
            id="space-max-price"
            value={search.maxPrice}
            onCommit={(maxPrice) => onChange({ maxPrice })}
          />
        </Form.Item>
      </div>
      <p className="filter-hint">{t('space.priceHint')}</p>
      <Form.Item label={t('space.availableBefore')} htmlFor="space-available-before">
        <DateFilter
          id="space-available-before"
          value={search.availableBefore}
          onCommit={(availableBefore) => onChange({ availableBefore })}
        />
      </Form.Item>
    </>
  );
}

/**
 * Every filter of GET /api/units. The URL holds the values (see space-search.ts); these controls only
 * show them and ask for changes, so back, forward and shared links all show what the results are for.
 */
export function SpaceFilters(props: SpaceFiltersProps) {
  const { t } = useTranslation();
  return (
    <aside className="space-filters" aria-labelledby="space-filters-title" data-testid="space-filters">
      <Typography.Title level={2} id="space-filters-title" className="space-filters-title">
        {t('space.filtersTitle')}
      </Typography.Title>
      <Form layout="vertical" component="div" className="space-filter-form">
        <PlaceFilters {...props} />
        <KindFilters search={props.search} facets={props.facets} onChange={props.onChange} />
        <RangeFilters search={props.search} onChange={props.onChange} />
      </Form>
      <Button onClick={props.onReset} disabled={!hasFilters(props.search)} block>
        {t('space.reset')}
      </Button>
    </aside>
  );
}
