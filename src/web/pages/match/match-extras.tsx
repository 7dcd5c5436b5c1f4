import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import type { MatchResult } from './match-values';

/** How many available units each hard constraint turned away: why there are so few. */
export function ExcludedCounts({ excluded }: { excluded: MatchResult['excluded'] }) {
  const { t } = useTranslation();
  const text = useDataText();
  return (
    <div className="match-excluded" data-testid="match-excluded">
      <p className="muted">{t('match.excludedTitle', { available: formatNumber(excluded.available) })}</p>
      <ul className="match-chips">
        {excluded.constraints.map((c) => (
          <li key={c.key}>
            {t('match.excludedItem', { label: text(c.labelZh, c.labelEn), count: formatNumber(c.count) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The policies of the demand itself: eligible ones, and those one requirement away with what it is. */
export function DemandPolicies({ policies }: { policies: MatchResult['policies'] }) {
  const { t } = useTranslation();
  const text = useDataText();
  const language = useLanguage();
  return (
    <section className="lead-section" aria-labelledby="match-policies-title" data-testid="match-policies">
      <h2 className="lead-section-title" id="match-policies-title">
        {t('match.policiesTitle')}
      </h2>
      {policies.length === 0 ? (
        <p className="muted">{t('match.noPolicies')}</p>
      ) : (
        <ul className="plain-list match-lines">
          {policies.map((p) => (
            <li key={p.policy.id}>
              <strong>{text(p.policy.titleZh, p.policy.titleEn)}</strong>{' '}
              <Tag color={p.eligible ? 'success' : 'warning'}>
                {p.eligible ? t('match.eligible') : t('match.nearMiss')}
              </Tag>
              {p.policy.hasDemoFigures && <Tag>{t('match.demoFigures')}</Tag>}
              {p.missing.length > 0 && (
                <div className="muted">
                  {t('match.missing', {
                    items: p.missing.map((m) => text(m.zh, m.en)).join(language === 'en' ? '; ' : '；'),
                  })}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Settled enterprises up and down the chain from the demand's link, nearest first. */
export function Partners({ partners, asked }: { partners: MatchResult['partners']; asked: boolean }) {
  const { t } = useTranslation();
  const text = useDataText();
  return (
    <section className="lead-section" aria-labelledby="match-partners-title" data-testid="match-partners">
      <h2 className="lead-section-title" id="match-partners-title">
        {t('match.partnersTitle')}
      </h2>
      {partners.length === 0 ? (
        <p className="muted">{asked ? t('match.noPartnersFound') : t('match.noPartners')}</p>
      ) : (
        <ul className="plain-list match-lines">
          {partners.map((p) => (
            <li key={p.id}>
              <Tag color={p.relation === 'peer' ? 'default' : 'processing'}>
                {t(`match.relations.${p.relation}`)}
              </Tag>
              <strong>{text(p.nameZh, p.nameEn)}</strong>
              {p.isDemo && <Tag className="match-tag">{t('match.demo')}</Tag>}
              <div className="muted">
                {text(p.reason.zh, p.reason.en)}
                {p.park ? ` · ${text(p.park.nameZh, p.park.nameEn)}` : ''}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
