import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Progress, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client.ts';
import type { RosterImportStatus, RosterPreview } from './api.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useImportJob } from '../../components/useImportJob.ts';

type ImportState =
  | { step: 'idle' }
  | { step: 'uploading'; fileName: string }
  | { step: 'mapping'; file: File; preview: RosterPreview }
  | { step: 'tracking'; importId: string }
  | { step: 'refused'; error: unknown };

/** 花名册: upload an Excel roster and watch it being checked and imported; download the current one. */
export default function RosterPage() {
  const t = useT();
  const { villageId, data: village } = useVillage();
  const { abilities } = village;
  const [chosen, setChosen] = useState<ImportState>({ step: 'idle' });
  const base = `/api/villages/${villageId}`;

  const importId = chosen.step === 'tracking' ? chosen.importId : null;
  const polled = useImportJob<RosterImportStatus>(
    importId ? `${base}/roster-imports/${importId}` : null,
  );
  // a job that cannot be followed is shown as a refusal, with the upload offered again
  const state: ImportState =
    chosen.step === 'tracking' && polled.error ? { step: 'refused', error: polled.error } : chosen;
  const status = state.step === 'tracking' ? polled.job : null;
  const finished = status !== null && status.status !== 'running';

  /** Reads the file's header first; a column the village has not mapped asks the clerk, else the import starts. */
  const upload = async (file: File) => {
    setChosen({ step: 'uploading', fileName: file.name });
    const form = () => {
      const body = new FormData();
      body.append('file', file, file.name);
      return body;
    };
    try {
      const preview = await api<RosterPreview>(`${base}/roster-imports/preview`, {
        method: 'POST',
        body: form(),
      });
      if (!preview.ready) {
        setChosen({ step: 'mapping', file, preview });
        return;
      }
      const { importId: id } = await api<{ importId: string }>(`${base}/roster-imports`, {
        method: 'POST',
        body: form(),
      });
      setChosen({ step: 'tracking', importId: id });
    } catch (error) {
      setChosen({ step: 'refused', error });
    }
  };

  const percent =
    status && status.totalRows > 0
      ? Math.floor((status.processedRows / status.totalRows) * 100)
      : 0;

  return (
    <div className="page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={`/v/${villageId}`}>{village.village.name}</Link> },
          { title: t('roster.title') },
        ]}
      />
      <Typography.Title level={1} className="page-title">
        {t('roster.title')}
      </Typography.Title>

      {abilities.writeRegistry && (
        <Card title={t('roster.import')} className="block-gap" data-testid="roster-import">
          <Typography.Paragraph type="secondary">
            {t('roster.import.hint')}{' '}
            <Typography.Link href={`${base}/roster-template.xlsx`} data-testid="roster-template">
              {t('roster.template')}
            </Typography.Link>
          </Typography.Paragraph>
          {state.step === 'mapping' ? (
            <ColumnMapping
              base={base}
              preview={state.preview}
              onSaved={() => void upload(state.file)}
              onCancel={() => setChosen({ step: 'idle' })}
            />
          ) : state.step === 'idle' || state.step === 'refused' ? (
            <>
              {state.step === 'refused' && (
                <ErrorAlert error={state.error} testId="roster-refused" />
              )}
              <Upload.Dragger
                accept=".xlsx,.csv,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                multiple={false}
                showUploadList={false}
                beforeUpload={(file) => {
                  // an old .xls goes to the server, which says how to save it as .xlsx or .csv
                  if (!/\.(xlsx|csv|xls)$/i.test(file.name)) {
                    setChosen({
                      step: 'refused',
                      error: new ApiError(400, 'file_invalid', t('roster.wrongType')),
                    });
                    return Upload.LIST_IGNORE;
                  }
                  void upload(file);
                  return false;
                }}
                data-testid="roster-upload"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('roster.upload')}</p>
                <p className="ant-upload-hint">{t('roster.upload.drag')}</p>
              </Upload.Dragger>
            </>
          ) : (
            <Space orientation="vertical" size="middle" className="full-width">
              {(state.step === 'uploading' || !status || status.status === 'running') && (
                <div data-testid="roster-running">
                  <Typography.Text>
                    {status
                      ? t('roster.checking', {
                          file: status.fileName,
                          processed: t.num(status.processedRows),
                          total: t.num(status.totalRows),
                        })
                      : t('roster.uploading')}
                  </Typography.Text>
                  <Progress percent={percent} status="active" data-testid="roster-progress" />
                </div>
              )}
              {status?.status === 'succeeded' && (
                <>
                  <Progress percent={100} status="success" data-testid="roster-progress" />
                  <Alert
                    type="success"
                    showIcon
                    data-testid="roster-result"
                    data-status="succeeded"
                    title={t('roster.succeeded', {
                      households: t.num(status.householdsCreated),
                      persons: t.num(status.personsCreated),
                    })}
                  />
                </>
              )}
              {status?.status === 'failed' && (
                <>
                  <Progress percent={percent} status="exception" data-testid="roster-progress" />
                  <Alert
                    type="error"
                    showIcon
                    data-testid="roster-result"
                    data-status="failed"
                    title={t('roster.failed', { count: t.num(status.errors.length) })}
                    description={t('roster.failed.hint')}
                  />
                  <Table
                    data-testid="roster-errors"
                    size="small"
                    rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                    dataSource={status.errors}
                    pagination={status.errors.length > 50 ? { pageSize: 50 } : false}
                    scroll={{ x: 'max-content' }}
                    columns={[
                      { key: 'row', title: t('roster.errors.row'), dataIndex: 'row', width: 80 },
                      {
                        key: 'column',
                        title: t('roster.errors.column'),
                        dataIndex: 'column',
                        width: 140,
                      },
                      { key: 'message', title: t('roster.errors.message'), dataIndex: 'message' },
                    ]}
                  />
                </>
              )}
              {finished && (
                <Button
                  icon={<ReloadOutlined />}
                  onClick={() => setChosen({ step: 'idle' })}
                  data-testid="roster-again"
                >
                  {t('roster.again')}
                </Button>
              )}
            </Space>
          )}
        </Card>
      )}

      {abilities.exportRoster && (
        <Card title={t('roster.export')}>
          <Typography.Paragraph type="secondary">{t('roster.export.hint')}</Typography.Paragraph>
          <Space wrap>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              href={`${base}/roster.xlsx`}
              download
              data-testid="roster-download"
            >
              {t('roster.download')}
            </Button>
            {abilities.exportRosterIdNumbers && (
              <Button
                icon={<DownloadOutlined />}
                href={`${base}/roster.xlsx?ids=full`}
                download
                data-testid="roster-download-full"
              >
                {t('roster.downloadFull')}
              </Button>
            )}
          </Space>
          {abilities.exportRosterIdNumbers && (
            <Typography.Paragraph type="secondary" className="block-gap">
              {t('roster.downloadFull.hint')}
            </Typography.Paragraph>
          )}
        </Card>
      )}
    </div>
  );
}
