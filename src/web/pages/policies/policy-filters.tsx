import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../components/search-box';
import { hasPolicyFilters, type PolicySearch } from './policy-search';
import { type PolicyLevel, type PolicyStatus, policyLevels, policyStatuses } from './policy-types';
import { useCodeOptions } from './use-code-options';

export type PolicyFilterChange = Partial<Omit<PolicySearch, 'page'>>;

/** The library's filters, each kept in the URL: text, level, zone, in force, and (staff) the status. */
export function PolicyFilters({
  search,
  onChange,
  staff,
}: {
  search: PolicySearch;
  onChange: (change: PolicyFilterChange) => void;
  staff: boolean;
}) {
  const { t } = useTranslation();
  const codes = useCodeOptions();
  return (
    <div className="pipeline-toolbar" data-testid="policies-filters">
      <SearchBox
        id="policies-search"
        label={t('policies.search')}
        placeholder={t('policies.searchPlaceholder')}
        value={search.q}
        onSearch={(q) => onChange({ q })}
      />
      <div className="pipeline-control">
        <label htmlFor="policies-level">{t('policies.level')}</label>
        <Select<PolicyLevel | 'all'>
          id="policies-level"
          value={search.level ?? 'all'}
          onChange={(level) => onChange({ level: level === 'all' ? undefined : level })}
          options={[
            { value: 'all', label: t('policies.allLevels') },
            ...policyLevels.map((value) => ({ value, label: t(`policies.levels.${value}`) })),
          ]}
          popupMatchSelectWidth={false}
          className="pipeline-select"
          data-testid="policies-level"
        />
      </div>
      <div className="pipeline-control">
        <label htmlFor="policies-zone">{t('policies.zone')}</label>
        <Select<string>
          id="policies-zone"
          value={search.zone ?? 'all'}
          onChange={(zone) => onChange({ zone: zone === 'all' ? undefined : zone })}
          options={[{ value: 'all', label: t('policies.allZones') }, ...codes.options.zone]}
          popupMatchSelectWidth={false}
          className="pipeline-select"
          data-testid="policies-zone"
        />
      </div>
      <div className="pipeline-control">
        <label htmlFor="policies-in-force">{t('policies.inForce')}</label>
        <Select<'all' | 'true' | 'false'>
          id="policies-in-force"
          value={search.inForce ?? 'all'}
          onChange={(inForce) => onChange({ inForce: inForce === 'all' ? undefined : inForce })}
          options={[
            { value: 'all', label: t('policies.inForceAll') },
            { value: 'true', label: t('policies.inForceYes') },
            { value: 'false', label: t('policies.inForceNo') },
          ]}
          popupMatchSelectWidth={false}
          className="pipeline-select"
          data-testid="policies-in-force"
        />
      </div>
      {staff && (
        <div className="pipeline-control">
          <label htmlFor="policies-status">{t('policies.status')}</label>
          <Select<PolicyStatus | 'all'>
            id="policies-status"
            value={search.status ?? 'all'}
            onChange={(status) => onChange({ status: status === 'all' ? undefined : status })}
            options={[
              { value: 'all', label: t('policies.allStatuses') },
              ...policyStatuses.map((value) => ({ value, label: t(`policies.statuses.${value}`) })),
            ]}
            popupMatchSelectWidth={false}
            className="pipeline-select"
            data-testid="policies-status"
          />
        </div>
      )}
      <Button
        type="link"
        disabled={!hasPolicyFilters(search)}
        onClick={() =>
          onChange({ q: undefined, level: undefined, zone: undefined, inForce: undefined, status: undefined })
        }
        data-testid="policies-clear"
      >
        {t('policies.clearFilters')}
      </Button>
    </div>
  );
}
