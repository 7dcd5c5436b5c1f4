import { Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDataText } from '../../i18n/use-data-text';
import { formatNumber } from '../../lib/format';
import { type Criterion, type MatchUnit, pointsTotal } from './match-values';

/** A yuan amount as the server gives it ("66832.50"): grouped, the fen kept when there are any. */
export function formatMoney(value: string): string {
  const [whole = '0', fen] = value.split('.');
  return fen && fen !== '00' ? `${formatNumber(whole)}.${fen.padEnd(2, '0')}` : formatNumber(whole);
}

function useCriterionColumns(): TableColumnsType<Criterion> {
  const { t } = useTranslation();
  const text = useDataText();
  return [
    { key: 'label', title: t('match.criterion'), render: (_, c) => text(c.labelZh, c.labelEn) },
    { key: 'weight', title: t('match.weight'), align: 'right', render: (_, c) => formatNumber(c.weight) },
    {
      key: 'score',
      title: t('match.criterionScore'),
      align: 'right',
      render: (_, c) => c.score.toFixed(2),
    },
    { key: 'points', title: t('match.points'), align: 'right', render: (_, c) => c.points.toFixed(2) },
    {
      key: 'basis',
      title: t('match.basis'),
      render: (_, c) => text(c.explanation.zh, c.explanation.en),
    },
  ];
}

/** How a unit's score came about, criterion by criterion, then its rent subsidies and policies. */
export function UnitBreakdown({ unit, title }: { unit: MatchUnit; title: string }) {
  const { t } = useTranslation();
  const text = useDataText();
  const columns = useCriterionColumns();
  return (
    <div className="match-breakdown" data-testid="match-breakdown">
      <Table<Criterion>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={unit.breakdown}
        pagination={false}
        title={() => <h4 className="match-subtitle">{title}</h4>}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('match.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              100
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
            <Table.Summary.Cell index={3} align="right">
              <span data-testid="match-breakdown-total">{pointsTotal(unit).toFixed(2)}</span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
          </Table.Summary.Row>
        )}
      />
      {unit.subsidies.length > 0 && (
        <>
          <h4 className="match-subtitle">{t('match.subsidies')}</h4>
          <ul className="plain-list match-lines">
            {unit.subsidies.map((s) => (
              <li key={`${s.policyId}-${s.benefitCode}`}>{text(s.formula.zh, s.formula.en)}</li>
            ))}
          </ul>
        </>
      )}
      <h4 className="match-subtitle">{t('match.unitPolicies')}</h4>
      {unit.policies.length === 0 ? (
        <p className="muted">{t('match.noUnitPolicies')}</p>
      ) : (
        <ul className="plain-list match-lines">
          {unit.policies.map((p) => (
            <li key={p.policy.id}>
              <strong>{text(p.policy.titleZh, p.policy.titleEn)}</strong>
              {p.policy.hasDemoFigures && <Tag className="match-tag">{t('match.demoFigures')}</Tag>}
              {p.benefits.map((b) => (
                <div key={b.code} className="match-benefit">
                  <span>{text(b.labelZh, b.labelEn)}</span>
                  {b.formula && <span className="muted"> {text(b.formula.zh, b.formula.en)}</span>}
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
