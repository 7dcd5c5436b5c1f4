import { useTranslation } from 'react-i18next';
import type { Figure } from '../api/queries';
import { useLanguage } from '../app/use-language';
import type { Language } from '../i18n/languages';
import { useDataText } from '../i18n/use-data-text';
import { formatArea, formatMonth, formatNumber, formatYuan } from '../lib/format';

type FigureText = { value: string; unit: string };

/**
 * The number as the documents state it. "At least" figures are written the way the documents write them:
 * counts as "60+", measured amounts (money, area) as "≥ 4.5 万元".
 */
function figureText(figure: Figure, language: Language, unitWord: string): FigureText {
  const atLeast = figure.comparator === 'at_least';
  if (figure.unit === 'yuan')
    return { value: `${atLeast ? '≥ ' : ''}${formatYuan(figure.value, language)}`, unit: '' };
  if (figure.unit === 'm2') return { value: `${atLeast ? '≥ ' : ''}${formatArea(figure.value)}`, unit: '' };
  return { value: `${formatNumber(figure.value)}${atLeast ? '+' : ''}`, unit: unitWord };
}

export function FigureItem({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const unitWord = t(`figure.units.${figure.unit}` as 'figure.units.enterprises', {
    defaultValue: figure.unit,
  });
  const { value, unit } = figureText(figure, language, unitWord);
  return (
    <div className="figure" data-testid="figure">
      <dt className="figure-label">{text(figure.labelZh, figure.labelEn)}</dt>
      <dd className="figure-value">
        <span
          className="figure-number"
          title={figure.comparator === 'at_least' ? t('figure.atLeast') : undefined}
        >
          {value}
        </span>
        {unit && <span className="figure-unit"> {unit}</span>}
      </dd>
      <dd className="figure-meta">
        {figure.asOf && <span>{t('figure.asOf', { date: formatMonth(figure.asOf, language) })} · </span>}
        <small className="source">{t('figure.source', { source: figure.source })}</small>
      </dd>
    </div>
  );
}

/** A description list of figures (each a label and its value), or nothing when there are none. */
export function FigureList({ figures }: { figures: Figure[] }) {
  if (figures.length === 0) return null;
  return (
    <dl className="figure-list">
      {figures.map((figure) => (
        <FigureItem key={figure.code} figure={figure} />
      ))}
    </dl>
  );
}
