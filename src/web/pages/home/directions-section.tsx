import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../api/queries';
import { useDataText } from '../../i18n/use-data-text';

/** The three industry directions the zone develops (高品质医药、特色医疗器械、互联网+医药医疗). */
export function DirectionsSection({ directions }: { directions: Direction[] }) {
  const { t } = useTranslation();
  const text = useDataText();
  if (directions.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="directions-title">
      <Typography.Title level={2} id="directions-title">
        {t('home.directionsTitle')}
      </Typography.Title>
      <ol className="direction-list">
        {directions.map((direction) => (
          <li key={direction.code} className="direction" data-testid="direction">
            <span className="direction-name">{text(direction.nameZh, direction.nameEn)}</span>
            <small className="source">{t('figure.source', { source: direction.source })}</small>
          </li>
        ))}
      </ol>
    </section>
  );
}
