import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { DataText } from '../../components/data-text';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { DemoTag } from '../../components/tags';
import { useDataText } from '../../i18n/use-data-text';
import { bodyParagraphs } from './news-format';
import { Day, NewsKindTag, NewsSource, useEventDaysText } from './news-parts';
import type { NewsItem } from './news-types';
import { newsItemQuery } from './use-news';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** The body as stored, a paragraph per line; the text is the Chinese original on an English page too. */
function NewsBody({ body }: { body: string }) {
  const { t } = useTranslation();
  const text = useDataText();
  const language = useLanguage();
  const paragraphs = bodyParagraphs(body);
  if (paragraphs.length === 0) return null;
  return (
    <section className="news-section" aria-labelledby="news-body-title">
      <h2 id="news-body-title" className="visually-hidden">
        {t('news.body')}
      </h2>
      <div className="news-body" lang={language === 'en' ? 'zh-CN' : undefined} data-testid="news-body">
        {paragraphs.map((paragraph, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one stored text, never reordered.
          <p key={i}>{text(paragraph)}</p>
        ))}
      </div>
    </section>
  );
}

function NewsView({ item }: { item: NewsItem }) {
  const { t } = useTranslation();
  const text = useDataText();
  const eventDays = useEventDaysText()(item);
  const title = text(item.titleZh);
  useDocumentTitle(`${title} · ${t('news.title')}`);

  return (
    <article className="page news-detail-page" aria-labelledby="news-title" data-testid="news-detail-page">
      <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
        <Link to="/news">{t('news.title')}</Link> <span aria-hidden="true">/</span>{' '}
        <DataText zh={item.titleZh} />
      </nav>
      <header className="news-detail-header">
        <Typography.Title level={1} id="news-title" className="page-title" data-testid="news-title">
          <DataText zh={item.titleZh} />
        </Typography.Title>
        <p className="news-meta">
          <NewsKindTag kind={item.kind} />
          {item.isDemo && <DemoTag />}
        </p>
      </header>
      <dl className="lead-facts" data-testid="news-facts">
        <Fact label={t('news.publishedOn')} testId="news-published-on">
          <Day iso={item.publishedOn} />
        </Fact>
        {eventDays && (
          <Fact label={t('news.eventDates')} testId="news-event-days">
            {eventDays}
          </Fact>
        )}
        {item.location && (
          <Fact label={t('news.location')} testId="news-location">
            <DataText zh={item.location} />
          </Fact>
        )}
        {item.zone && (
          <Fact label={t('news.zone')} testId="news-zone">
            <DataText zh={item.zone.nameZh} en={item.zone.nameEn} />
          </Fact>
        )}
        <Fact label={t('news.source')} testId="news-source">
          <NewsSource item={item} />
        </Fact>
      </dl>
      {item.summaryZh && (
        <p className="news-summary" data-testid="news-summary">
          <DataText zh={item.summaryZh} />
        </p>
      )}
      <NewsBody body={item.bodyZh} />
    </article>
  );
}

/** A missing item (deleted, or a mistyped link): said as a page of its own, with the way back. */
function NewsNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('news.notFound'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('news.notFound')}</h1>}
      subTitle={t('news.notFoundText')}
      extra={<Link to="/news">{t('news.backToList')}</Link>}
      data-testid="news-not-found"
    />
  );
}

/** /news/$newsId: one news item, event or notice, for everyone. */
export function NewsDetailPage() {
  const { newsId } = useParams({ from: '/news/$newsId' });
  const id = Number(newsId);
  const valid = Number.isInteger(id) && id > 0;
  const item = useQuery({ ...newsItemQuery(valid ? id : 0), enabled: valid });

  if (!valid || isNotFound(item.error)) return <NewsNotFound />;
  if (item.isError) return <LoadError error={item.error} onRetry={() => void item.refetch()} />;
  if (item.isPending) return <LoadingBlock rows={8} />;
  return <NewsView item={item.data} />;
}
