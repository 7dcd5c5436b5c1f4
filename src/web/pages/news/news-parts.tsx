import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { eventDays, formatDay } from './news-format';
import type { NewsKind, NewsSummary } from './news-types';

// Dark hues on antd's light tint of the same hue clear 4.5:1 (as components/tags.tsx chooses them).
const kindColours: Record<NewsKind, string> = {
  news: '#0b5cad',
  event: '#531dab',
  notice: '#874d00',
};

/** 资讯 / 活动 / 公告. */
export function NewsKindTag({ kind }: { kind: NewsKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kindColours[kind] ?? '#434343'} data-testid="news-kind">
      {t(`news.kinds.${kind}`)}
    </Tag>
  );
}

/** A day in the reader's words, machine-readable for assistive tools. */
export function Day({ iso }: { iso: string }) {
  const language = useLanguage();
  return <time dateTime={iso}>{formatDay(iso, language)}</time>;
}

/** An event's days as one phrase, "from to" or one day; null for an item that is not an event. */
export function useEventDaysText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (item: Pick<NewsSummary, 'eventStartsOn' | 'eventEndsOn'>): string | null => {
    const days = eventDays(item.eventStartsOn, item.eventEndsOn);
    if (!days) return null;
    const from = formatDay(days.from, language);
    return days.to ? t('news.eventRange', { from, to: formatDay(days.to, language) }) : from;
  };
}

/**
 * Where an item comes from: reference items name their document, generated ones say they are demo text
 * (their stored source, "generated", would tell a reader nothing).
 */
export function NewsSource({ item }: { item: Pick<NewsSummary, 'source' | 'isDemo'> }) {
  const { t } = useTranslation();
  return <>{item.isDemo ? t('news.demoSource') : item.source}</>;
}
