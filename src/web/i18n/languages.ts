/** The interface languages, in the order the switch shows them; zh-CN is the default. */
export const languages = ['zh-CN', 'zh-TW', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

/** Each language named in itself, so a reader finds theirs whatever the current interface language. */
export const languageLabels: Record<Language, { short: string; full: string }> = {
  'zh-CN': { short: '简体', full: '简体中文' },
  'zh-TW': { short: '繁體', full: '繁體中文（台灣）' },
  en: { short: 'EN', full: 'English' },
};

const STORAGE_KEY = 'medzone.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The stored choice; storage can be unavailable (private mode, blocked cookies), which is not an error. */
export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Nothing to do: the choice then lasts for this page only.
  }
}
