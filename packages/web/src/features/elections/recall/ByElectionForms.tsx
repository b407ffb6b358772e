import { Flex, Form, InputNumber, Typography } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { PersonSelect, type PickedPerson } from '../../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { ActDate, StepRefusal, Submit } from '../parts.tsx';
import type { ByElectionCandidatesInput, ByElectionCountInput, ByElectionDetail } from './api.ts';
import { sendStep } from './parts.tsx';

interface FormProps {
  data: ByElectionDetail;
  path: string;
  onDone: (answer: ByElectionDetail) => void;
}

/** The candidates, post by post, picked from the registry; the server checks 差额 and the days. */
export function CandidatesForm({ data, path, onDone }: FormProps) {
  const t = useT();
  const { villageId } = useVillage();
  const [form] = Form.useForm<{
    posts: { candidates: PickedPerson[] }[];
    on?: string | null;
  }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const input: ByElectionCandidatesInput = {
      on: v.on ?? undefined,
      // the form holds the picks only: each post's role is the by-election's, by its place
      posts: data.posts.map((p, i) => ({
        role: p.role,
        candidates: v.posts[i]!.candidates.map((c) => c.value),
      })),
    };
    onDone(await sendStep<ByElectionDetail>(path, 'candidates', input));
  });
  return (
    <div className="recall-act" data-testid="by-election-candidates-form">
      <Typography.Title level={5}>{t('recall.by.candidates.publish')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('recall.by.candidates.hint')}</Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="by-election-candidates-refused" />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ posts: data.posts.map(() => ({ candidates: [] })) }}
      >
        {data.posts.map((p, i) => (
          <Form.Item
            key={p.role}
            name={['posts', i, 'candidates']}
            label={`${t.pick(p.name)}（${t('recall.by.seats')} ${p.seats}）`}
            rules={[{ required: true }]}
          >
            <PersonSelect
              multiple
              villageId={villageId}
              testId={`by-election-candidates-${p.role}`}
            />
          </Form.Item>
        ))}
        <ActDate name="on" label={t('recall.on')} testId="by-election-candidates-on" />
        <Submit busy={busy} onSubmit={submit} testId="by-election-candidates-submit">
          {t('recall.by.candidates.publish')}
        </Submit>
      </Form>
    </div>
  );
}

interface CountValues {
  members: number;
  voted: number;
  ballotsCast: number;
  /** Each post's votes in the order of its candidates. */
  posts: { votes: { votes: number }[] }[];
  on?: string | null;
}

/** A round's tally from the paper sheet: the meeting's size, those voting, ballots, each candidate's votes. */
export function CountForm({ data, path, onDone }: FormProps) {
  const t = useT();
  const [form] = Form.useForm<CountValues>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const input: ByElectionCountInput = {
      members: v.members,
      voted: v.voted,
      ballotsCast: v.ballotsCast,
      on: v.on ?? undefined,
      posts: data.posts.map((p, i) => ({
        role: p.role,
        votes: p.candidates.map((c, j) => ({
          personId: c.personId,
          votes: v.posts[i]!.votes[j]!.votes,
        })),
      })),
    };
    onDone(await sendStep<ByElectionDetail>(path, 'count', input));
  });
  const number = (name: (string | number)[], label: string, testId: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={1000000} precision={0} data-testid={testId} />
    </Form.Item>
  );
  return (
    <div className="recall-act" data-testid="by-election-count-form">
      <Typography.Title level={5}>{t('recall.by.count')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('recall.by.count.hint')}</Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="by-election-count-refused" />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          posts: data.posts.map((p) => ({ votes: p.candidates.map(() => ({})) })),
        }}
      >
        <Flex gap={16} wrap>
          {number(['members'], t('recall.by.count.members'), 'by-election-count-members')}
          {number(['voted'], t('recall.by.count.voted'), 'by-election-count-voted')}
          {number(['ballotsCast'], t('recall.by.count.ballotsCast'), 'by-election-count-ballots')}
        </Flex>
        {data.posts.map((p, i) => (
          <div key={p.role}>
            <Typography.Text strong>{t.pick(p.name)}</Typography.Text>
            <Flex gap={16} wrap>
              {p.candidates.map((c, j) =>
                number(
                  ['posts', i, 'votes', j, 'votes'],
                  c.name,
                  `by-election-votes-${c.personId}`,
                ),
              )}
            </Flex>
          </div>
        ))}
        <ActDate name="on" label={t('recall.on')} testId="by-election-count-on" />
        <Submit busy={busy} onSubmit={submit} testId="by-election-count-submit">
          {t('recall.by.count.submit')}
        </Submit>
      </Form>
    </div>
  );
}
