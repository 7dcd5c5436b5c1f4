import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { isLanguage, type Language, languages, storedLanguage, storeLanguage } from './languages';
import { loadTraditionalConverter } from './traditional-converter';
import { type Messages, zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

declare module 'i18next' {
  interface CustomTypeOptions {
    // Keys are checked against the zh-CN file, the one every other language must match.
    resources: { translation: Messages };
  }
}

const resources = {
  'zh-CN': { translation: zhCN },
  'zh-TW': { translation: zhTW },
  en: { translation: en },
};

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
}

// Resources are bundled, so initialisation completes synchronously and the first render is already translated.
void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
});
applyToDocument(currentLanguage());
// Start fetching the converter with the app rather than when the first data component mounts.
if (currentLanguage() === 'zh-TW') void loadTraditionalConverter();

i18n.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  applyToDocument(language);
  storeLanguage(language);
  if (language === 'zh-TW') void loadTraditionalConverter();
});

/** The interface language now in force (for the API client's Accept-Language and number formats). */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

export function changeLanguage(language: Language): Promise<unknown> {
  return i18n.changeLanguage(language);
}

export { i18n };
