import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Dropdown,
  Flex,
  Input,
  Modal,
  Popconfirm,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import {
  DesktopOutlined,
  MobileOutlined,
  PlayCircleOutlined,
  PrinterOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { meetingPath, type MeetingDetail } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { FiguresNote, kindName, QuorumBar, RefusalAlert, StatusTag, usePolling } from './parts.tsx';
import { useRun } from './useRun.ts';
import { AgendaCard, VerdictCard } from './SupervisionCards.tsx';
import { AttendanceCard, ProxiesCard } from './AttendanceCard.tsx';
import { MotionsCard } from './MotionsCard.tsx';
import { profileText } from '../matters/ruleText.ts';

/** The meeting console for cadres and supervision members. */
export default function MeetingPage() {
  const t = useT();
  const { meetingId = '' } = useParams();
  const { villageId, data: village } = useVillage();
  const path = meetingPath(villageId, meetingId);
  const { data, error, reload } = useApi<MeetingDetail>(path);
  const { busy, error: actionError, run } = useRun();
  const [cancelling, setCancelling] = useState(false);
  const [cancelReason, setCancelReason] = useState('');
  const status = data?.meeting.status;
  // while the meeting sits, check-ins and votes arrive from phones
  usePolling(reload, 3000, status === 'open' || status === 'planned');

  const base = `/v/${villageId}`;
  if (error && !data)
    return (
      <div className="page">
        <RefusalAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { meeting, quorum, abilities: own } = data;
  const abilities = { ...village.abilities, ...own };
  const canRun = !!abilities.runMeetings;
  const canSupervise = !!abilities.superviseMeetings;

  const command = (name: 'open' | 'close' | 'cancel', body?: unknown) =>
    void run(name, async () => {
      await api(`${path}/${name}`, { method: 'POST', body });
      reload();
    });

  const printItems = [
    {
      key: 'notice',
      label: (
        <Link
          to={`${base}/meetings/${meeting.id}/print/notice`}
          target="_blank"
          data-testid="meeting-print-notice"
        >
          {t('meetings.print.notice')}
        </Link>
      ),
    },
    // the sheet lists everyone due by name: for those who run the meeting
    ...(canRun
      ? [
          {
            key: 'attendance',
            label: (
              <Link
                to={`${base}/meetings/${meeting.id}/print/attendance`}
                target="_blank"
                data-testid="meeting-print-attendance"
              >
                {t('meetings.print.attendance')}
              </Link>
            ),
          },
        ]
      : []),
    // the paper sheet against the online check-ins, which the supervision committee signs
    ...(abilities.readReconciliation
      ? [
          {
            key: 'reconciliation',
            label: (
              <Link
                to={`${base}/meetings/${meeting.id}/reconciliation`}
                target="_blank"
                data-testid="meeting-reconciliation"
              >
                {t('reconciliation.link')}
              </Link>
            ),
          },
        ]
      : []),
    {
      key: 'ballot',
      label: (
        <Link
          to={`${base}/meetings/${meeting.id}/print/ballot`}
          target="_blank"
          data-testid="meeting-print-ballot"
        >
          {t('meetings.print.ballot')}
        </Link>
      ),
    },
  ];

  return (
    <div
      className="page meeting-console"
      data-testid="meeting-page"
      data-meeting-id={meeting.id}
      data-status={meeting.status}
    >
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={base}>{village.village.name}</Link> },
          { title: <Link to={`${base}/meetings`}>{t('meetings.title')}</Link> },
          { title: meeting.title },
        ]}
      />
      <Flex justify="space-between" align="flex-start" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title" data-testid="meeting-title">
            {meeting.title}
          </Typography.Title>
          <Space wrap className="meeting-subtitle">
            <Tag color="red">{kindName(t, meeting.kind, meeting.kindName)}</Tag>
            <StatusTag status={meeting.status} />
            <Typography.Text type="secondary">
              {t.date(meeting.meetingOn)} {meeting.startsAt} {meeting.place}
            </Typography.Text>
          </Space>
        </div>
        <Space wrap>
          {canRun && meeting.status === 'planned' && (
            <Popconfirm
              title={t('meetings.open.confirm')}
              okText={t('app.confirm')}
              cancelText={t('app.cancel')}
              onConfirm={() => command('open')}
              okButtonProps={{ 'data-testid': 'meeting-open-ok' }}
            >
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                loading={busy === 'open'}
                data-testid="meeting-open"
              >
                {t('meetings.open')}
              </Button>
            </Popconfirm>
          )}
          {canRun && meeting.status === 'open' && (
            <Popconfirm
              title={t('meetings.close.confirm')}
              okText={t('app.confirm')}
              cancelText={t('app.cancel')}
              onConfirm={() => command('close')}
              okButtonProps={{ 'data-testid': 'meeting-close-ok' }}
            >
              <Button
                danger
                icon={<StopOutlined />}
                loading={busy === 'close'}
                data-testid="meeting-close"
              >
                {t('meetings.close')}
              </Button>
            </Popconfirm>
          )}
          {canRun && meeting.status === 'planned' && (
            <Button
              loading={busy === 'cancel'}
              onClick={() => setCancelling(true)}
              data-testid="meeting-cancel"
            >
              {t('meetings.cancel')}
            </Button>
          )}
          <Link
            to={`${base}/meetings/${meeting.id}/live`}
            target="_blank"
            data-testid="meeting-live-link"
          >
            <Button icon={<DesktopOutlined />}>{t('meetings.live')}</Button>
          </Link>
          {data.me.eligible && (meeting.status === 'open' || meeting.status === 'planned') && (
            <Link to={`${base}/meetings/${meeting.id}/me`} data-testid="meeting-me-link">
              <Button icon={<MobileOutlined />} type={canRun ? 'default' : 'primary'}>
                {t('meetings.me')}
              </Button>
            </Link>
          )}
          <Dropdown menu={{ items: printItems }} trigger={['click']}>
            <Button icon={<PrinterOutlined />} data-testid="meeting-print">
              {t('meetings.print')}
            </Button>
          </Dropdown>
        </Space>
      </Flex>
      <RefusalAlert error={actionError} testId="meeting-error" />
      {meeting.invalid && (
        <Alert
          type="error"
          showIcon
          className="block-gap"
          data-testid="meeting-invalid"
          title={t('meetings.invalid.alert')}
          description={meeting.invalidReason}
        />
      )}
      <Modal
        open={cancelling}
        title={t('meetings.cancel.confirm')}
        onCancel={() => setCancelling(false)}
        onOk={() => {
          setCancelling(false);
          command('cancel', { reason: cancelReason.trim() });
        }}
        okText={t('meetings.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'meeting-cancel-ok' }}
        cancelText={t('app.back')}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={cancelReason}
          onChange={(e) => setCancelReason(e.target.value)}
          placeholder={t('meetings.cancel.reason')}
          data-testid="meeting-cancel-reason"
        />
      </Modal>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('meetings.quorum')} className="block-gap" data-testid="quorum-card">
            <QuorumBar quorum={quorum} on={meeting.meetingOn} />
            <FiguresNote figures={data.figures} status={meeting.status} />
          </Card>
          <AgendaCard
            detail={data}
            path={path}
            canRun={canRun}
            canSupervise={canSupervise}
            onChange={reload}
          />
          <MotionsCard
            detail={data}
            villageId={villageId}
            path={path}
            canRun={canRun}
            onChange={reload}
          />
          <MinutesCard detail={data} path={path} canRun={canRun} onChange={reload} />
        </Col>
        <Col xs={24} xl={10}>
          <AttendanceCard
            detail={data}
            villageId={villageId}
            path={path}
            canRun={canRun}
            onChange={reload}
          />
          <ProxiesCard
            detail={data}
            villageId={villageId}
            path={path}
            canRun={canRun}
            onChange={reload}
          />
          <VerdictCard
            detail={data}
            path={path}
            canRun={canRun}
            canSupervise={canSupervise}
            onChange={reload}
          />
          <Card title={t('meetings.facts')} className="block-gap" size="small">
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'noticeOn',
                  label: t('meetings.field.noticeOn'),
                  children: t.date(meeting.noticeOn),
                },
                {
                  key: 'by',
                  label: t('meetings.field.convenedBy'),
                  children: meeting.convenedByName ?? '—',
                },
                ...(meeting.groupName
                  ? [{ key: 'group', label: t('households.group'), children: meeting.groupName }]
                  : []),
                ...(meeting.profile
                  ? [
                      {
                        key: 'profile',
                        label: t('meetings.field.profile'),
                        children: profileText(t, meeting.profile),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

interface CardProps {
  detail: MeetingDetail;
  path: string;
  canRun: boolean;
  onChange: () => void;
}

/** 会议记录: kept by the clerk; anyone who may read the meeting reads it. */
function MinutesCard({ detail, path, canRun, onChange }: CardProps) {
  const t = useT();
  const { message } = App.useApp();
  const [text, setText] = useState(detail.meeting.minutes);
  const [dirty, setDirty] = useState(false);
  const { busy, error, run } = useRun();
  const saved = detail.meeting.minutes;

  // follow the server's copy until the clerk starts typing
  useEffect(() => {
    if (!dirty) setText(saved);
  }, [saved, dirty]);

  const save = useCallback(
    () =>
      void run('minutes', async () => {
        await api(`${path}/minutes`, { method: 'PUT', body: { minutes: text } });
        setDirty(false);
        void message.success(t('app.saved'));
        onChange();
      }),
    [run, path, text, message, t, onChange],
  );

  // minutes are kept once the meeting is in session
  const editable =
    canRun && (detail.meeting.status === 'open' || detail.meeting.status === 'closed');
  if (!editable && !saved) return null;
  return (
    <Card title={t('meetings.minutes')} className="block-gap" data-testid="minutes-card">
      <RefusalAlert error={error} testId="minutes-error" />
      {editable ? (
        <>
          <Input.TextArea
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setDirty(true);
            }}
            autoSize={{ minRows: 6, maxRows: 24 }}
            maxLength={50000}
            placeholder={t('meetings.minutes.placeholder')}
            data-testid="minutes-text"
          />
          <Flex justify="flex-end" className="block-gap-top">
            <Button
              type="primary"
              disabled={!dirty}
              loading={busy === 'minutes'}
              onClick={save}
              data-testid="minutes-save"
            >
              {t('meetings.minutes.save')}
            </Button>
          </Flex>
        </>
      ) : (
        <Typography.Paragraph className="pre-wrap" data-testid="minutes-text">
          {saved || t('meetings.minutes.empty')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
