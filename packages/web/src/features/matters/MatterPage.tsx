import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Space,
  Steps,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import {
  CheckCircleOutlined,
  FileTextOutlined,
  PrinterOutlined,
  StopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type {
  MatterDetail,
  MeetingFacts,
  MotionView,
  ResolutionDetailResponse,
  StepView,
} from './api.ts';
import { MANUAL_STEPS } from './api.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import {
  decisionText,
  MatterStatusTag,
  periodText,
  RefusalAlert,
  RuleTag,
  ValidityAlert,
  ValidityTag,
  useTierName,
} from './parts.tsx';

const StepForm = lazy(() => import('./StepForm.tsx'));

/** One matter: its procedure as a stepper, what each step recorded, and what comes next. */
export default function MatterPage() {
  const t = useT();
  const tierName = useTierName();
  const isPhone = useIsPhone();
  const { matterId = '' } = useParams();
  const { villageId, data: village } = useVillage();
  const base = `/v/${villageId}`;
  const path = `/api/villages/${villageId}/matters/${matterId}`;
  const { data, error, reload } = useApi<MatterDetail>(path);
  const resolutionId = data?.resolution?.id ?? null;
  const resolution = useApi<ResolutionDetailResponse>(
    resolutionId ? `/api/villages/${villageId}/resolutions/${resolutionId}` : null,
  );
  const { message } = App.useApp();
  const [withdrawError, setWithdrawError] = useState<unknown>(null);
  const [reason, setReason] = useState('');

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { matter, steps, abilities } = data;
  const withdrawn = matter.status === 'withdrawn';
  const currentIndex = steps.findIndex((s) => !s.done);

  const withdraw = async () => {
    setWithdrawError(null);
    try {
      await api(`${path}/withdraw`, { method: 'POST', body: reason ? { reason } : {} });
      void message.success(t('matters.withdrawn'));
      reload();
    } catch (cause) {
      setWithdrawError(cause);
    }
  };

  // a deciding step names the bodies that may decide it today, not "assembly or representatives"
  const placeOf = (s: StepView) =>
    s.at.kind === 'decidingBody' && data.decidingMeetings
      ? data.decidingMeetings.kinds.map((k) => t.pick(k.name)).join(t('matters.or'))
      : t.pick(s.at.name);
  const stepItems = steps.map((s, i) => {
    const where = s.done?.meeting ? s.done.meeting.title : placeOf(s);
    return {
      title: <span data-testid="matter-step-title">{t.pick(s.name)}</span>,
      status: s.done
        ? ('finish' as const)
        : i === currentIndex && !withdrawn
          ? ('process' as const)
          : ('wait' as const),
      content: (
        <span
          className="matter-step-desc"
          data-testid="matter-step"
          data-step-kind={s.kind}
          data-done={s.done ? 'true' : 'false'}
        >
          {s.done ? (
            <>
              <span className="matter-step-date">{t.date(s.done.on)}</span>
              <span className="matter-step-where">{where}</span>
            </>
          ) : i === currentIndex && !withdrawn ? (
            <span className="matter-step-where">
              {t('matters.step.next')} · {placeOf(s)}
            </span>
          ) : (
            <span className="matter-step-where">{placeOf(s)}</span>
          )}
        </span>
      ),
    };
  });

  return (
    <div className="page" data-testid="matter-page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={base}>{village.village.name}</Link> },
          { title: <Link to={`${base}/matters`}>{t('matters.title')}</Link> },
          { title: t('matters.numberText', { number: matter.number }) },
        ]}
      />
      <Flex justify="space-between" align="flex-start" wrap gap={8} className="page-head">
        <div className="matter-head">
          <Typography.Title
            level={1}
            className="no-margin page-title"
            data-testid="matter-title-text"
          >
            <span className="matter-number">
              {t('matters.numberText', { number: matter.number })}
            </span>
            {matter.title}
          </Typography.Title>
          <Space wrap size={[4, 4]} className="matter-tags">
            <MatterStatusTag status={matter.status} />
            <Tag>{t.pick(matter.categoryName)}</Tag>
            <Tag>{tierName(matter.tier)}</Tag>
            <Tag color="purple">{t.pick(data.workflow.name)}</Tag>
            <RuleTag rule={data.workflow.rule} />
          </Space>
        </div>
        {abilities.manageMatters && matter.status === 'open' && (
          <Popconfirm
            title={t('matters.withdraw.confirm')}
            description={
              <Input.TextArea
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder={t('matters.withdraw.reason')}
                autoSize={{ minRows: 2, maxRows: 4 }}
                maxLength={2000}
                data-testid="matter-withdraw-reason"
              />
            }
            okText={t('matters.withdraw')}
            okButtonProps={{ danger: true, 'data-testid': 'matter-withdraw-ok' }}
            cancelText={t('app.cancel')}
            onConfirm={() => withdraw()}
          >
            <Button danger icon={<StopOutlined />} data-testid="matter-withdraw">
              {t('matters.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <RefusalAlert error={withdrawError} />

      {matter.description && (
        <Typography.Paragraph className="matter-description" data-testid="matter-description-text">
          {matter.description}
        </Typography.Paragraph>
      )}
      {matter.budget && (
        <Typography.Paragraph strong data-testid="matter-budget-text">
          {t('matters.budgetLine', matter.budget)}
        </Typography.Paragraph>
      )}

      {matter.revokesResolution && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          data-testid="matter-revokes-info"
          title={t('matters.revokesInfo', { number: matter.revokesResolution.numberText })}
          description={
            <Space wrap>
              <span>{matter.revokesResolution.title}</span>
              <ValidityTag validity={matter.revokesResolution.validity} />
              <Link to={`${base}/resolutions/${matter.revokesResolution.id}/print`} target="_blank">
                {t('matters.resolution.open')}
              </Link>
            </Space>
          }
        />
      )}

      {data.resolution && <ValidityAlert validity={data.resolution.validity} />}
      {withdrawn && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          data-testid="matter-withdrawn"
          title={t('matters.withdrawn.hint')}
        />
      )}

      <Card
        className="block-gap matter-procedure"
        title={t('matters.procedure')}
        size={isPhone ? 'small' : undefined}
      >
        <Steps
          data-testid="matter-steps"
          orientation={isPhone ? 'vertical' : 'horizontal'}
          titlePlacement={isPhone ? undefined : 'vertical'}
          size={isPhone ? 'small' : 'default'}
          current={currentIndex === -1 ? steps.length : currentIndex}
          items={stepItems}
        />
      </Card>

      <div className="matter-grid">
        <div className="matter-main">
          {!withdrawn && (
            <NextStepCard
              data={data}
              villageId={villageId}
              onRecorded={() => {
                reload();
                resolution.reload();
              }}
            />
          )}
          <Card className="block-gap" title={t('matters.record')} data-testid="matter-record">
            {steps.some((s) => s.done) ? (
              <Timeline
                items={steps
                  .filter((s) => s.done)
                  .map((s) => ({
                    color: 'green',
                    icon: <CheckCircleOutlined />,
                    content: (
                      <StepRecord
                        step={s}
                        villageId={villageId}
                        resolution={
                          s.done?.motion && s.done.motion.id === data.resolution?.motionId
                            ? (resolution.data?.resolution ?? null)
                            : null
                        }
                      />
                    ),
                  }))}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matters.record.none')} />
            )}
          </Card>
        </div>

        <div className="matter-side">
          {data.decidingMeetings && (
            <Card
              size="small"
              className="block-gap"
              title={
                <span>
                  <TeamOutlined /> {t('matters.deciding')}
                </span>
              }
              data-testid="matter-deciding"
            >
              <Typography.Paragraph className="no-margin">
                {t('matters.deciding.today', { date: t.date(data.decidingMeetings.on) })}
              </Typography.Paragraph>
              <Space wrap className="block-gap-small">
                {data.decidingMeetings.kinds.map((k) => (
                  <Tag
                    key={k.kind}
                    color="red"
                    className="deciding-body"
                    data-testid="matter-deciding-body"
                    data-kind={k.kind}
                  >
                    {t.pick(k.name)}
                  </Tag>
                ))}
              </Space>
              <Typography.Paragraph type="secondary" className="no-margin">
                {decidingWhy(t, data)}
                {data.decidingMeetings.authorisedBy.length > 0 && t('matters.deciding.authorised')}
              </Typography.Paragraph>
              <div className="block-gap-top-small">
                <RuleTag rule={data.decidingMeetings.rule} />
                <Typography.Text type="secondary" className="rule-where">
                  {t.pick(data.decidingMeetings.rule.source)}
                  {data.decidingMeetings.rule.article}
                </Typography.Text>
              </div>
            </Card>
          )}

          {data.resolution && (
            <Card
              size="small"
              className="block-gap"
              title={
                <span>
                  <FileTextOutlined /> {t('matters.resolution.title.one')}
                </span>
              }
              data-testid="matter-resolution"
            >
              <Typography.Paragraph strong className="resolution-number">
                {data.resolution.numberText}
              </Typography.Paragraph>
              <Typography.Paragraph>{data.resolution.title}</Typography.Paragraph>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('matters.resolution.adoptedOn')}>
                  {t.date(data.resolution.adoptedOn)}
                </Descriptions.Item>
                <Descriptions.Item label={t('matters.resolution.meeting')}>
                  {t.pick(data.resolution.meeting.kindName)}
                </Descriptions.Item>
                <Descriptions.Item label={t('matters.resolution.validity')}>
                  <ValidityTag validity={data.resolution.validity} />
                </Descriptions.Item>
              </Descriptions>
              {resolution.data && <DecisionLine decision={resolution.data.resolution} />}
              <Link
                to={`${base}/resolutions/${data.resolution.id}/print`}
                target="_blank"
                data-testid="resolution-print-link"
              >
                <PrinterOutlined /> {t('matters.resolution.print')}
              </Link>
            </Card>
          )}

          <Card
            size="small"
            className="block-gap"
            title={t('notices.title')}
            data-testid="matter-notices"
          >
            {data.notices.length === 0 ? (
              <Typography.Text type="secondary">{t('notices.none')}</Typography.Text>
            ) : (
              <ul className="plain-list">
                {data.notices.map((n) => (
                  <li key={n.id} data-testid="matter-notice">
                    <Link to={`${base}/notices/${n.id}`}>{n.title}</Link>
                    <div className="muted-line">
                      {t.pick(n.kindName)} · {periodText(t, n.publishedOn, n.periodEndsOn)}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}

/** Why these bodies may decide: the tier of the matter, or the special rule that governs it. */
function decidingWhy(t: Translator, data: MatterDetail): string {
  const deciding = data.decidingMeetings;
  const rule = deciding?.rule.ruleId;
  if (rule === 'VCOL-23-REVOKE' && deciding?.kinds.length === 1)
    return t('matters.deciding.why.revokeReps');
  if (rule === 'VCOL-27-RULES') return t('matters.deciding.why.charter');
  if (rule === 'VCOL-22-SPECIAL') return t('matters.deciding.why.special');
  if (rule === 'NJJ-64-PROXY') return t('matters.deciding.why.collectiveProxy');
  return t(`matters.deciding.why.${data.matter.tier}`);
}

/** "赞成 15 票，须获到会人员 20 人的过半数赞成（11 票）：通过 — VCOL-26-QUORUM". */
function DecisionLine({ decision }: { decision: ResolutionDetailResponse['resolution'] }) {
  const t = useT();
  const text = decisionText(t, decision.decision);
  return (
    <Typography.Paragraph className="decision-line" data-testid="resolution-decision">
      {text ?? t('matters.motion.passed')} — <RuleTag rule={decision.rule} />
    </Typography.Paragraph>
  );
}

function MotionLine({ motion }: { motion: MotionView }) {
  const t = useT();
  const counted = motion.yes !== null;
  return (
    <div className="motion-line" data-testid="step-motion" data-passed={String(motion.passed)}>
      <span>{t('matters.motion.item', { number: motion.number, title: motion.title })}</span>
      {counted && (
        <span>
          {t('matters.motion.tally', {
            yes: motion.yes ?? 0,
            no: motion.no ?? 0,
            abstain: motion.abstain ?? 0,
          })}
        </span>
      )}
      {motion.passed !== null && (
        <Tag color={motion.passed ? 'green' : 'red'}>
          {motion.passed ? t('matters.motion.passed') : t('matters.motion.failed')}
        </Tag>
      )}
    </div>
  );
}

/** The motion of a step and the rule that decided it, read from the meeting's record. */
function MotionRecord({
  motion,
  villageId,
  resolution,
}: {
  motion: MotionView;
  villageId: string;
  resolution: ResolutionDetailResponse['resolution'] | null;
}) {
  const t = useT();
  const meetingId = motion.meeting?.id ?? null;
  const facts = useApi<MeetingFacts>(
    meetingId ? `/api/villages/${villageId}/meetings/${meetingId}` : null,
  );
  const result = facts.data?.motions?.find((m) => m.id === motion.id)?.result ?? null;
  const text = result?.text ?? (resolution ? decisionText(t, resolution.decision) : null);
  const rule = result?.ruleId ?? resolution?.rule ?? null;
  return (
    <>
      <MotionLine motion={motion} />
      {text && (
        <Typography.Paragraph className="decision-line" data-testid="decision-text">
          {text}
          {rule && (
            <>
              {' — '}
              <RuleTag rule={rule} />
            </>
          )}
        </Typography.Paragraph>
      )}
    </>
  );
}

function StepRecord({
  step,
  villageId,
  resolution,
}: {
  step: StepView;
  villageId: string;
  resolution: ResolutionDetailResponse['resolution'] | null;
}) {
  const t = useT();
  const done = step.done;
  if (!done) return null;
  const base = `/v/${villageId}`;
  return (
    <div className="step-record" data-testid="step-record" data-step-kind={step.kind}>
      <div className="step-record-head">
        <strong>{t.pick(step.name)}</strong>
        <span className="muted-line">{t.date(done.on)}</span>
        {done.merged && <Tag color="gold">{t('matters.step.merged')}</Tag>}
      </div>
      {done.meeting && (
        <div>
          {t('matters.step.at')}
          <Link to={`${base}/meetings/${done.meeting.id}`} data-testid="step-meeting-link">
            {done.meeting.title}
          </Link>
          <span className="muted-line">
            {t('matters.step.meetingMeta', {
              kind: t.pick(done.meeting.kindName),
              date: t.date(done.meeting.meetingOn),
            })}
          </span>
        </div>
      )}
      {done.motion && (
        <MotionRecord motion={done.motion} villageId={villageId} resolution={resolution} />
      )}
      {done.notice && (
        <div data-testid="step-notice">
          {t('matters.step.notice')}
          <Link to={`${base}/notices/${done.notice.id}`}>{done.notice.title}</Link>
          <span className="muted-line">
            {' '}
            {t('notices.period', {
              period: periodText(t, done.notice.publishedOn, done.notice.periodEndsOn),
            })}
          </span>{' '}
          <Link to={`${base}/notices/${done.notice.id}/print`} target="_blank">
            <PrinterOutlined /> {t('notices.print')}
          </Link>
        </div>
      )}
      {done.note && <div className="step-note">{done.note}</div>}
      <div className="muted-line">
        {t('matters.step.recordedBy', { name: done.recordedBy })}
        {done.recordedOn > done.on && (
          <Tag className="step-late" data-testid="step-recorded-late">
            {t('matters.step.recordedLate', { date: t.date(done.recordedOn) })}
          </Tag>
        )}
      </div>
    </div>
  );
}

function NextStepCard({
  data,
  villageId,
  onRecorded,
}: {
  data: MatterDetail;
  villageId: string;
  onRecorded: () => void;
}) {
  const t = useT();
  const next = data.nextStep;
  const base = `/v/${villageId}`;
  if (!next)
    return (
      <Card className="block-gap" data-testid="matter-next" data-step-kind="">
        <Alert type="success" showIcon title={t('matters.next.allDone')} />
      </Card>
    );
  const manual = MANUAL_STEPS.includes(next.kind);
  const atMeeting = next.at.kind === 'meeting' || next.at.kind === 'decidingBody';
  const canRecord = data.abilities.manageMatters;
  return (
    <Card
      className="block-gap matter-next"
      title={t('matters.next.title', { step: t.pick(next.name) })}
      data-testid="matter-next"
      data-step-kind={next.kind}
    >
      {atMeeting && !manual ? (
        <Flex vertical gap={8} data-testid="matter-next-meeting">
          <Alert
            type="info"
            showIcon
            title={t('matters.next.inMeeting')}
            description={t('matters.next.inMeeting.hint', {
              meeting:
                next.at.kind === 'decidingBody' && data.decidingMeetings
                  ? data.decidingMeetings.kinds.map((k) => t.pick(k.name)).join(t('matters.or'))
                  : t.pick(next.at.name),
            })}
          />
          <div>
            <Link to={`${base}/meetings`} data-testid="matter-to-meetings">
              <Button type="primary" icon={<TeamOutlined />}>
                {t('matters.next.toMeetings')}
              </Button>
            </Link>
          </div>
        </Flex>
      ) : canRecord ? (
        <Suspense fallback={null}>
          {/* a fresh form per step: the next notice must not inherit the last one's text */}
          <StepForm
            key={next.kind}
            villageId={villageId}
            detail={data}
            step={next}
            onRecorded={onRecorded}
          />
        </Suspense>
      ) : (
        <Typography.Text type="secondary">{t('matters.next.waiting')}</Typography.Text>
      )}
    </Card>
  );
}
