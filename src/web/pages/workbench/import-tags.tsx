import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from './use-import-job';

// Dark hues on antd's light tint of the same hue, as in components/tags.tsx: each clears 4.5:1.
const statusColours: Record<ImportStatus, string> = {
  queued: '#434343',
  reading: '#0b5cad',
  committing: '#0b5cad',
  done: '#237804',
  failed: '#a8071a',
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColours[status]} data-testid="import-status">
      {t(`imports.statuses.${status}`)}
    </Tag>
  );
}

/** 检查 (a dry run, which writes nothing) or 导入. */
export function ImportModeTag({ dryRun }: { dryRun: boolean }) {
  const { t } = useTranslation();
  return dryRun ? (
    <Tag color="#874d00">{t('imports.dryRunTag')}</Tag>
  ) : (
    <Tag color="#0b5cad">{t('imports.commitTag')}</Tag>
  );
}
