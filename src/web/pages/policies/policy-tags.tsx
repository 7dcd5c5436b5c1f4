import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyLevel, PolicyStatus } from './policy-types';

// Dark hues on antd's light tint of the same hue clear 4.5:1 (as components/tags.tsx chooses them).
const statusColours: Record<PolicyStatus, string> = {
  draft: '#874d00',
  published: '#237804',
  expired: '#434343',
};

/** 国家级 / 省级 / 市级 / 区级 / 园区级. */
export function LevelTag({ level }: { level: PolicyLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color="#0b5cad" data-testid="policy-level">
      {t(`policies.levels.${level}`)}
    </Tag>
  );
}

/** 草稿 / 已发布 / 已失效: shown to the zone's staff, the only readers who see drafts. */
export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColours[status]} data-testid="policy-status">
      {t(`policies.statuses.${status}`)}
    </Tag>
  );
}

/** Some amount is a demo parameter, not the policy text's: figures must never pass for fact. */
export function DemoFiguresTag() {
  const { t } = useTranslation();
  return (
    <Tag color="#ad4e00" title={t('policies.demoFiguresHint')} data-testid="policy-demo-figures">
      {t('policies.demoFigures')}
    </Tag>
  );
}

/** The validity dates as a sentence: from–to, from, until, or open-ended. */
export function useValidityText() {
  const { t } = useTranslation();
  return (from: string | null, to: string | null) => {
    if (from && to) return t('policies.validFromTo', { from, to });
    if (from) return t('policies.validFromOnly', { from });
    if (to) return t('policies.validToOnly', { to });
    return t('policies.validOpen');
  };
}
