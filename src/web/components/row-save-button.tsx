import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The save button of a row edited in place: enabled and highlighted only when the row has unsaved changes,
 * and named for screen readers by what it saves (`label`), since every row's button reads "Save".
 */
export function RowSaveButton({
  dirty,
  loading,
  onClick,
  label,
  testId,
  size,
}: {
  dirty: boolean;
  loading: boolean;
  onClick: () => void;
  label: string;
  testId: string;
  size?: 'small';
}) {
  const { t } = useTranslation();
  return (
    <Button
      type={dirty ? 'primary' : 'default'}
      size={size}
      disabled={!dirty}
      loading={loading}
      onClick={onClick}
      aria-label={label}
      title={dirty ? t('workbench.unsaved') : undefined}
      data-testid={testId}
    >
      {t('workbench.save')}
    </Button>
  );
}
