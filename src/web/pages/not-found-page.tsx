import { Link } from '@tanstack/react-router';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFoundTitle'));
  return (
    <div className="page" data-testid="not-found">
      <Result
        status="404"
        title={<h1 className="result-title">{t('app.notFoundTitle')}</h1>}
        subTitle={t('app.notFoundText')}
        extra={<Link to="/">{t('app.backHome')}</Link>}
      />
    </div>
  );
}
