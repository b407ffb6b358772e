import { Alert, Card, Checkbox, Flex, Form, Input, InputNumber, Tag, Typography } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { DateInput } from '../../../components/DateInput.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { Fact, ActDate, StepRefusal, Submit } from '../parts.tsx';
import type { RecallDetail, RecallReplyInput, RecallResultInput } from './api.ts';
import type { RecallCardProps } from './RecallPage.tsx';
import { sendStep, useLaw } from './parts.tsx';

/** 申辩: the member's reply as given, or declined; the vote waits until they had the chance. */
export function ReplyCard({ data, path, onDone }: RecallCardProps) {
  const t = useT();
  const reply = data.reply;
  return (
    <Card className="block-gap" title={t('recall.reply')} data-testid="recall-reply">
      <Typography.Paragraph type="secondary">{t('recall.reply.law')}</Typography.Paragraph>
      {reply ? (
        reply.declined ? (
          <Typography.Paragraph data-testid="recall-reply-shown">
            {t('recall.reply.declinedShown', { date: t.date(reply.on) })}
          </Typography.Paragraph>
        ) : (
          <div data-testid="recall-reply-shown">
            <Typography.Text type="secondary">
              {t('recall.reply.given', { date: t.date(reply.on) })}
            </Typography.Text>
            <Typography.Paragraph className="recall-text">{reply.text}</Typography.Paragraph>
          </div>
        )
      ) : (
        // the organisers record it; the member facing recall may record their own
        data.mine.organiser && data.stage !== 'voted' && <ReplyForm path={path} onDone={onDone} />
      )}
    </Card>
  );
}

interface ReplyValues {
  text?: string;
  declined?: boolean;
  on?: string | null;
}

