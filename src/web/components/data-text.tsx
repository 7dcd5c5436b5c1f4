import { useLanguage } from '../app/use-language';
import { useDataText } from '../i18n/use-data-text';

/**
 * Data content in the reader's language; where an English page has to fall back to the Chinese original,
 * the span says so (lang="zh-CN") so that screen readers switch voice.
 */
export function DataText({ zh, en }: { zh: string; en?: string | null }) {
  const text = useDataText();
  const language = useLanguage();
  const fallsBack = language === 'en' && !en?.trim();
  return <span lang={fallsBack ? 'zh-CN' : undefined}>{text(zh, en)}</span>;
}
