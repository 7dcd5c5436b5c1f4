import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './languages';
import { useTraditionalConverter } from './traditional-converter';

export type DataText = (zh: string, en?: string | null) => string;

/**
 * Data content (park names, descriptions) is stored in simplified Chinese, some of it with an English name.
 * zh-CN shows it as stored, zh-TW converted to traditional characters (the simplified text until the
 * converter has loaded), en the English name when there is one.
 */
export function useDataText(): DataText {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const toTraditional = useTraditionalConverter(language === 'zh-TW');
  return useCallback<DataText>(
    (zh, en) => {
      if (language === 'en') return en?.trim() ? en : zh;
      if (toTraditional) return toTraditional(zh);
      return zh;
    },
    [language, toTraditional],
  );
}
