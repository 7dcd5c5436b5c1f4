import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Figure, Zone } from '../../api/queries';
import { FigureList } from '../../components/figure-item';
import { useDataText } from '../../i18n/use-data-text';

type FigureGroup = { key: string; title: string; figures: Figure[] };

/** The figures the documents state, province first, then per zone, each with the file it comes from. */
export function FiguresSection({ provinceFigures, zones }: { provinceFigures: Figure[]; zones: Zone[] }) {
  const { t } = useTranslation();
  const text = useDataText();
  const groups: FigureGroup[] = [
    { key: 'province', title: t('home.provinceFigures'), figures: provinceFigures },
    ...zones.map((zone) => ({
      key: zone.code,
      title: text(zone.nameZh, zone.nameEn),
      figures: zone.figures,
    })),
  ].filter((group) => group.figures.length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="figures-title">
      <Typography.Title level={2} id="figures-title">
        {t('home.figuresTitle')}
      </Typography.Title>
      <div className="figure-groups">
        {groups.map((group) => (
          <Card key={group.key} size="small" className="figure-group">
            <Typography.Title level={3} className="figure-group-title">
              {group.title}
            </Typography.Title>
            <FigureList figures={group.figures} />
          </Card>
        ))}
      </div>
    </section>
  );
}
