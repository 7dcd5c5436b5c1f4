import { Button, Empty, Popconfirm, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DemoTag } from '../../components/tags';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import type { Enterprise } from './use-enterprise';

type Entry = Enterprise['timeline'][number];

const CLINICAL_STAGES = ['phase_1', 'phase_2', 'phase_3', 'nda'] as const;
function isClinicalStage(stage: string): stage is (typeof CLINICAL_STAGES)[number] {
  return (CLINICAL_STAGES as readonly string[]).includes(stage);
}
type Milestone = Enterprise['milestones'][number];

/** A milestone's figure: yuan of a funding round as 万元, a count otherwise. */
function quantityText(m: Milestone, t: TFunction): string | null {
  if (m.quantity === null) return null;
  if (m.kind === 'funding')
    return t('registry.timeline.fundingWan', { amount: formatNumber(String(Number(m.quantity) / 10000)) });
  return t('registry.timeline.count', { count: formatNumber(m.quantity) });
}

function Source({ source, isDemo }: { source: string; isDemo: boolean }) {
  const { t } = useTranslation();
  const text = useDataText();
  return (
    <span className="timeline-source" data-testid="timeline-source">
      {t('registry.timeline.source')}: {text(source)}
      {isDemo && <DemoTag />}
    </span>
  );
}

function EntryText({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const text = useDataText();
  if (entry.kind === 'settled') return <strong>{t('registry.timeline.settled')}</strong>;
  if (entry.kind === 'metrics' && entry.figures) {
    const f = entry.figures;
    const parts = [
      f.operatingRevenueWan &&
        t('registry.timeline.revenue', { amount: formatNumber(f.operatingRevenueWan) }),
      f.taxWan && t('registry.timeline.tax', { amount: formatNumber(f.taxWan) }),
      f.rdSpendWan && t('registry.timeline.rd', { amount: formatNumber(f.rdSpendWan) }),
      f.employees !== null && t('registry.timeline.employees', { count: f.employees }),
    ].filter(Boolean);
    return (
      <>
        <strong>{t('registry.timeline.figuresOf', { year: f.year })}</strong> {parts.join('；')}
      </>
    );
  }
  const m = entry.milestone!;
  const quantity = quantityText(m, t);
  return (
    <>
      <Tag>{t(`registry.milestoneKinds.${m.kind}`)}</Tag>
      <strong>{text(m.title)}</strong>
      {m.stage && (
        <span> · {isClinicalStage(m.stage) ? t(`registry.stages.${m.stage}`) : text(m.stage)}</span>
      )}
      {quantity && <span> · {quantity}</span>}
    </>
  );
}

/** The enterprise's history: when it settled, its milestones and its years of figures, each with its source. */
export function EnterpriseTimeline({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  return (
    <section
      className="enterprise-section"
      aria-labelledby="enterprise-timeline-title"
      data-testid="enterprise-timeline"
    >
      <Typography.Title level={2} id="enterprise-timeline-title">
        {t('registry.timeline.title')}
      </Typography.Title>
      {enterprise.timeline.length === 0 ? (
        <Empty description={t('registry.timeline.empty')} />
      ) : (
        <Timeline
          items={enterprise.timeline.map((entry, i) => ({
            key: `${entry.kind}-${i}`,
            label: entry.date ?? t('registry.timeline.undated'),
            children: (
              <div data-testid={`timeline-${entry.kind}`}>
                <div>
                  <span className="timeline-date">{entry.date ?? t('registry.timeline.undated')}</span>{' '}
                  <EntryText entry={entry} />
                </div>
                <Source source={entry.source} isDemo={entry.isDemo} />
              </div>
            ),
          }))}
        />
      )}
    </section>
  );
}

/** The milestones as a list; staff who may edit the firm can remove one. */
export function EnterpriseMilestones({
  enterprise,
  onDelete,
}: {
  enterprise: Enterprise;
  onDelete?: (id: number) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  if (enterprise.milestones.length === 0) return null;
  return (
    <section
      className="enterprise-section"
      aria-labelledby="enterprise-milestones-title"
      data-testid="enterprise-milestones"
    >
      <Typography.Title level={2} id="enterprise-milestones-title">
        {t('registry.milestonesTitle')}
      </Typography.Title>
      <ul className="milestone-list">
        {enterprise.milestones.map((m) => (
          <li key={m.id}>
            <Tag>{t(`registry.milestoneKinds.${m.kind}`)}</Tag> {text(m.title)}
            {m.occurredOn && <span> · {m.occurredOn}</span>}
            {quantityText(m, t) && <span> · {quantityText(m, t)}</span>}{' '}
            <Source source={m.source} isDemo={m.isDemo} />
            {onDelete && (
              <Popconfirm title={t('registry.deleteMilestoneConfirm')} onConfirm={() => onDelete(m.id)}>
                <Button type="link" size="small">
                  {t('registry.delete')}
                </Button>
              </Popconfirm>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
