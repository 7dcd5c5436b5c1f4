import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button, Card, Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { worksPipeline } from '../../auth/staff';
import { type ChartClick, EChart } from '../../charts/e-chart';
import { LoadError, LoadingBlock } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { formatYuan } from '../../lib/format';
import { AddToList } from '../targets/add-to-list';
import { ScoreBreakdown } from '../targets/score-breakdown';
import { rankingQuery } from '../targets/use-targets';
import { StaffGate } from '../workbench/staff-gate';
import { chainGraphOption } from './chain-graph-option';
import {
  type ChainLinkStrength,
  chainQuery,
  LEVEL_COLOURS,
  linkEnterprisesQuery,
  type StrengthLevel,
} from './use-chain';

const LEVELS: StrengthLevel[] = ['strong', 'medium', 'weak', 'gap'];

function LevelTag({ level }: { level: StrengthLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLOURS[level]} data-testid={`level-${level}`}>
      {level === 'gap' ? `⚠ ${t('chainMap.level.gap')}` : t(`chainMap.level.${level}`)}
    </Tag>
  );
}

/** The link's enterprises in the zone and the best targets outside it, with their score breakdowns. */
function LinkPanel({ link, prospects }: { link: ChainLinkStrength; prospects: boolean }) {
  const { t } = useTranslation();
  const text = useDataText();
  const language = useLanguage();
  const inZone = useQuery(linkEnterprisesQuery(link.code));
  const targets = useQuery({ ...rankingQuery({ chainLinkCode: link.code, limit: 10 }), enabled: prospects });
  const [chosen, setChosen] = useState<number[]>([]);
  const name = text(link.nameZh, link.nameEn);
  return (
    <Card
      className="chain-panel"
      data-testid="chain-panel"
      title={
        <h2 className="card-title" id="chain-panel-title">
          {name} <LevelTag level={link.level} />
        </h2>
      }
    >
      <p>
        {t('chainMap.panelSummary', {
          settled: link.settled,
          leading: link.leading,
          backbone: link.backbone,
        })}
        {link.revenue &&
          ` ${t('chainMap.revenueOf', { year: link.revenue.year, amount: formatYuan(link.revenue.yuan, language) })}`}
      </p>
      <h3>{t('chainMap.inZone')}</h3>
      {inZone.isError ? (
        <LoadError error={inZone.error} onRetry={() => void inZone.refetch()} />
      ) : (
        <ul data-testid="chain-in-zone">
          {(inZone.data?.items ?? []).map((e) => (
            <li key={e.id}>
              <Link to="/enterprises/$enterpriseId" params={{ enterpriseId: String(e.id) }}>
                {text(e.nameZh, e.nameEn ?? e.nameZh)}
              </Link>
            </li>
          ))}
          {inZone.data && inZone.data.items.length === 0 && <li>{t('chainMap.noneInZone')}</li>}
        </ul>
      )}
      <a
        href={`/workbench/enterprises?chainLinkCode=${encodeURIComponent(link.code)}&status=settled`}
        data-testid="chain-registry-link"
      >
        {t('chainMap.allInZone', { count: link.settled })}
      </a>
      {prospects && <h3>{t('chainMap.bestTargets')}</h3>}
      {targets.isError && <LoadError error={targets.error} onRetry={() => void targets.refetch()} />}
      {targets.data && targets.data.items.length === 0 && <Empty description={t('chainMap.noTargets')} />}
      <ol className="chain-targets" data-testid="chain-targets">
        {(targets.data?.items ?? []).map((target) => (
          <li key={target.enterpriseId} data-testid="chain-target">
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(target.enterpriseId)}
                onChange={(e) =>
                  setChosen((c) =>
                    e.target.checked
                      ? [...c, target.enterpriseId]
                      : c.filter((id) => id !== target.enterpriseId),
                  )
                }
              />{' '}
              <strong>{text(target.nameZh, target.nameEn ?? target.nameZh)}</strong>
            </label>{' '}
            <span className="score-total">{t('targets.scoreOf', { score: target.score })}</span>
            <ScoreBreakdown target={target} />
          </li>
        ))}
      </ol>
      {targets.data && targets.data.items.length > 0 && (
        <AddToList enterpriseIds={chosen} chainLinkCode={link.code} testId="chain-add-to-list" />
      )}
    </Card>
  );
}

