import { Alert, Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder while a page's data loads; announced politely rather than silently blank. */
export function LoadingBlock({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">{t('app.loading')}</span>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('app.loadFailed')}
      description={error instanceof Error ? error.message : undefined}
      action={
        <Button size="small" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      }
    />
  );
}
