import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from './use-leads';

const colors: Record<LeadStatus, string> = {
  new: 'blue',
  contacted: 'geekblue',
  qualified: 'purple',
  closed: 'default',
};

/** A lead's status (新线索, 已联系, 已转项目, 已关闭). */
export function LeadStatusTag({ status, testId }: { status: LeadStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} data-testid={testId}>
      {t(`leads.statuses.${status}`)}
    </Tag>
  );
}
