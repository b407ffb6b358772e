import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Progress, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/pointsSupermarket';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { DataList, type Column } from '../../../components/DataList.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useImportJob } from '../../../components/useImportJob.ts';

type Files = ResponseOf<typeof contract.listLedgerFiles>;
type Job = ResponseOf<typeof contract.getLedgerImport>;
type LedgerFile = Files['files'][number];

/** 导入积分台账: upload, the bar while it is checked and written, every problem by row, the files imported. */
export default function LedgerImportPage() {
  const t = useT();
  const { villageId } = useVillage();
  const base = `/api/villages/${villageId}/points/imports`;
  const files = useApi<Files>(base);
  const [uploading, setUploading] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const { job, error } = useImportJob<Job>(importId ? `${base}/${importId}` : null);
  const upload = async (file: File) => {
    setUploading(file.name);
    setRefusal(null);
    setImportId(null);
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      setImportId((await api<{ importId: string }>(base, { method: 'POST', body })).importId);
    } catch (cause) {
      setRefusal(cause);
    } finally {
      setUploading(null);
    }
  };
  const finished = job && job.status !== 'running';
  if (
    job?.status === 'succeeded' &&
    files.data &&
    !files.data.files.some((f) => f.id === job.file?.id)
  )
    files.reload();
  return (
    <div className="page" data-testid="points-import-page">
      <Link to={`/v/${villageId}/points/supermarket`}>{t('pointsImport.back')}</Link>
      <Typography.Title level={1} className="page-title">
        {t('pointsImport.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('pointsImport.hint')}</Typography.Paragraph>
      <ErrorAlert error={refusal ?? error} />
      {(!importId || finished) && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE;
          }}
          data-testid="points-import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {uploading
              ? t('pointsImport.uploading', { file: uploading })
              : t('pointsImport.upload')}
          </p>
        </Upload.Dragger>
      )}
      {importId && <JobView job={job} />}
      <Typography.Title level={2} className="block-gap-top">
        {t('pointsImport.files')}
      </Typography.Title>
      <FileList files={files.data?.files ?? []} />
    </div>
  );
}

function JobView({ job }: { job: Job | null }) {
  const t = useT();
  if (!job) return <Progress percent={0} status="active" />;
  const percent = job.totalRows > 0 ? Math.floor((job.processedRows / job.totalRows) * 100) : 0;
  return (
    <div className="block-gap" data-testid="points-import-job" data-status={job.status}>
      {job.status === 'running' && (
        <Typography.Text>
          {t('pointsImport.checking', {
            file: job.fileName,
            done: t.num(job.processedRows),
            total: t.num(job.totalRows),
          })}
        </Typography.Text>
      )}
      <Progress
        percent={job.status === 'succeeded' ? 100 : percent}
        status={
          job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active'
        }
      />
      {job.file && (
        <Alert
          type="success"
          showIcon
          data-testid="points-import-done"
          title={t('pointsImport.done', {
            lines: t.num(job.file.lines),
            points: t.num(job.file.pointsTotal),
            from: t.date(job.file.publicityStartsOn),
            to: t.date(job.file.publicityEndsOn),
            effective: t.date(addDays(job.file.publicityEndsOn as CalendarDate, 1)),
          })}
        />
      )}
      {job.summary && (
        <>
          <Alert type="error" showIcon title={job.summary} data-testid="points-import-failed" />
          <Table
            size="small"
            className="block-gap"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            dataSource={job.errors}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="points-import-errors"
            columns={[
              { key: 'row', title: t('pointsImport.row'), dataIndex: 'row', width: 70 },
              { key: 'column', title: t('pointsImport.column'), dataIndex: 'column', width: 100 },
              { key: 'message', title: t('pointsImport.reason'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </div>
  );
}

function FileList({ files }: { files: LedgerFile[] }) {
  const t = useT();
  const columns: Column<LedgerFile>[] = [
    {
      key: 'name',
      title: t('pointsImport.file.name'),
      primary: true,
      render: (f) => (
        <span>
          {f.fileName}
          <br />
          <Typography.Text type="secondary" className="tabular" copyable={{ text: f.sha256 }}>
            SHA-256 {f.sha256.slice(0, 16)}…
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'lines',
      title: t('pointsImport.file.lines'),
      align: 'right',
      render: (f) => t.num(f.lines),
    },
    {
      key: 'points',
      title: t('pointsImport.file.points'),
      align: 'right',
      render: (f) => t.num(f.pointsTotal),
    },
    {
      key: 'by',
      title: t('pointsImport.file.by'),
      render: (f) => `${f.importedByName} · ${t.dateTime(f.importedAt)}`,
    },
    {
      key: 'publicity',
      title: t('pointsImport.file.publicity'),
      render: (f) => `${t.date(f.publicityStartsOn)} – ${t.date(f.publicityEndsOn)}`,
    },
  ];
  return (
    <DataList
      rows={files}
      rowKey={(f) => f.id}
      columns={columns}
      testId="points-import-files"
      empty={t('pointsImport.file.none')}
    />
  );
}
