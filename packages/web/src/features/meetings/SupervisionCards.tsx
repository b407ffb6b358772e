import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Radio, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { MeetingDetail, VerdictView } from './api.ts';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { RefusalAlert, ReviewTag } from './parts.tsx';
import { useRun } from './useRun.ts';
import { useVillage } from '../../app/villageContext.ts';
import { AgendaReviewForm } from '../supervision/AgendaReviewForm.tsx';

interface SupervisionCardProps {
  detail: MeetingDetail;
  path: string;
  canRun: boolean;
  canSupervise: boolean;
  onChange: () => void;
}

/**
 * 议程: the agenda and the supervision committee's review of it. Before a meeting the committee
 * chair's agenda goes to the supervision committee (seed 002: 议程交监督委员会审定).
 */
export function AgendaCard({ detail, path, canRun, canSupervise, onChange }: SupervisionCardProps) {
  const t = useT();
  const { meeting } = detail;
  const review = meeting.agendaReview;
  const { villageId } = useVillage();
  const [draft, setDraft] = useState<string | null>(null);
  const { busy, error, run } = useRun();
  const canReview = canSupervise && meeting.status === 'planned';
  const canEdit = canRun && meeting.status === 'planned';

  const saveAgenda = () =>
    void run('agenda', async () => {
      await api(`${path}/agenda`, { method: 'PUT', body: { agenda: (draft ?? '').trim() } });
      setDraft(null);
      onChange();
    });

  return (
    <Card
      title={t('meetings.agenda')}
      extra={<ReviewTag status={review.outcome} />}
      className="block-gap"
      data-testid="agenda-card"
    >
      {draft === null ? (
        <Typography.Paragraph className="pre-wrap" data-testid="agenda-text">
          {meeting.agenda || t('meetings.agenda.empty')}
        </Typography.Paragraph>
      ) : (
        <div className="block-gap" data-testid="agenda-editor">
          <Input.TextArea
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoSize={{ minRows: 4, maxRows: 16 }}
            maxLength={5000}
            data-testid="agenda-input"
          />
          <Typography.Paragraph type="secondary" className="small-print">
            {t('meetings.agenda.edit.hint')}
          </Typography.Paragraph>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => setDraft(null)}>{t('app.cancel')}</Button>
            <Button
              type="primary"
              loading={busy === 'agenda'}
              onClick={saveAgenda}
              data-testid="agenda-save"
            >
              {t('app.save')}
            </Button>
          </Flex>
        </div>
      )}
      {canEdit && draft === null && (
        <Flex justify="flex-end" className="block-gap">
          <Button onClick={() => setDraft(meeting.agenda)} data-testid="agenda-edit">
            {t('meetings.agenda.edit')}
          </Button>
        </Flex>
      )}
      {review.outcome !== 'pending' && (
        <Alert
          type={review.outcome === 'approved' ? 'success' : 'warning'}
          showIcon
          className="block-gap"
          data-testid="agenda-review"
          data-outcome={review.outcome}
          title={t(
            review.outcome === 'approved'
              ? 'meetings.review.approved.by'
              : 'meetings.review.returned.by',
            {
              name: review.reviewerName ?? '—',
              date: t.date(review.reviewedOn),
            },
          )}
          description={review.note || undefined}
        />
      )}
      {review.outcome === 'pending' && (
        <Typography.Paragraph type="secondary">{t('meetings.review.hint')}</Typography.Paragraph>
      )}
      <RefusalAlert error={error} testId="agenda-review-error" />
      {canReview && (
        <AgendaReviewForm villageId={villageId} meetingId={meeting.id} onDecided={onChange} />
      )}
    </Card>
  );
}

const CHECKS: { key: 'attendanceValid' | 'procedureValid' | 'countValid'; label: MessageKey }[] = [
  { key: 'attendanceValid', label: 'meetings.verdict.attendance' },
  { key: 'procedureValid', label: 'meetings.verdict.procedure' },
  { key: 'countValid', label: 'meetings.verdict.count' },
];

