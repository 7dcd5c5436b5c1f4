import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n/languages';

/** The interface language as one of ours (i18next's own value is any string). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}
