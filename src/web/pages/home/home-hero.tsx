import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../api/queries';
import { useLanguage } from '../../app/use-language';
import { useDataText } from '../../i18n/use-data-text';
import { formatYuan } from '../../lib/format';

function TargetCard({ target }: { target: Target }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const value = target.unit === 'yuan' ? formatYuan(target.targetValue, language) : target.targetValue;
  return (
    <div className="target-card" data-testid="target">
      <p className="target-title">{t('home.targetTitle', { year: target.dueYear })}</p>
      <p className="target-label">{text(target.labelZh, target.labelEn)}</p>
      <p className="target-value" data-testid="target-value">
        {value}
      </p>
      <small className="source">{t('figure.source', { source: target.source })}</small>
    </div>
  );
}

/** Product name, what the platform is for, and the province's headline target. */
export function HomeHero({ targets }: { targets: Target[] }) {
  const { t } = useTranslation();
  const provinceTargets = targets.filter((target) => target.scopeType === 'province');
  return (
    <section className="home-hero" data-testid="home-hero" aria-labelledby="home-hero-title">
      <div className="home-hero-text">
        <Typography.Title level={1} id="home-hero-title" className="home-hero-title">
          <span className="home-hero-brand">{t('app.name')}</span> {t('app.fullName')}
        </Typography.Title>
        <p className="home-hero-tagline">{t('home.heroTagline')}</p>
        <p className="home-hero-scope">{t('home.heroScope')}</p>
      </div>
      {provinceTargets.length > 0 && (
        <div className="home-hero-targets">
          {provinceTargets.map((target) => (
            <TargetCard key={target.code} target={target} />
          ))}
        </div>
      )}
    </section>
  );
}
