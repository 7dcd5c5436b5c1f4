import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Empty, Pagination, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { DataText } from '../../components/data-text';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { DemoTag } from '../../components/tags';
import { formatNumber } from '../../lib/format';
import { type NewsFilterChange, NewsFilters } from './news-filters';
import { Day, NewsKindTag, NewsSource, useEventDaysText } from './news-parts';
import { NEWS_PAGE_SIZE, toNewsListQuery } from './news-search';
import type { NewsPage as NewsPageData, NewsSummary } from './news-types';
import { newsListQuery } from './use-news';

/** One entry: the title links to the item; kind, demo flag, dates, place and zone; the summary; the source. */
function NewsEntry({ item }: { item: NewsSummary }) {
  const { t } = useTranslation();
  const eventDaysText = useEventDaysText();
  const eventDays = eventDaysText(item);
  return (
    <li className="news-entry" data-testid={`news-item-${item.id}`}>
      <h2 className="news-entry-title">
        <Link to="/news/$newsId" params={{ newsId: String(item.id) }} data-testid={`news-link-${item.id}`}>
          <DataText zh={item.titleZh} />
        </Link>
      </h2>
      <p className="news-meta">
        <NewsKindTag kind={item.kind} />
        {item.isDemo && <DemoTag />}
        <span>
          <span className="visually-hidden">{t('news.publishedOn')}</span>
          <Day iso={item.publishedOn} />
        </span>
        {eventDays && (
          <span data-testid="news-event-days">{t('news.eventDaysLine', { days: eventDays })}</span>
        )}
        {item.location && (
          <span data-testid="news-location">
            {t('news.locationLine')}
            <DataText zh={item.location} />
          </span>
        )}
        {item.zone && (
          <span>
            <DataText zh={item.zone.nameZh} en={item.zone.nameEn} />
          </span>
        )}
      </p>
      {item.summaryZh && (
        <p className="news-entry-summary">
          <DataText zh={item.summaryZh} />
        </p>
      )}
      <p className="source" data-testid="news-source">
        {t('news.sourceLine')}
        <NewsSource item={item} />
      </p>
    </li>
  );
}

function NewsList({
  page,
  data,
  onPage,
}: {
  page: number;
  data: NewsPageData;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (data.total === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('news.empty')} data-testid="news-empty" />
    );
  return (
    <div className="news-results">
      <p className="muted" data-testid="news-total">
        {t('news.total', { n: formatNumber(data.total) })}
      </p>
      <ol className="news-list" data-testid="news-list">
        {data.items.map((item) => (
          <NewsEntry key={item.id} item={item} />
        ))}
      </ol>
      <Pagination
        current={page}
        pageSize={NEWS_PAGE_SIZE}
        total={data.total}
        showSizeChanger={false}
        hideOnSinglePage
        onChange={onPage}
        data-testid="news-pagination"
      />
    </div>
  );
}

/**
 * /news: the portal's news, events and notices (资讯), newest first, filtered by kind, words and zone in the
 * URL, a page at a time. Public; the text is shown as stored (zh-TW converted to traditional characters).
 */
export function NewsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('news.title'));
  const search = useSearch({ from: '/news' });
  const navigate = useNavigate({ from: '/news' });
  const news = useQuery({ ...newsListQuery(toNewsListQuery(search)), placeholderData: keepPreviousData });
  const page = search.page ?? 1;

  const filter = (change: NewsFilterChange) =>
    void navigate({ search: (previous) => ({ ...previous, ...change, page: undefined }), replace: true });
  const toPage = (next: number) =>
    void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) });

  return (
    <div className="page news-page" data-testid="news-page">
      <header>
        <Typography.Title level={1} className="page-title">
          {t('news.title')}
        </Typography.Title>
        <p className="page-intro">{t('news.intro')}</p>
      </header>
      <NewsFilters search={search} onChange={filter} />
      {news.isError && <LoadError error={news.error} onRetry={() => void news.refetch()} />}
      {!news.isError && news.isPending && <LoadingBlock rows={6} />}
      {!news.isError && news.data && (
        <div aria-busy={news.isFetching}>
          <NewsList page={page} data={news.data} onPage={toPage} />
        </div>
      )}
    </div>
  );
}