function ReplyForm({ path, onDone }: { path: string; onDone: (d: RecallDetail) => void }) {
  const t = useT();
  const [form] = Form.useForm<ReplyValues>();
  const declined = Form.useWatch('declined', form) ?? false;
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const input: RecallReplyInput = {
      text: v.declined ? '' : (v.text ?? ''),
      declined: v.declined ?? false,
      on: v.on ?? undefined,
    };
    onDone(await sendStep<RecallDetail>(path, 'reply', input));
  });
  return (
    <div data-testid="recall-reply-form">
      <StepRefusal error={error} unmatched={unmatched} testId="recall-reply-refused" />
      <Form form={form} layout="vertical">
        <Form.Item
          name="text"
          label={t('recall.reply.text')}
          rules={[{ required: !declined, message: t('recall.reply.required') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={5000}
            disabled={declined}
            data-testid="recall-reply-text"
          />
        </Form.Item>
        <Form.Item name="declined" valuePropName="checked">
          <Checkbox data-testid="recall-reply-declined">{t('recall.reply.declined')}</Checkbox>
        </Form.Item>
        <ActDate name="on" label={t('recall.on')} testId="recall-reply-on" />
        <Submit busy={busy} onSubmit={submit} testId="recall-reply-submit">
          {t('recall.reply.record')}
        </Submit>
      </Form>
    </div>
  );
}

/**
 * 罢免投票: the day within the village's 30 days (then the town's 60), and the result from the
 * tally: recalled only with more than half of the registered voting and more than half of those
 * voting saying yes, the law shown in words; a recall that passes ends the seat that day.
 */
export function VoteCard({ data, path, onDone, runs }: RecallCardProps) {
  const t = useT();
  const law = useLaw();
  const dl = data.deadlines;
  return (
    <Card className="block-gap" title={t('recall.vote')} data-testid="recall-vote">
      {dl && (
        <Typography.Paragraph data-testid="recall-deadlines">
          {t('recall.deadlines', { voteBy: t.date(dl.voteBy), townshipBy: t.date(dl.townshipBy) })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">
        {t('recall.result.law', { law: law('VCOL-16-RECALL-VOTE', data.voteOn ?? undefined) })}
      </Typography.Paragraph>
      {data.voteOn && (
        <dl className="election-facts">
          <Fact label={t('recall.voteOn')}>
            <span data-testid="recall-vote-on">{t.date(data.voteOn)}</span>
            {data.vote && (
              <Tag>
                {t(
                  data.vote.organiser === 'township'
                    ? 'recall.schedule.byTown'
                    : 'recall.schedule.byVillage',
                )}
              </Tag>
            )}
          </Fact>
        </dl>
      )}
      {data.vote ? (
        <VoteResult data={data} />
      ) : (
        runs && (
          <>
            <ScheduleForm path={path} onDone={onDone} current={data.voteOn} />
            {data.voteOn && data.stage === 'replied' && <ResultForm path={path} onDone={onDone} />}
          </>
        )
      )}
    </Card>
  );
}

function VoteResult({ data }: { data: RecallDetail }) {
  const t = useT();
  const v = data.vote!;
  const turnout = v.voted >= v.turnoutRequired;
  const approval = v.yes >= v.yesRequired;
  const line = (met: boolean, text: string, testId: string) => (
    <Flex gap={8} align="baseline" wrap data-testid={testId} data-met={met}>
      <Tag color={met ? 'green' : 'red'}>{t(met ? 'recall.met' : 'recall.notMet')}</Tag>
      <span>{text}</span>
    </Flex>
  );
  return (
    <div data-testid="recall-result">
      {line(
        turnout,
        t('recall.result.turnout', {
          voted: v.voted,
          registered: v.registered,
          required: v.turnoutRequired,
        }),
        'recall-result-turnout',
      )}
      {line(
        approval,
        t('recall.result.approval', { yes: v.yes, voted: v.voted, required: v.yesRequired }),
        'recall-result-approval',
      )}
      <Alert
        className="block-gap"
        showIcon
        type={data.recalled ? 'warning' : 'info'}
        data-testid="recall-result-outcome"
        title={
          data.recalled
            ? t('recall.result.passed', {
                name: data.member.name,
                role: t.pick(data.member.role),
                date: t.date(data.voteOn),
              })
            : t('recall.result.failed', { name: data.member.name })
        }
      />
    </div>
  );
}

function ScheduleForm({
  path,
  onDone,
  current,
}: {
  path: string;
  onDone: (d: RecallDetail) => void;
  current: string | null;
}) {
  const t = useT();
  const [form] = Form.useForm<{ voteOn: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) =>
    onDone(await sendStep<RecallDetail>(path, 'schedule', { voteOn: v.voteOn })),
  );
  return (
    <div className="recall-act" data-testid="recall-schedule">
      <StepRefusal error={error} unmatched={unmatched} testId="recall-schedule-refused" />
      <Form form={form} layout="inline" initialValues={{ voteOn: current ?? undefined }}>
        <Form.Item name="voteOn" label={t('recall.schedule')} rules={[{ required: true }]}>
          <DateInput testId="recall-schedule-on" />
        </Form.Item>
        <Form.Item>
          <Submit busy={busy} onSubmit={submit} testId="recall-schedule-submit">
            {t('recall.schedule.submit')}
          </Submit>
        </Form.Item>
      </Form>
    </div>
  );
}

interface ResultValues {
  registered: number;
  voted: number;
  yes: number;
  on?: string | null;
}

function ResultForm({ path, onDone }: { path: string; onDone: (d: RecallDetail) => void }) {
  const t = useT();
  const [form] = Form.useForm<ResultValues>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const input: RecallResultInput = {
      registered: v.registered,
      voted: v.voted,
      yes: v.yes,
      on: v.on ?? undefined,
    };
    onDone(await sendStep<RecallDetail>(path, 'result', input));
  });
  const number = (name: keyof ResultValues, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={1000000} precision={0} data-testid={`recall-result-${name}`} />
    </Form.Item>
  );
  return (
    <div className="recall-act" data-testid="recall-result-form">
      <Typography.Title level={5}>{t('recall.result')}</Typography.Title>
      <StepRefusal error={error} unmatched={unmatched} testId="recall-result-refused" />
      <Form form={form} layout="vertical">
        <Flex gap={16} wrap>
          {number('registered', t('recall.result.registered'))}
          {number('voted', t('recall.result.voted'))}
          {number('yes', t('recall.result.yes'))}
        </Flex>
        <ActDate name="on" label={t('recall.voteOn')} testId="recall-result-on" />
        <Submit busy={busy} onSubmit={submit} testId="recall-result-submit">
          {t('recall.result.submit')}
        </Submit>
      </Form>
    </div>
  );
}
