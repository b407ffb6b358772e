import { useEffect, useState } from 'react';
import { Alert, Form, Input, Progress, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useImportJob } from '../../../components/useImportJob.ts';
import { AssemblyResolutionSelect } from './AssemblyResolutionSelect.tsx';
import type { RegisterImportJob, ShareFile, SharesRegister } from './api.ts';

/**
 * 导入股东名册: the basis first (the members' assembly's resolution, or the reform's resolution in
 * words when the organisation's reform date is recorded), then the file; a bar while it is checked
 * and written; every problem by row, column and reason; the files imported, by SHA-256.
 */
export function RegisterImport({
  villageId,
  base,
  data,
  onImported,
}: {
  villageId: string;
  base: string;
  data: SharesRegister;
  onImported: () => void;
}) {
  const t = useT();
  const [basis, setBasis] = useState({ resolutionId: '', reformReference: '' });
  const [importId, setImportId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const { job, error } = useImportJob<RegisterImportJob>(
    importId ? `${base}/imports/${importId}` : null,
  );
  const succeeded = job?.status === 'succeeded';
  useEffect(() => {
    if (succeeded) onImported();
    // once per import
  }, [succeeded, importId]);
  const upload = async (file: File) => {
    setRefusal(null);
    setImportId(null);
    const body = new FormData();
    body.append('file', file, file.name);
    if (basis.resolutionId) body.append('resolutionId', basis.resolutionId);
    if (basis.reformReference) body.append('reformReference', basis.reformReference.trim());
    try {
      setImportId(
        (await api<{ importId: string }>(`${base}/imports`, { method: 'POST', body })).importId,
      );
    } catch (cause) {
      setRefusal(cause);
    }
  };
  const percent =
    job && job.totalRows > 0 ? Math.floor((job.processedRows / job.totalRows) * 100) : 0;
  return (
    <div data-testid="shares-import">
      <Typography.Paragraph type="secondary">{t('shares.import.hint')}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label={t('shares.field.resolution')}>
          <AssemblyResolutionSelect
            villageId={villageId}
            value={basis.resolutionId || undefined}
            onChange={(id) => setBasis({ ...basis, resolutionId: id ?? '' })}
          />
        </Form.Item>
        {data.org.reformedOn && (
          <Form.Item label={t('shares.import.reform', { on: t.date(data.org.reformedOn) })}>
            <Input
              value={basis.reformReference}
              onChange={(e) => setBasis({ ...basis, reformReference: e.target.value })}
              maxLength={200}
              placeholder={t('shares.import.reformPlaceholder')}
              data-testid="shares-reform-reference"
            />
          </Form.Item>
        )}
      </Form>
      <ErrorAlert error={refusal ?? error} />
      <Upload.Dragger
        accept=".xlsx,.csv"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return Upload.LIST_IGNORE;
        }}
        data-testid="shares-import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('shares.import.upload')}</p>
      </Upload.Dragger>
      {job && (
        <div className="block-gap" data-testid="shares-import-job" data-status={job.status}>
          <Progress
            percent={succeeded ? 100 : percent}
            status={job.status === 'failed' ? 'exception' : succeeded ? 'success' : 'active'}
          />
          {job.file && (
            <Alert
              type="success"
              showIcon
              title={t('shares.import.done', {
                members: t.num(job.file.members),
                households: t.num(job.file.households),
                units: t.num(job.file.units),
                on: t.date(job.file.effectiveOn),
              })}
            />
          )}
          {job.summary && (
            <>
              <Alert type="error" showIcon title={job.summary} />
              <Table
                size="small"
                className="block-gap"
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                dataSource={job.errors}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                data-testid="shares-import-errors"
                columns={[
                  { key: 'row', title: t('shares.import.row'), dataIndex: 'row', width: 70 },
                  {
                    key: 'column',
                    title: t('shares.import.column'),
                    dataIndex: 'column',
                    width: 100,
                  },
                  { key: 'message', title: t('shares.import.reason'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </div>
      )}
      <Typography.Title level={2} className="block-gap-top">
        {t('shares.import.files')}
      </Typography.Title>
      <Table<ShareFile>
        rowKey="id"
        size="small"
        dataSource={data.files}
        pagination={false}
        locale={{ emptyText: t('shares.import.noFiles') }}
        columns={[
          { title: t('shares.import.file'), dataIndex: 'fileName' },
          { title: 'SHA-256', render: (_, f) => <code>{f.sha256.slice(0, 16)}…</code> },
          { title: t('shares.col.on'), render: (_, f) => t.date(f.effectiveOn) },
          { title: t('shares.import.basis'), dataIndex: 'basis' },
          {
            title: t('shares.col.units'),
            render: (_, f) =>
              t('shares.import.fileTotals', { members: t.num(f.members), units: t.num(f.units) }),
          },
        ]}
      />
    </div>
  );
}
