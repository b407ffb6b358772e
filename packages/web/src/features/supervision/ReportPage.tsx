import './supervision.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { supervisionPage, supervisionPath, type ReportDetail } from './api.ts';
import { ReportStatusTag, useCommittee, useNumbered } from './parts.tsx';
import { MotionList } from './MotionCard.tsx';
import { ReportDrawer } from './ReportDrawer.tsx';
import { SittingForm } from './SittingForm.tsx';

/**
 * 监督报告: its text and the inspections it reports on; while a draft (or after a vote it
 * lost) it is edited and put to the members' vote — it is published only when more than
 * half of them vote for it — then printed for the notice board.
 */
export default function ReportPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { reportId = '' } = useParams();
  const numbered = useNumbered();
  const base = supervisionPage(villageId);
  const { data, error, reload } = useApi<ReportDetail>(
    `${supervisionPath(villageId)}/reports/${reportId}`,
  );
  const [editing, setEditing] = useState(false);
  const editable =
    !!data?.abilities.supervise && (data.status === 'draft' || data.status === 'rejected');
  const committee = useCommittee(editable ? villageId : null);

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;

  return (
    <div className="page" data-testid="report-page" data-status={data.status}>
      <Typography.Paragraph>
        <Link to={`${base}?tab=reports`}>{t('supervision.report.back')}</Link>
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Text type="secondary">
            {numbered.report(data.number)} · {t.pick(data.kindName)}
          </Typography.Text>
          <Typography.Title level={1} className="no-margin page-title">
            {data.title}
          </Typography.Title>
        </div>
        <Space wrap>
          <ReportStatusTag status={data.status} />
          {editable && (
            <Button
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="report-edit"
            >
              {t('supervision.report.edit')}
            </Button>
          )}
          {data.status === 'published' && (
            <Link to={`${base}/reports/${data.id}/print`} data-testid="report-print">
              <Button type="primary" icon={<PrinterOutlined />}>
                {t('supervision.report.print')}
              </Button>
            </Link>
          )}
        </Space>
      </Flex>
      {data.publishedOn && (
        <Typography.Paragraph data-testid="report-published">
          {t('supervision.report.published', { on: t.date(data.publishedOn) })}
          {data.noticeId && (
            <>
              {' · '}
              <Link to={`/v/${villageId}/notices/${data.noticeId}`} data-testid="report-notice">
                {t('supervision.report.notice')}
              </Link>
            </>
          )}
        </Typography.Paragraph>
      )}
      <Card className="block-gap">
        <Typography.Paragraph className="pre-wrap report-body" data-testid="report-body">
          {data.body}
        </Typography.Paragraph>
        {data.inspections.length > 0 && (
          <div data-testid="report-inspections">
            <Typography.Text type="secondary">
              {t('supervision.report.inspections')}
            </Typography.Text>
            <ul className="report-inspections">
              {data.inspections.map((i) => (
                <li key={i.id}>
                  <Link to={`${base}/inspections/${i.id}`}>
                    {numbered.inspection(i.number)} {i.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      {data.motions.length > 0 && (
        <Card title={t('supervision.tab.motions')} className="block-gap">
          <MotionList villageId={villageId} motions={data.motions} onChange={reload} />
        </Card>
      )}
      {editable && (
        <Card title={t('supervision.report.submitVote')} className="block-gap">
          <Typography.Paragraph type="secondary">
            {t('supervision.report.submitVote.hint')}
          </Typography.Paragraph>
          {committee.error && <ErrorAlert error={committee.error} />}
          {committee.overview ? (
            <SittingForm
              villageId={villageId}
              members={committee.overview.members}
              today={committee.overview.on}
              proposal={() => Promise.resolve({ kind: 'report', reportId: data.id })}
              onTabled={reload}
              submitLabel={t('supervision.report.submitVote')}
              submitTestId="report-submit-vote"
            />
          ) : (
            !committee.error && <PageLoading />
          )}
        </Card>
      )}
      {editing && (
        <ReportDrawer
          villageId={villageId}
          inspections={committee.overview?.inspections ?? data.inspections}
          report={data}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
        />
      )}
    </div>
  );
}
