import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../api/queries';

/** Shown whenever generated demo rows are in the database, so that no one quotes them as facts. */
export function DemoBanner({ demo }: { demo: Overview['demo'] }) {
  const { t } = useTranslation();
  if (!demo.loaded) return null;
  return (
    <Alert
      data-testid="demo-banner"
      className="demo-banner"
      type="warning"
      showIcon
      title={t('home.demoTitle')}
      description={t('home.demoText', { enterprises: demo.enterprises, units: demo.units })}
    />
  );
}