function VerdictSummary({ verdict }: { verdict: VerdictView }) {
  const t = useT();
  const valid = verdict.attendanceValid && verdict.procedureValid && verdict.countValid;
  return (
    <div data-testid="verdict" data-valid={valid ? 'true' : 'false'}>
      <Alert
        type={valid ? 'success' : 'error'}
        showIcon
        className="block-gap"
        title={valid ? t('meetings.verdict.valid') : t('meetings.verdict.invalid')}
        description={
          verdict.byName
            ? t('meetings.verdict.by', { name: verdict.byName, date: t.date(verdict.on) })
            : undefined
        }
      />
      <Descriptions
        column={1}
        size="small"
        items={[
          ...CHECKS.map(({ key, label }) => ({
            key,
            label: t(label),
            children: verdict[key] ? (
              <span className="verdict-yes" data-testid={`verdict-${key}`} data-value="true">
                <CheckCircleFilled /> {t('meetings.verdict.yes')}
              </span>
            ) : (
              <span className="verdict-no" data-testid={`verdict-${key}`} data-value="false">
                <CloseCircleFilled /> {t('meetings.verdict.no')}
              </span>
            ),
          })),
          ...(verdict.note
            ? [{ key: 'note', label: t('meetings.verdict.note'), children: verdict.note }]
            : []),
        ]}
      />
    </div>
  );
}

interface VerdictValues {
  attendanceValid: boolean;
  procedureValid: boolean;
  countValid: boolean;
  note: string;
}

/**
 * 监督意见: supervision members attend without a vote and record whether attendance,
 * procedure and count were valid (seed 002).
 */
export function VerdictCard({ detail, path, canSupervise, onChange }: SupervisionCardProps) {
  const t = useT();
  const [form] = Form.useForm<VerdictValues>();
  const { busy, error, run } = useRun();
  const { meeting } = detail;
  const verdict = meeting.verdict;
  const canRecord = canSupervise && (meeting.status === 'open' || meeting.status === 'closed');
  if (!verdict && !canRecord && meeting.status !== 'closed') return null;

  const submit = async () => {
    let values: VerdictValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    await run('verdict', async () => {
      await api(`${path}/verdict`, {
        method: 'POST',
        body: { ...values, note: (values.note ?? '').trim() },
      });
      onChange();
    });
  };

  return (
    <Card title={t('meetings.verdict')} className="block-gap" data-testid="verdict-card">
      <Typography.Paragraph type="secondary">{t('meetings.verdict.hint')}</Typography.Paragraph>
      {verdict ? (
        <VerdictSummary verdict={verdict} />
      ) : (
        !canRecord && (
          <Typography.Text type="secondary">{t('meetings.verdict.none')}</Typography.Text>
        )
      )}
      <RefusalAlert error={error} testId="verdict-error" />
      {canRecord && (
        <Form<VerdictValues>
          form={form}
          layout="vertical"
          className="block-gap-top"
          data-testid="verdict-form"
          initialValues={{
            attendanceValid: verdict?.attendanceValid ?? true,
            procedureValid: verdict?.procedureValid ?? true,
            countValid: verdict?.countValid ?? true,
            note: verdict?.note ?? '',
          }}
        >
          {CHECKS.map(({ key, label }) => (
            <Form.Item key={key} name={key} label={t(label)}>
              <Radio.Group data-testid={`verdict-${key}-input`}>
                <Radio.Button value={true}>
                  <span data-testid={`verdict-${key}-yes`}>{t('meetings.verdict.yes')}</span>
                </Radio.Button>
                <Radio.Button value={false}>
                  <span data-testid={`verdict-${key}-no`}>{t('meetings.verdict.no')}</span>
                </Radio.Button>
              </Radio.Group>
            </Form.Item>
          ))}
          <Form.Item
            name="note"
            label={t('meetings.verdict.note')}
            dependencies={CHECKS.map((c) => c.key)}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  CHECKS.every((c) => getFieldValue(c.key) === true) || (value ?? '').trim()
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('meetings.verdict.noteRequired'))),
              }),
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="verdict-note" />
          </Form.Item>
          <Flex justify="flex-end">
            <Button
              type="primary"
              loading={busy === 'verdict'}
              onClick={() => void submit()}
              data-testid="verdict-submit"
            >
              {t('meetings.verdict.submit')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
