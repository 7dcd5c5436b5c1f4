import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { formatNumber, formatYi } from '../../lib/format';
import type { ProjectSummary } from './use-projects';

/**
 * The count and amounts of every project the filters match (all pages): 万元 as the table gives them, and
 * 亿元 as the zone's reports do. Announced when it changes, so a filter's effect is heard as well as seen.
 */
export function ProjectsSummary({ summary }: { summary: ProjectSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const amount = (wan: string, yi: string) =>
    t('projects.amountWanYi', { wan: formatNumber(wan), yi: formatYi(yi, language) });
  return (
    <section aria-live="polite" aria-label={t('projects.summaryLabel')}>
      <dl className="projects-summary" data-testid="projects-summary">
        <div>
          <dt>{t('projects.summaryCount')}</dt>
          <dd data-testid="projects-summary-count" data-value={summary.count}>
            {formatNumber(summary.count)}
          </dd>
        </div>
        <div>
          <dt>{t('projects.summaryPlanned')}</dt>
          <dd data-testid="projects-summary-planned" data-value={summary.plannedWan}>
            {amount(summary.plannedWan, summary.plannedYi)}
          </dd>
        </div>
        <div>
          <dt>{t('projects.summarySigned')}</dt>
          <dd data-testid="projects-summary-signed" data-value={summary.signedWan}>
            {amount(summary.signedWan, summary.signedYi)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
