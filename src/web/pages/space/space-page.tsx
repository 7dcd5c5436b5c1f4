import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { parksQuery, unitSearchQuery, zonesQuery } from '../../api/queries';
import { useDocumentTitle } from '../../app/use-document-title';
import { FormAlert } from '../../components/form-alert';
import { LoadError } from '../../components/query-state';
import { type FilterChange, SpaceFilters } from './space-filters';
import { type ResultsChange, SpaceResults } from './space-results';
import { type SpaceSearch, toApiQuery } from './space-search';

/** Keys whose value is undefined are left out, so the URL only names what is chosen. */
function compact(search: SpaceSearch): SpaceSearch {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as SpaceSearch;
}

/** A refused search (e.g. a maximum below the minimum) says why; anything else offers a retry. */
function SearchError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof ApiError && error.status === 400)
    return <FormAlert messages={[error.message, ...error.fields.map((field) => field.message)]} />;
  return <LoadError error={error} onRetry={onRetry} />;
}

/**
 * Public space search (GET /api/units). The URL is the state: each change of a filter, the sort or the page
 * navigates, so the back button steps through earlier searches and any URL can be shared.
 */
export function SpacePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('space.title'));
  const search = useSearch({ from: '/space' });
  const navigate = useNavigate({ from: '/space' });
  // The previous page stays on screen while the next one loads, instead of the table collapsing.
  const results = useQuery({ ...unitSearchQuery(toApiQuery(search)), placeholderData: keepPreviousData });
  const zones = useQuery(zonesQuery);
  const parks = useQuery(parksQuery);

  // Any other filter makes the current page meaningless, so a filter change returns to the first page.
  const changeFilters = useCallback(
    (change: FilterChange) =>
      void navigate({ search: (previous) => compact({ ...previous, ...change, offset: undefined }) }),
    [navigate],
  );
  const changeResults = useCallback(
    (change: ResultsChange) => void navigate({ search: (previous) => compact({ ...previous, ...change }) }),
    [navigate],
  );
  const reset = useCallback(
    () => void navigate({ search: (previous) => compact({ sort: previous.sort, limit: previous.limit }) }),
    [navigate],
  );

  return (
    <div className="page space-page">
      <header>
        <Typography.Title level={1} className="page-title">
          {t('space.title')}
        </Typography.Title>
        <p className="page-intro">{t('space.intro')}</p>
      </header>
      <div className="space-layout">
        <SpaceFilters
          search={search}
          facets={results.data?.facets}
          zones={zones.data?.items ?? []}
          parks={parks.data?.items ?? []}
          onChange={changeFilters}
          onReset={reset}
        />
        <div className="space-main">
          {results.isError && <SearchError error={results.error} onRetry={() => void results.refetch()} />}
          <SpaceResults
            search={search}
            results={results.isError ? undefined : results.data}
            loading={results.isFetching}
            onChange={changeResults}
          />
        </div>
      </div>
    </div>
  );
}
