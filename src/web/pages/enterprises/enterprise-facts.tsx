import { Link } from '@tanstack/react-router';
import { Descriptions, type DescriptionsProps, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataText } from '../../components/data-text';
import { formatNumber } from '../../lib/format';
import type { Enterprise, EnterpriseStatus } from './use-enterprise';

type Item = NonNullable<DescriptionsProps['items']>[number];

// Dark hues on antd's light tint of the same hue, as the park page's tags: each pair clears 4.5:1.
const statusColours: Record<EnterpriseStatus, string> = {
  target: '#874d00',
  in_contact: '#531dab',
  settled: '#237804',
  left: '#434343',
};

/** 目标企业 / 洽谈中 / 已入驻 / 已迁出. */
export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColours[status]} data-testid="enterprise-status">
      {t(`enterprise.statuses.${status}`)}
    </Tag>
  );
}

const flagKeys = ['mahHolder', 'taiwanFunded', 'leading', 'backbone', 'highTech'] as const;

function FlagTags({ flags }: { flags: Enterprise['flags'] }) {
  const { t } = useTranslation();
  const set = flagKeys.filter((key) => flags[key]);
  if (set.length === 0) return <span className="muted">{t('enterprise.noFlags')}</span>;
  return (
    <Space size={[4, 4]} wrap data-testid="enterprise-flags">
      {set.map((key) => (
        <Tag key={key}>{t(`enterprise.flagNames.${key}`)}</Tag>
      ))}
    </Space>
  );
}

/** A code and its names: 'C272 化学药品制剂制造'. */
function CodeLabel({ label, showCode }: { label: NonNullable<Enterprise['industry']>; showCode?: boolean }) {
  return (
    <span>
      {showCode && <span className="nowrap">{label.code} </span>}
      <DataText zh={label.nameZh} en={label.nameEn} />
    </span>
  );
}

/** What the registry knows of the firm; credit codes only reach staff, and the rows say so. */
export function EnterpriseFacts({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const items: (Item | false)[] = [
    {
      key: 'status',
      label: t('enterprise.status'),
      children: <EnterpriseStatusTag status={enterprise.status} />,
    },
    {
      key: 'park',
      label: t('enterprise.park'),
      children: enterprise.park ? (
        <Link
          to="/parks/$parkId"
          params={{ parkId: String(enterprise.park.id) }}
          data-testid="enterprise-park"
        >
          <DataText zh={enterprise.park.nameZh} en={enterprise.park.nameEn} />
        </Link>
      ) : (
        t('enterprise.noPark')
      ),
    },
    !!enterprise.direction && {
      key: 'direction',
      label: t('enterprise.direction'),
      children: <CodeLabel label={enterprise.direction} />,
    },
    !!enterprise.industry && {
      key: 'industry',
      label: t('enterprise.industry'),
      children: <CodeLabel label={enterprise.industry} showCode />,
    },
    !!enterprise.chainLink && {
      key: 'chainLink',
      label: t('enterprise.chainLink'),
      children: <CodeLabel label={enterprise.chainLink} />,
    },
    enterprise.foundedYear !== null && {
      key: 'founded',
      label: t('enterprise.founded'),
      children: t('enterprise.year', { year: enterprise.foundedYear }),
    },
    enterprise.registeredCapitalWan !== null && {
      key: 'capital',
      label: t('enterprise.capital'),
      children: formatNumber(enterprise.registeredCapitalWan),
    },
    {
      key: 'flags',
      label: t('enterprise.flags'),
      span: 'filled',
      children: <FlagTags flags={enterprise.flags} />,
    },
    enterprise.uscc !== null && {
      key: 'uscc',
      label: t('enterprise.uscc'),
      children: (
        <span>
          <code data-testid="enterprise-uscc">{enterprise.uscc}</code>{' '}
          <small className="source-note">{t('enterprise.staffOnly')}</small>
        </span>
      ),
    },
    enterprise.taiwanUbn !== null && {
      key: 'taiwanUbn',
      label: t('enterprise.taiwanUbn'),
      children: (
        <span>
          <code>{enterprise.taiwanUbn}</code>{' '}
          <small className="source-note">{t('enterprise.staffOnly')}</small>
        </span>
      ),
    },
    { key: 'source', label: t('enterprise.source'), span: 'filled', children: enterprise.source },
  ];
  return (
    <Descriptions
      className="enterprise-facts"
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={items.filter((item): item is Item => item !== false)}
    />
  );
}
