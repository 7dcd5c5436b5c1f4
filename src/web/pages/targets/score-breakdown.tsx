import { useTranslation } from 'react-i18next';
import { useDataText } from '../../i18n/use-data-text';
import type { RankedTarget } from './use-targets';

/** One colour per factor, in the order of the factors; the text beside each bar says the same. */
const FACTOR_COLOURS: Record<string, string> = {
  revenue_growth: '#1668dc',
  rd_growth: '#13a8a8',
  approvals: '#7cb305',
  funding: '#d48806',
  chain_gap: '#c41d7f',
  taiwan_link: '#531dab',
};

/**
 * A target's score as a stacked bar of the points each factor gives (of 100), with a list that says the
 * same in words and figures: value × weight, and the raw figure it came from.
 */
export function ScoreBreakdown({ target, compact = false }: { target: RankedTarget; compact?: boolean }) {
  const { t } = useTranslation();
  const text = useDataText();
  const figures = target.figures;
  const figure = (code: string): string | null => {
    switch (code) {
      case 'revenue_growth':
        return figures.revenueGrowthPct === null
          ? null
          : t('targets.growthFigure', { pct: figures.revenueGrowthPct, years: figures.years?.join('–') });
      case 'rd_growth':
        return figures.rdGrowthPct === null
          ? null
          : t('targets.growthFigure', { pct: figures.rdGrowthPct, years: figures.years?.join('–') });
      case 'approvals':
        return t('targets.approvalsFigure', { count: figures.approvals });
      case 'funding':
        return t('targets.fundingFigure', {
          wan: Math.round(Number(figures.fundingYuan) / 10_000).toLocaleString(),
        });
      case 'chain_gap':
        return figures.gapLink
          ? t('targets.gapFigure', { link: text(figures.gapLink.nameZh, figures.gapLink.nameEn) })
          : null;
      case 'taiwan_link':
        return figures.taiwanUbn
          ? t('targets.taiwanFigure', { ubn: figures.taiwanUbn })
          : figures.isTaiwanFunded
            ? t('targets.taiwanFunded')
            : null;
      default:
        return null;
    }
  };
  return (
    <div className="score-breakdown" data-testid={`breakdown-${target.enterpriseId}`}>
      <div className="score-bar" aria-hidden="true">
        {target.breakdown
          .filter((f) => f.points > 0)
          .map((f) => (
            <span
              key={f.code}
              style={{ width: `${f.points}%`, background: FACTOR_COLOURS[f.code] }}
              title={`${text(f.labelZh, f.labelEn)} ${f.points}`}
            />
          ))}
      </div>
      {!compact && (
        <ul className="score-factors">
          {target.breakdown.map((f) => (
            <li key={f.code}>
              <span
                className="score-swatch"
                style={{ background: FACTOR_COLOURS[f.code] }}
                aria-hidden="true"
              />
              {t('targets.factorLine', {
                label: text(f.labelZh, f.labelEn),
                points: f.points,
                value: f.value,
                weight: f.weight,
              })}
              {figure(f.code) && <span className="score-figure"> · {figure(f.code)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
