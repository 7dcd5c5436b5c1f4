import { Alert, Button, Checkbox, Modal, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataText } from '../../i18n/use-data-text';
import { errorText } from '../pipeline/server-errors';
import { type ImportReport, useImportRegistry } from './use-registry';

function Counts({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const line = (what: 'enterprises' | 'metrics') =>
    t('registry.importCounts', {
      what: t(`registry.importWhat.${what}`),
      created: report[what].created,
      updated: report[what].updated,
      unchanged: report[what].unchanged,
    });
  return (
    <Alert
      type={report.rowsRejected > 0 || report.errors.length > 0 ? 'warning' : 'success'}
      showIcon
      data-testid="registry-import-result"
      message={report.dryRun ? t('registry.importDryRunDone') : t('registry.importDone')}
      description={
        <>
          <div>{t('registry.importRows', { read: report.rowsRead, rejected: report.rowsRejected })}</div>
          <div>{line('enterprises')}</div>
          <div>{line('metrics')}</div>
        </>
      }
    />
  );
}

/** Upload a registry workbook: check it first (nothing written), then import; every bad row is listed. */
export function RegistryImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const text = useDataText();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const run = useImportRegistry();
  const report = run.data;
  return (
    <Modal
      open={open}
      title={t('registry.importTitle')}
      onCancel={onClose}
      footer={null}
      width={820}
      destroyOnHidden
    >
      <p>{t('registry.importRule')}</p>
      <Space wrap>
        <a href="/api/registry/template.xlsx" download>
          {t('registry.template')}
        </a>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button>{t('registry.chooseFile')}</Button>
        </Upload>
        <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
          {t('registry.dryRun')}
        </Checkbox>
        <Button
          type="primary"
          disabled={!file}
          loading={run.isPending}
          onClick={() => file && run.mutate({ file, dryRun })}
          data-testid="registry-import-run"
        >
          {dryRun ? t('registry.check') : t('registry.import')}
        </Button>
      </Space>
      {run.isError && <Alert type="error" showIcon message={errorText(run.error, text)} />}
      {report && (
        <div className="registry-import-report">
          <Counts report={report} />
          {report.errors.length > 0 && (
            <Table
              size="small"
              rowKey={(e) => `${e.sheet}-${e.rowNumber}-${e.column}-${e.message}`}
              dataSource={report.errors}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { key: 'sheet', title: t('registry.errorSheet'), dataIndex: 'sheet' },
                { key: 'row', title: t('registry.errorRow'), dataIndex: 'rowNumber' },
                { key: 'column', title: t('registry.errorColumn'), render: (_, e) => e.column ?? '—' },
                { key: 'value', title: t('registry.errorValue'), render: (_, e) => e.value ?? '—' },
                { key: 'message', title: t('registry.errorMessage'), render: (_, e) => text(e.message) },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