function ChainWorkspace({ prospects }: { prospects: boolean }) {
  const { t } = useTranslation();
  const text = useDataText();
  const language = useLanguage();
  const chain = useQuery(chainQuery);
  const [selected, setSelected] = useState<string | null>(null);
  const links = chain.data?.items ?? [];
  const name = useCallback((l: ChainLinkStrength) => text(l.nameZh, l.nameEn), [text]);
  const option = useMemo(
    () =>
      chainGraphOption(
        links,
        name,
        [t('chainMap.segment.1'), t('chainMap.segment.2'), t('chainMap.segment.3')],
        `⚠${t('chainMap.gapMark')}`,
        selected,
      ),
    [links, name, t, selected],
  );
  const onClick = useCallback((event: ChartClick) => {
    const id = (event.data as { id?: string } | undefined)?.id;
    if (id && !id.startsWith('segment-')) setSelected(id);
  }, []);

  if (chain.isPending) return <LoadingBlock rows={8} />;
  if (chain.isError) return <LoadError error={chain.error} onRetry={() => void chain.refetch()} />;
  const gaps = links.filter((l) => l.gap);
  const current = links.find((l) => l.code === selected) ?? null;

  const columns: TableColumnsType<ChainLinkStrength> = [
    {
      title: t('chainMap.segmentColumn'),
      dataIndex: 'segment',
      render: (s: 1 | 2 | 3) => t(`chainMap.segment.${s}`),
    },
    {
      title: t('chainMap.link'),
      dataIndex: 'code',
      render: (_, l) => (
        <Button
          type="link"
          className="table-link-button"
          onClick={() => setSelected(l.code)}
          aria-pressed={l.code === selected}
          data-testid={`chain-row-${l.code}`}
        >
          {name(l)}
        </Button>
      ),
    },
    { title: t('chainMap.settled'), dataIndex: 'settled', align: 'right' },
    {
      title: t('chainMap.revenue'),
      dataIndex: 'revenue',
      align: 'right',
      render: (_, l) => (l.revenue ? `${formatYuan(l.revenue.yuan, language)}（${l.revenue.year}）` : '—'),
    },
    { title: t('chainMap.leadingBackbone'), render: (_, l) => `${l.leading} / ${l.backbone}` },
    { title: t('chainMap.strength'), dataIndex: 'level', render: (_, l) => <LevelTag level={l.level} /> },
  ];

  return (
    <>
      <Typography.Paragraph>
        {t('chainMap.intro', { minSettled: chain.data.gapRule.minSettled, gaps: gaps.length })}
      </Typography.Paragraph>
      <div className="chain-layout">
        <div className="chain-main">
          <EChart
            option={option}
            label={t('chainMap.chartLabel', { gaps: gaps.map(name).join('、') })}
            height={560}
            onClick={onClick}
            testId="chain-graph"
          />
          <ul className="chain-legend" aria-label={t('chainMap.legend')} data-testid="chain-legend">
            {LEVELS.map((level) => (
              <li key={level}>
                <span
                  className={level === 'gap' ? 'legend-swatch legend-diamond' : 'legend-swatch'}
                  style={{ background: LEVEL_COLOURS[level] }}
                  aria-hidden="true"
                />
                {level === 'gap'
                  ? `⚠ ${t('chainMap.level.gap')}: ${t('chainMap.gapRule', chain.data.gapRule)}`
                  : t(`chainMap.levelRule.${level}`)}
              </li>
            ))}
          </ul>
          <Table
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={links}
            pagination={false}
            data-testid="chain-table"
            rowClassName={(l) => (l.gap ? 'chain-gap-row' : '')}
            caption={<span className="visually-hidden">{t('chainMap.tableCaption')}</span>}
          />
        </div>
        <div className="chain-side">
          {current ? (
            <LinkPanel key={current.code} link={current} prospects={prospects} />
          ) : (
            <Card>{t('chainMap.pick')}</Card>
          )}
        </div>
      </div>
    </>
  );
}

export function ChainPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('chainMap.title'));
  return (
    <StaffGate title={t('chainMap.title')} redirect="/workbench/chain">
      {(user) => (
        <div className="page chain-page" data-testid="chain-page">
          <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
            <Link to="/workbench">{t('workbench.title')}</Link> <span aria-hidden="true">/</span>{' '}
            {t('chainMap.title')}
          </nav>
          <header className="workbench-header">
            <div>
              <Typography.Title level={1} className="page-title">
                {t('chainMap.title')}
              </Typography.Title>
            </div>
            {worksPipeline(user) && (
              <Link to="/workbench/targets" className="workbench-import-link">
                {t('targets.title')}
              </Link>
            )}
          </header>
          <ChainWorkspace prospects={worksPipeline(user)} />
        </div>
      )}
    </StaffGate>
  );
}
