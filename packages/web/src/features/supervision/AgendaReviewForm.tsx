import { Alert, Form, Input, Radio, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import type { MotionView, Proposal } from './api.ts';
import { useCommittee } from './parts.tsx';
import { MotionList } from './MotionCard.tsx';
import { SittingForm } from './SittingForm.tsx';

interface ReviewValues {
  outcome: 'approved' | 'returned';
  note: string;
}

/**
 * 审核议程 by the committee's vote (seed 002: 议程交监督委员会审定): approve or return
 * (with the reason), then the sitting — at a sitting with the members' votes, or remotely on
 * their phones. The meeting's review changes only when the motion carries.
 */
export function AgendaReviewForm({
  villageId,
  meetingId,
  onDecided,
}: {
  villageId: string;
  meetingId: string;
  /** A motion on the agenda was decided: the meeting's review may have changed. */
  onDecided: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReviewValues>();
  const outcome = Form.useWatch('outcome', form) ?? 'approved';
  const { overview, error, reload } = useCommittee(villageId);
  if (error && !overview) return <ErrorAlert error={error} />;
  if (!overview) return <PageLoading />;
  const motions = overview.motions.filter(
    (m) => m.proposal.kind === 'agendaReview' && m.proposal.meetingId === meetingId,
  );
  const pending = motions.some((m) => m.status === 'open');

  const proposal = async (): Promise<Proposal | null> => {
    try {
      const v = await form.validateFields();
      return { kind: 'agendaReview', meetingId, outcome: v.outcome, note: (v.note ?? '').trim() };
    } catch {
      return null;
    }
  };
  const changed = (motion: MotionView) => {
    reload();
    if (motion.status !== 'open') onDecided();
  };

  return (
    <div className="review-form" data-testid="agenda-review-form">
      <MotionList
        villageId={villageId}
        motions={motions.filter((m) => m.status === 'open')}
        onChange={changed}
      />
      {pending ? (
        <Alert type="info" showIcon title={t('supervision.agenda.pending')} />
      ) : (
        <>
          <Form<ReviewValues>
            form={form}
            layout="vertical"
            initialValues={{ outcome: 'approved', note: '' }}
          >
            <Form.Item name="outcome" label={t('supervision.agenda.outcome')}>
              <Radio.Group data-testid="agenda-outcome">
                <Radio.Button value="approved">
                  <span data-testid="agenda-outcome-approved">
                    {t('supervision.agenda.approve')}
                  </span>
                </Radio.Button>
                <Radio.Button value="returned">
                  <span data-testid="agenda-outcome-returned">
                    {t('supervision.agenda.return')}
                  </span>
                </Radio.Button>
              </Radio.Group>
            </Form.Item>
            <Form.Item
              name="note"
              dependencies={['outcome']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) =>
                    getFieldValue('outcome') === 'approved' || (value ?? '').trim()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('supervision.agenda.noteRequired'))),
                }),
              ]}
            >
              <Input.TextArea
                rows={2}
                maxLength={2000}
                placeholder={t('meetings.review.note')}
                data-testid="agenda-review-note"
              />
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" className="small-print">
            {t('supervision.hint')}
          </Typography.Paragraph>
          <SittingForm
            villageId={villageId}
            members={overview.members}
            today={overview.on}
            proposal={proposal}
            outer={form}
            onTabled={changed}
            danger={outcome === 'returned'}
            submitLabel={t(
              outcome === 'approved'
                ? 'supervision.agenda.submit.approve'
                : 'supervision.agenda.submit.return',
            )}
            submitTestId={outcome === 'approved' ? 'agenda-approve' : 'agenda-return'}
          />
        </>
      )}
    </div>
  );
}
