import { Alert, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { addDays, periodEnd } from '@cunzhi/core/rules/dayCount';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { parseCalendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { MatterDetail, StepDefView, StepInput } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { useVillage } from '../../app/villageContext.ts';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { RefusalAlert, periodText } from './parts.tsx';

interface Props {
  villageId: string;
  detail: MatterDetail;
  step: StepDefView;
  onRecorded: () => void;
}

interface Values {
  on: string | null;
  note?: string;
  meetingId?: string;
  notice?: { title: string; body: string; periodDays: number };
}

/** A minimal view of the meetings list, for picking the council consultation. */
interface MeetingOption {
  id: string;
  kind: string;
  title: string;
  meetingOn: string;
  status: string;
}

/** The village's rule parameters as /rules gives them (for the topic's week, SEED002-ONE-PLUS-THREE). */
interface RulesView {
  rules: { ruleId: string; params: { name: string; value: unknown }[] }[];
}

/** Days a notice stays up by default: the 15 a posting lasts at least from 2026 (2025 text Art. 35). */
const DEFAULT_DAYS = 15;

/**
 * Records the next step of a matter that is not a vote: the Party
 * organisation's proposal, the council's consultation, or a public notice
 * (title, body and publicity period, previewed as it will be printed).
 */
export default function StepForm({ villageId, detail, step, onRecorded }: Props) {
  const t = useT();
  const { data: village } = useVillage();
  const [form] = Form.useForm<Values>();
  const isNotice = step.at.kind === 'notice';
  const needsMeeting = step.kind === 'councilConsultation';
  const meetings = useApi<{ items: MeetingOption[] }>(
    needsMeeting ? `/api/villages/${villageId}/meetings` : null,
  );
  // "1+3": the council may consult only once the topic has been up for the village's days
  const rules = useApi<RulesView>(needsMeeting ? `/api/villages/${villageId}/rules` : null);
  const topicOn = detail.steps.find((s) => s.kind === 'topicPublished')?.done?.on ?? null;
  const topicDays = rules.data?.rules
    .find((r) => r.ruleId === 'SEED002-ONE-PLUS-THREE')
    ?.params.find((p) => p.name === 'topicNoticeDays')?.value;
  const earliest =
    needsMeeting && topicOn && typeof topicDays === 'number'
      ? addDays(topicOn as CalendarDate, topicDays)
      : null;
  const meetingId = Form.useWatch('meetingId', form);
  const on = Form.useWatch('on', form);
  const notice = Form.useWatch('notice', form);
  const title = notice?.title;
  const body = notice?.body;
  const days = notice?.periodDays;
  const { matter } = detail;

  const start = on ? parseCalendarDate(on) : null;
  const ends =
    start && typeof days === 'number' && days > 0 ? periodEnd(start, days, CHINA_HOLIDAYS) : null;

  const templateBody = isNotice
    ? t(`notices.template.${step.kind}.body` as 'notices.template.topicPublished.body', {
        title: matter.title,
        description: matter.description || matter.title,
        resolution: detail.resolution?.numberText ?? '',
        committee: t(
          village.village.kind === 'community'
            ? 'notices.print.issuer.community'
            : 'notices.print.issuer.village',
        ),
      })
    : '';
  // the amount the villagers are asked about, in capitals as formal notices write it;
  // what was actually spent is for the clerk to state in the implementation result
  const budgetLine =
    matter.budget && step.kind !== 'implementationPublished'
      ? t('matters.budgetLine', matter.budget)
      : '';
  const initialNotice = isNotice
    ? {
        title: t(`notices.template.${step.kind}.title` as 'notices.template.topicPublished.title', {
          title: matter.title,
        }),
        body: budgetLine
          ? `${templateBody}${templateBody.endsWith('\n') ? '' : '\n'}${budgetLine}\n`
          : templateBody,
        periodDays: DEFAULT_DAYS,
      }
    : undefined;

  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: StepInput = { kind: step.kind, on: values.on ?? '' };
    if (values.note?.trim()) input.note = values.note.trim();
    if (needsMeeting && values.meetingId) input.meetingId = values.meetingId;
    if (isNotice && values.notice)
      input.notice = {
        title: values.notice.title.trim(),
        body: values.notice.body.trim(),
        periodDays: values.notice.periodDays,
      };
    await api(`/api/villages/${villageId}/matters/${matter.id}/steps`, {
      method: 'POST',
      body: input,
    });
    form.resetFields();
    onRecorded();
  });

  const councilMeetings = (meetings.data?.items ?? []).filter(
    (m) => m.kind === 'villagersDeliberationCouncil' && m.status !== 'cancelled',
  );
  const tooSoon = (m: MeetingOption) => earliest !== null && m.meetingOn < earliest;
  const tooSoonMark = t('matters.step.meeting.tooSoon', { days: Number(topicDays) });
  const chosen = councilMeetings.find((m) => m.id === meetingId);

  return (
    <div data-testid="step-form" data-step-kind={step.kind}>
      <Typography.Paragraph type="secondary">
        {t(`matters.next.hint.${step.at.kind}`)}
      </Typography.Paragraph>
      <RefusalAlert error={error} />
      {earliest && topicOn && (
        <Alert
          type={chosen && tooSoon(chosen) ? 'warning' : 'info'}
          showIcon
          className="block-gap"
          data-testid="consultation-earliest"
          data-earliest={earliest}
          title={t('matters.step.consultation.earliest', {
            published: t.date(topicOn),
            days: Number(topicDays),
            earliest: t.date(earliest),
          })}
          description={
            chosen && tooSoon(chosen) ? t('matters.step.consultation.tooSoon') : undefined
          }
        />
      )}
      {unmatched.length > 0 && (
        <Typography.Paragraph type="danger">
          {unmatched.map((f) => f.message).join(t('matters.listSep'))}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: todayIso(), notice: initialNotice }}
        onFinish={() => void submit()}
      >
        <Form.Item
          name="on"
          label={isNotice ? t('notices.publishedOn') : t('matters.step.on')}
          rules={[{ required: true, message: t('matters.form.dateRequired') }]}
        >
          <DateInput notAfterToday testId="step-on" />
        </Form.Item>

        {needsMeeting && (
          <Form.Item
            name="meetingId"
            label={t('matters.step.meeting')}
            rules={[{ required: true, message: t('matters.form.meetingRequired') }]}
            extra={t('matters.step.meeting.hint')}
          >
            <Select
              loading={meetings.loading}
              placeholder={t('matters.step.meeting.placeholder')}
              notFoundContent={t('matters.step.meeting.none')}
              options={councilMeetings.map((m) => ({
                value: m.id,
                label: `${t.date(m.meetingOn)} ${m.title}${tooSoon(m) ? tooSoonMark : ''}`,
              }))}
              data-testid="step-meeting"
            />
          </Form.Item>
        )}

        {isNotice && (
          <>
            <Form.Item
              name={['notice', 'title']}
              label={t('notices.titleField')}
              rules={[
                { required: true, whitespace: true, message: t('notices.form.titleRequired') },
                { max: 200, message: t('matters.form.tooLong', { max: 200 }) },
              ]}
            >
              <Input maxLength={200} data-testid="notice-title" />
            </Form.Item>
            <Form.Item
              name={['notice', 'body']}
              label={t('notices.body')}
              rules={[
                { required: true, whitespace: true, message: t('notices.form.bodyRequired') },
                { max: 20000, message: t('matters.form.tooLong', { max: 20000 }) },
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 5, maxRows: 16 }} data-testid="notice-body" />
            </Form.Item>
            <Form.Item
              name={['notice', 'periodDays']}
              label={t('notices.periodDays')}
              extra={t('notices.periodDays.hint')}
              rules={[{ required: true, message: t('notices.form.daysRequired') }]}
            >
              <InputNumber
                min={1}
                max={365}
                precision={0}
                suffix={t('notices.days')}
                data-testid="notice-period-days"
              />
            </Form.Item>
            <div className="notice-preview" data-testid="notice-preview">
              <div className="notice-preview-label">{t('notices.preview')}</div>
              <div className="notice-paper notice-paper-small">
                <div className="notice-paper-village">{village.village.name}</div>
                <div className="notice-paper-title">{title || '—'}</div>
                <div className="notice-paper-body">{body}</div>
                {start && (
                  <div className="notice-paper-period" data-testid="notice-preview-period">
                    {t('notices.period', { period: periodText(t, start, ends) })}
                  </div>
                )}
                <div className="notice-paper-closing">{t('notices.closing')}</div>
              </div>
            </div>
          </>
        )}

        <Form.Item
          name="note"
          label={t('matters.step.note')}
          rules={[{ max: 2000, message: t('matters.form.tooLong', { max: 2000 }) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t(`matters.step.note.placeholder.${step.kind}`)}
            data-testid="step-note"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="step-submit">
          {isNotice
            ? t('matters.step.publish')
            : t('matters.step.record', { step: t.pick(step.name) })}
        </Button>
      </Form>
    </div>
  );
}
