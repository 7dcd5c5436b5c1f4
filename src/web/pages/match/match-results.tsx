import { Link } from '@tanstack/react-router';
import { Alert, Button, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataText } from '../../components/data-text';
import { TableScroll } from '../../components/table-scroll';
import { useCleanroomLabel } from '../../components/unit-labels';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import { DemandPolicies, ExcludedCounts, Partners } from './match-extras';
import type { MatchResult, MatchUnit } from './match-values';
import { formatMoney, UnitBreakdown } from './unit-breakdown';

/** "園區 · 1号楼 · 301": where the unit is, in the reader's language. */
function useUnitName() {
  const text = useDataText();
  return (u: MatchUnit['unit']) =>
    `${text(u.park.nameZh, u.park.nameEn)} · ${u.building.code} ${text(u.building.nameZh)} · ${u.code}`;
}

function useColumns(): TableColumnsType<MatchUnit> {
  const { t } = useTranslation();
  const text = useDataText();
  const cleanroom = useCleanroomLabel();
  const money = (value: string | null) =>
    value === null ? t('match.noRent') : `${formatMoney(value)} ${t('match.yuanPerMonth')}`;
  return [
    { key: 'rank', title: t('match.rank'), align: 'right', render: (_, _row, i) => i + 1 },
    {
      key: 'unit',
      title: t('match.unit'),
      render: (_, { unit: u }) => (
        <>
          <Link to="/parks/$parkId" params={{ parkId: String(u.park.id) }}>
            <DataText zh={u.park.nameZh} en={u.park.nameEn} />
          </Link>
          <div>
            {u.building.code} {text(u.building.nameZh)} · {u.code}
          </div>
          <div className="muted">
            {t(`unit.uses.${u.use}`)} · {formatNumber(u.areaM2)} m² · {cleanroom(u.cleanroomGrade)}
            {u.rentYuanPerM2Month && ` · ${t('unit.rent', { price: formatNumber(u.rentYuanPerM2Month) })}`}
          </div>
        </>
      ),
    },
    {
      key: 'score',
      title: t('match.score'),
      align: 'right',
      className: 'nowrap',
      render: (_, row) => <strong data-testid="match-score">{row.score.toFixed(2)}</strong>,
    },
    {
      key: 'rent',
      title: t('match.monthlyRent'),
      align: 'right',
      render: (_, row) => money(row.monthlyRentYuan),
    },
    {
      key: 'subsidy',
      title: t('match.subsidy'),
      align: 'right',
      render: (_, row) => (row.subsidyMonthlyYuan === null ? '—' : money(row.subsidyMonthlyYuan)),
    },
    {
      key: 'net',
      title: t('match.net'),
      align: 'right',
      render: (_, row) => <strong>{row.netMonthlyYuan === null ? '—' : money(row.netMonthlyYuan)}</strong>,
    },
  ];
}

/** The ranked units, each expandable to the breakdown of its score, its subsidies and policies. */
function RankedUnits({ units }: { units: MatchUnit[] }) {
  const { t } = useTranslation();
  const columns = useColumns();
  const unitName = useUnitName();
  return (
    <TableScroll label={t('match.tableLabel')}>
      <Table<MatchUnit>
        rowKey={(row) => row.unit.id}
        columns={columns}
        dataSource={units}
        pagination={false}
        data-testid="match-units"
        expandable={{
          expandedRowRender: (row) => (
            <UnitBreakdown unit={row} title={t('match.breakdownTitle', { unit: unitName(row.unit) })} />
          ),
          expandIcon: ({ expanded, onExpand, record }) => (
            <Button
              type="link"
              size="small"
              className="match-expand"
              aria-expanded={expanded}
              onClick={(event) => onExpand(record, event)}
              data-testid="match-expand"
            >
              {t('match.expand')}
              <span className="visually-hidden"> {unitName(record.unit)}</span>
            </Button>
          ),
        }}
      />
    </TableScroll>
  );
}

/** The answer of POST /api/match: how many qualify, the ranked units, policies and partners. */
export function MatchResults({ result }: { result: MatchResult }) {
  const { t } = useTranslation();
  return (
    <div className="match-results" data-testid="match-results">
      <section className="lead-section" aria-labelledby="match-results-title">
        <h2 className="lead-section-title" id="match-results-title">
          {t('match.resultsTitle')}
        </h2>
        {result.units.length === 0 ? (
          <Alert
            type="info"
            showIcon
            title={t('match.noneTitle')}
            description={t('match.noneText')}
            data-testid="match-none"
          />
        ) : (
          <p data-testid="match-summary">
            {t('match.candidates', {
              count: formatNumber(result.candidates),
              shown: formatNumber(result.units.length),
            })}
          </p>
        )}
        <ExcludedCounts excluded={result.excluded} />
        {result.units.length > 0 && <RankedUnits units={result.units} />}
      </section>
      <DemandPolicies policies={result.policies} />
      <Partners partners={result.partners} asked={Boolean(result.demand.chainLink)} />
    </div>
  );
}
