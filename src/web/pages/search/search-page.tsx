import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Empty, Input, Pagination, Tag, Typography } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useSession } from '../../auth/session';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { formatNumber } from '../../lib/format';
import { AppPathLink } from './app-path-link';
import { HighlightedText, PlainDataText } from './highlighted-text';
import { reachableTotal, SEARCH_MAX_LENGTH, SEARCH_PAGE_SIZE, toSearchRequest } from './search-params';
import { type SearchHit, type SearchResult, type SearchType, searchTypes } from './search-types';
import { searchQuery } from './use-search';

/** The query box: typed freely, searched on Enter or the button; a new query starts on every type's first page. */
function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <search>
      <form className="search-form" onSubmit={submit} data-testid="search-form">
        <label htmlFor="search-page-q" className="visually-hidden">
          {t('search.label')}
        </label>
        <Input
          id="search-page-q"
          type="search"
          value={text}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder={t('search.placeholder')}
          onChange={(event) => setText(event.target.value)}
          data-testid="search-page-input"
        />
        <Button type="primary" htmlType="submit" data-testid="search-page-submit">
          {t('search.submit')}
        </Button>
      </form>
    </search>
  );
}

/**
 * One entry of the facet list: the selected one is marked and not a link (it is what is shown), the others
 * link to the query with their type, on page one. Matched exactly, so the router marks no other as current.
 */
function FacetItem({
  q,
  type,
  label,
  count,
  selected,
}: {
  q: string;
  type: SearchType | undefined;
  label: string;
  count: number;
  selected: boolean;
}) {
  const testId = `search-facet-${type ?? 'all'}`;
  const content = (
    <>
      {label} <span className="search-facet-count">{formatNumber(count)}</span>
    </>
  );
  return (
    <li>
      {selected ? (
        <span className="search-facet-selected" aria-current="true" data-testid={testId}>
          {content}
        </span>
      ) : (
        <Link
          to="/search"
          search={type ? { q, type } : { q }}
          activeOptions={{ exact: true }}
          data-testid={testId}
        >
          {content}
        </Link>
      )}
    </li>
  );
}

/** The types with their counts, "all" first. */
function Facets({
  q,
  selected,
  result,
}: {
  q: string;
  selected: SearchType | undefined;
  result: SearchResult;
}) {
  const { t } = useTranslation();
  const counts = new Map(result.facets.map((facet) => [facet.type, facet.count]));
  const all = result.facets.reduce((sum, facet) => sum + facet.count, 0);
  // In the product's order; a type asked for by the URL stays listed (at 0) so that it can be left.
  const types = searchTypes.filter((type) => (counts.get(type) ?? 0) > 0 || type === selected);
  return (
    <nav aria-label={t('search.facetsLabel')} className="search-facets" data-testid="search-facets">
      <ul>
        <FacetItem
          q={q}
          type={undefined}
          label={t('search.allTypes')}
          count={all}
          selected={selected === undefined}
        />
        {types.map((type) => (
          <FacetItem
            key={type}
            q={q}
            type={type}
            label={t(`search.types.${type}`)}
            count={counts.get(type) ?? 0}
            selected={selected === type}
          />
        ))}
      </ul>
    </nav>
  );
}

function ResultItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  return (
    <li className="search-result" data-testid={`search-result-${hit.type}-${hit.id}`}>
      <div className="search-result-head">
        <AppPathLink path={hit.url} className="search-result-title" testId="search-result-link">
          <HighlightedText pieces={hit.titlePieces} />
        </AppPathLink>
        <Tag className="search-result-type">{t(`search.types.${hit.type}`)}</Tag>
      </div>
      {hit.subtitle && (
        <div className="search-result-subtitle">
          <PlainDataText text={hit.subtitle} />
        </div>
      )}
      {hit.snippet.length > 0 && (
        <p className="search-result-snippet">
          <HighlightedText pieces={hit.snippet} />
        </p>
      )}
    </li>
  );
}

/** What was found: the similar-names notice, the count, the list and the pager; or that nothing was. */
function Results({
  result,
  page,
  onPage,
}: {
  result: SearchResult;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (result.total === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('search.nothing', { q: result.q })}
        data-testid="search-empty"
      />
    );
  return (
    <div className="search-results">
      {result.mode === 'similar' && (
        <Alert
          type="info"
          showIcon
          title={t('search.similar', { q: result.q })}
          data-testid="search-similar"
        />
      )}
      <p className="muted" data-testid="search-total">
        {t('search.total', { n: `${formatNumber(result.total)}${result.capped ? '+' : ''}` })}
      </p>
      <ol className="search-result-list" data-testid="search-results">
        {result.items.map((hit) => (
          <ResultItem key={`${hit.type}-${hit.id}`} hit={hit} />
        ))}
      </ol>
      <Pagination
        current={page}
        pageSize={SEARCH_PAGE_SIZE}
        total={reachableTotal(result.total)}
        showSizeChanger={false}
        hideOnSinglePage
        onChange={onPage}
        data-testid="search-pagination"
      />
    </div>
  );
}

/**
 * /search: everything the platform can find for a query — parks, buildings, units, enterprises, policies,
 * news, and for staff leads and projects — a type at a time or all together, a page at a time, in the URL.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const params = useSearch({ from: '/search' });
  const navigate = useNavigate({ from: '/search' });
  const viewerId = useSession().data?.user?.id ?? null;
  const request = toSearchRequest(params);
  const q = request?.q ?? '';
  useDocumentTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const results = useQuery({
    ...searchQuery(request ?? { q: '' }, viewerId),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
  const page = params.page ?? 1;

  const search = (next: string) => void navigate({ search: next ? { q: next } : {} });
  const toPage = (next: number) =>
    void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) });

  return (
    <div className="page search-page" data-testid="search-page">
      <header>
        <Typography.Title level={1} className="page-title">
          {t('search.title')}
        </Typography.Title>
        <p className="page-intro">{t('search.intro')}</p>
      </header>
      {/* Keyed by the query: a query from elsewhere (the header box, going back) replaces what is typed. */}
      <SearchForm key={q} initial={q} onSearch={search} />
      {request === null && <p className="muted">{t('search.prompt')}</p>}
      {request !== null && results.isError && (
        <LoadError error={results.error} onRetry={() => void results.refetch()} />
      )}
      {request !== null && results.isPending && <LoadingBlock />}
      {request !== null && !results.isError && results.data && (
        <div className="search-layout" aria-busy={results.isFetching}>
          <Facets q={q} selected={params.type} result={results.data} />
          <Results result={results.data} page={page} onPage={toPage} />
        </div>
      )}
    </div>
  );
}
