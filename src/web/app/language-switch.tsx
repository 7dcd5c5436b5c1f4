import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { isLanguage, languageLabels, languages } from '../i18n/languages';
import { useLanguage } from './use-language';

/**
 * Radio buttons rather than a dropdown: one click or the arrow keys switch, and each option is a real
 * labelled radio input that tests and assistive technology can find.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = languages.map((value) => ({
    value,
    title: languageLabels[value].full,
    label: (
      <span lang={value} data-testid={`lang-option-${value}`}>
        {languageLabels[value].short}
      </span>
    ),
  }));
  return (
    <Segmented
      data-testid="lang-switch"
      aria-label={t('app.language')}
      name="interface-language"
      size="small"
      value={language}
      options={options}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
    />
  );
}
