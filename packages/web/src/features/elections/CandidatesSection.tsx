import { Card, Checkbox, Flex, Form, Select, Table, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { NomineeView, PostView, WithdrawCandidateInput } from './api.ts';
import { DatedAct, sendAct, type SectionProps, ActDate, Submit, StepRefusal } from './parts.tsx';
import { NomineeStatusTag } from './NominationsSection.tsx';

/** The national profile's most extra candidates on a post of several seats: the law sets no maximum. */
const UNBOUNDED_EXTRA = 99;

/**
 * 正式候选人名单: per post the 差额 numbers (more candidates than seats), the list in the order
 * of nomination votes once published (at least five days before polling), and a candidate's
 * written withdrawal (at least three days before), filled from the next nominee.
 */
export function CandidatesSection(props: SectionProps) {
  const t = useT();
  const { data, villageId, electionId, onDone } = props;
  const member = data.mine.committeeMember;
  const stage = data.election.stage;
  const published = data.candidatesPublishedOn;
  return (
    <div data-testid="election-candidates">
      <Card className="block-gap" title={t('elections.section.candidates')}>
        <Typography.Paragraph>
          {published
            ? t('elections.candidates.published', { date: t.date(published) })
            : data.timetable
              ? t('elections.candidates.due', { date: t.date(data.timetable.candidateListBy) })
              : t('elections.notYet')}
        </Typography.Paragraph>
        {member && stage === 'nominating' && (
          <DatedAct
            villageId={villageId}
            electionId={electionId}
            onDone={onDone}
            step="candidates/publish"
            label={t('elections.candidates.publish')}
            testId="candidates-publish"
            hint={
              <Typography.Text type="secondary">
                {t('elections.candidates.publish.hint')}
              </Typography.Text>
            }
          />
        )}
      </Card>
      {data.posts.map((post) => (
        <PostList key={post.id} post={post} published={published !== null} />
      ))}
      {member && stage === 'candidatesPublished' && <WithdrawForm {...props} />}
    </div>
  );
}

/** One post: seats, the 差额 the list needs, and its candidates in vote order. */
function PostList({ post, published }: { post: PostView; published: boolean }) {
  const t = useT();
  const { min, max } = post.candidates;
  const listed = post.nominees
    .filter((n) => n.status === 'candidate')
    .sort((a, b) => (a.listPosition ?? 0) - (b.listPosition ?? 0));
  const others = post.nominees.filter((n) => n.status === 'reserve' || n.status === 'withdrawn');
  return (
    <Card
      className="block-gap"
      size="small"
      data-testid="candidate-post"
      data-post={post.id}
      title={t.pick(post.name)}
      extra={
        <Typography.Text data-testid="candidate-surplus">
          {min === max
            ? t('elections.candidates.surplusExact', { seats: post.seats, n: min })
            : max - post.seats >= UNBOUNDED_EXTRA
              ? t('elections.candidates.surplusAtLeast', { seats: post.seats, min })
              : t('elections.candidates.surplus', { seats: post.seats, min, max })}
        </Typography.Text>
      }
    >
      {published ? (
        <Table<NomineeView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...listed, ...others]}
          onRow={(n) => ({ 'data-testid': 'candidate', 'data-status': n.status }) as object}
          columns={[
            {
              key: 'pos',
              title: t('elections.candidates.position'),
              render: (_, n) => n.listPosition ?? '',
              width: 70,
            },
            { key: 'name', title: t('elections.name'), render: (_, n) => n.name },
            {
              key: 'gender',
              title: t('elections.gender'),
              render: (_, n) => t(`gender.${n.gender}`),
            },
            {
              key: 'votes',
              title: t('elections.nominations.votes'),
              render: (_, n) => t.num(n.votes),
            },
            {
              key: 'status',
              title: t('elections.status'),
              render: (_, n) => (
                <Flex gap={4} wrap>
                  <NomineeStatusTag status={n.status} />
                  {n.withdrawnOn && t.date(n.withdrawnOn)}
                </Flex>
              ),
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">
          {t('elections.candidates.nominees', {
            n: post.nominees.filter((n) => n.status !== 'withdrawn').length,
          })}
        </Typography.Text>
      )}
    </Card>
  );
}

interface WithdrawValues {
  postId: string;
  personId: string;
  written: boolean;
  on?: string | null;
}

/** A candidate's written withdrawal: the next nominee by votes takes the place. */
function WithdrawForm({ data, villageId, electionId, onDone }: SectionProps) {
  const t = useT();
  const [form] = Form.useForm<WithdrawValues>();
  const postId = Form.useWatch('postId', form);
  const candidates =
    data.posts.find((p) => p.id === postId)?.nominees.filter((n) => n.status === 'candidate') ?? [];
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: WithdrawCandidateInput = {
      postId: values.postId,
      personId: values.personId,
      written: values.written,
      on: values.on ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, 'candidates/withdraw', input));
    form.resetFields();
  });
  return (
    <details className="election-form l-card-box" data-testid="candidate-withdraw">
      <summary>{t('elections.candidates.withdraw')}</summary>
      <Typography.Paragraph type="secondary">
        {t('elections.candidates.withdraw.hint')}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="candidate-withdraw-refused" />
      <Form<WithdrawValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ postId: data.posts[0]?.id, written: true }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="postId" label={t('elections.post')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 120 }}
              options={data.posts.map((p) => ({ value: p.id, label: t.pick(p.name) }))}
            />
          </Form.Item>
          <Form.Item
            name="personId"
            label={t('elections.candidates.who')}
            rules={[{ required: true, message: t('elections.person.required') }]}
            className="election-person"
          >
            <Select options={candidates.map((n) => ({ value: n.personId, label: n.name }))} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="written"
          valuePropName="checked"
          extra={t('elections.candidates.written.hint')}
        >
          <Checkbox>{t('elections.candidates.written')}</Checkbox>
        </Form.Item>
        <ActDate name="on" label={t('elections.candidates.withdrawnOn')} />
        <Submit busy={busy} onSubmit={submit} testId="candidate-withdraw-submit" danger>
          {t('elections.candidates.withdraw')}
        </Submit>
      </Form>
    </details>
  );
}
