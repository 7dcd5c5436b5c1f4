import { App, Button, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { isImportable } from './import-files';

const ACCEPT = '.xlsx,.csv';

type ImportUploadProps = {
  file: File | null;
  onFile: (file: File | null) => void;
  onStart: (dryRun: boolean) => void;
  /** An upload is on its way or a job is running: starting another now would only queue behind it. */
  busy: boolean;
};

/**
 * Choosing the file (one, .xlsx or .csv, kept in the page rather than uploaded by the Upload component),
 * then checking it (dry run) or importing it.
 */
export function ImportUpload({ file, onFile, onStart, busy }: ImportUploadProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fileList: UploadFile[] = file
    ? [{ uid: 'chosen', name: file.name, size: file.size, type: file.type, status: 'done' }]
    : [];

  return (
    <div className="import-upload">
      <div data-testid="import-upload">
        <Upload.Dragger
          accept={ACCEPT}
          multiple={false}
          maxCount={1}
          fileList={fileList}
          beforeUpload={(chosen) => {
            if (!isImportable(chosen.name)) {
              void message.error(t('imports.wrongType'));
              return Upload.LIST_IGNORE;
            }
            onFile(chosen);
            // Kept, not sent: the buttons below decide between a dry run and an import.
            return false;
          }}
          onRemove={() => onFile(null)}
        >
          <p className="ant-upload-text">{t('imports.dropText')}</p>
          <p className="ant-upload-hint">{t('imports.dropHint')}</p>
        </Upload.Dragger>
      </div>
      <div className="import-actions">
        <Button onClick={() => onStart(true)} disabled={!file || busy} data-testid="import-dry-run">
          {t('imports.dryRun')}
        </Button>
        <Button
          type="primary"
          onClick={() => onStart(false)}
          disabled={!file || busy}
          data-testid="import-commit"
        >
          {t('imports.commit')}
        </Button>
      </div>
    </div>
  );
}
