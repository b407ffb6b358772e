import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  InputNumber,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type {
  NominateInput,
  NominationRoute,
  NominationSheetsInput,
  NomineeView,
  PostView,
  VoterView,
} from './api.ts';
import {
  DatedAct,
  sendAct,
  useRoll,
  type SectionProps,
  ActDate,
  Submit,
  StepRefusal,
} from './parts.tsx';

const ROUTES: readonly NominationRoute[] = [
  'partyOrganisation',
  'villagers',
  'jointSignature',
  'openNomination',
  'selfNomination',
  'houseToHouse',
];
const DISQUALIFICATIONS = [
  'expelledFromParty',
  'criminalPenalty',
  'clanOrGangForces',
  'illegalReligion',
] as const;

/**
 * 提名: nominations opened, each nomination by its route (the Party organisation, villagers,
 * 联名, 海选, 自荐, 入户推荐) with its supporters and votes, the 海选 sheets entered as handed
 * in, and the nominees of each post in vote order.
 */
export function NominationsSection(props: SectionProps) {
  const t = useT();
  const { data, villageId, electionId, onDone } = props;
  const member = data.mine.committeeMember;
  const stage = data.election.stage;
  const roll = useRoll(villageId, electionId, member && stage === 'nominating');
  const voters = roll.data?.voters ?? [];
  return (
    <div data-testid="election-nominations">
      <Card className="block-gap" title={t('elections.section.nominations')}>
        <Typography.Paragraph>
          {data.nominationsOpenedOn
            ? t('elections.nominations.opened', { date: t.date(data.nominationsOpenedOn) })
            : t('elections.nominations.notOpen')}
        </Typography.Paragraph>
        {member && stage === 'rollPublished' && (
          <DatedAct
            villageId={villageId}
            electionId={electionId}
            onDone={onDone}
            step="nominations/open"
            label={t('elections.nominations.open')}
            testId="nominations-open"
          />
        )}
        {member && stage === 'nominating' && (
          <>
            <NominateForm {...props} voters={voters} />
            <SheetsForm {...props} voters={voters} />
          </>
        )}
      </Card>
      {data.posts.map((post) => (
        <NomineesCard key={post.id} post={post} />
      ))}
    </div>
  );
}

const voterOptions = (voters: readonly VoterView[]) =>
  voters.map((v) => ({ value: v.personId, label: `${v.name}（${v.groupName}）` }));

interface NominateValues {
  postId: string;
  personId: string;
  route: NominationRoute;
  supporters?: number;
  votes?: number;
  disqualifications?: NominateInput['disqualifications'];
  qualifications?: NominateInput['qualifications'];
  on?: string | null;
}

const QUALIFICATIONS = ['accounting', 'management'] as const;

/** One nomination: the post, the nominee from the roll, the route, supporters and votes, the vetting. */
function NominateForm({
  data,
  villageId,
  electionId,
  onDone,
  voters,
}: SectionProps & { voters: readonly VoterView[] }) {
  const t = useT();
  const [form] = Form.useForm<NominateValues>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: NominateInput = {
      postId: values.postId,
      personId: values.personId,
      route: values.route,
      supporters: values.supporters ?? 0,
      votes: values.votes ?? 0,
      disqualifications: values.disqualifications ?? [],
      qualifications: values.qualifications ?? [],
      on: values.on ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, 'nominations', input));
    form.resetFields(['personId', 'supporters', 'votes', 'disqualifications', 'qualifications']);
  });
  return (
    <div className="election-form" data-testid="nominate">
      <Typography.Title level={5}>{t('elections.nominations.nominate')}</Typography.Title>
      <StepRefusal error={error} unmatched={unmatched} testId="nominate-refused" />
      <Form<NominateValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ postId: data.posts[0]?.id, route: 'villagers' }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="postId" label={t('elections.post')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 120 }}
              data-testid="nominate-post"
              options={data.posts.map((p) => ({ value: p.id, label: t.pick(p.name) }))}
            />
          </Form.Item>
          <Form.Item
            name="personId"
            label={t('elections.nominations.nominee')}
            extra={t('elections.nominations.nominee.hint')}
            rules={[{ required: true, message: t('elections.person.required') }]}
            className="election-person"
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="nominate-person"
              options={voterOptions(voters)}
            />
          </Form.Item>
          <Form.Item
            name="route"
            label={t('elections.nominations.route')}
            rules={[{ required: true }]}
          >
            <Select
              style={{ minWidth: 160 }}
              data-testid="nominate-route"
              options={ROUTES.map((r) => ({ value: r, label: t(`elections.route.${r}`) }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="supporters" label={t('elections.nominations.supporters')}>
            <InputNumber min={0} max={100000} />
          </Form.Item>
          <Form.Item
            name="votes"
            label={t('elections.nominations.votes')}
            extra={t('elections.nominations.votes.hint')}
          >
            <InputNumber min={0} max={100000} data-testid="nominate-votes" />
          </Form.Item>
          <ActDate name="on" label={t('elections.nominations.on')} />
        </Flex>
        <Form.Item
          name="disqualifications"
          label={t('elections.nominations.vetting')}
          extra={t('elections.nominations.vetting.hint')}
        >
          <Checkbox.Group
            options={DISQUALIFICATIONS.map((d) => ({
              value: d,
              label: t(`elections.disqualification.${d}`),
            }))}
          />
        </Form.Item>
        {data.election.body === 'supervisionCommittee' && (
          <Form.Item
            name="qualifications"
            label={t('elections.nominations.qualifications')}
            extra={t('elections.nominations.qualifications.hint')}
          >
            <Checkbox.Group
              data-testid="nominate-qualifications"
              options={QUALIFICATIONS.map((q) => ({
                value: q,
                label: t(`elections.qualification.${q}`),
              }))}
            />
          </Form.Item>
        )}
        <Submit busy={busy} onSubmit={submit} testId="nominate-submit">
          {t('elections.nominations.nominate')}
        </Submit>
      </Form>
    </div>
  );
}

type Sheet = NominationSheetsInput['sheets'][number];

/**
 * 海选: the sheets typed in as handed in, one after another (per post the names on it, and
 * whether it came by proxy, which does not count); sent together, the server tallies them.
 */
function SheetsForm({
  data,
  villageId,
  electionId,
  onDone,
  voters,
}: SectionProps & { voters: readonly VoterView[] }) {
  const t = useT();
  const [sheets, setSheets] = useState<Sheet[]>([]);
  const [form] = Form.useForm<{
    marks: Record<string, string[]>;
    byProxy: boolean;
    on?: string | null;
  }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: NominationSheetsInput = { on: values.on ?? undefined, sheets };
    onDone(await sendAct(villageId, electionId, 'nominations/sheets', input));
    setSheets([]);
  });
  const addSheet = () => {
    const values = form.getFieldsValue(['marks', 'byProxy']) as {
      marks?: Record<string, string[] | undefined>;
      byProxy?: boolean;
    };
    const byProxy = values.byProxy ?? false;
    const cleaned: Record<string, string[]> = {};
    for (const [post, ids] of Object.entries(values.marks ?? {})) cleaned[post] = ids ?? [];
    setSheets((all) => [...all, { marks: cleaned, byProxy }]);
    form.resetFields(['marks', 'byProxy']);
  };
  return (
    <details className="election-form" data-testid="nomination-sheets">
      <summary>{t('elections.sheets')}</summary>
      <Typography.Paragraph type="secondary">{t('elections.sheets.hint')}</Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="nomination-sheets-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ byProxy: false }}
      >
        {data.posts.map((p) => (
          <Form.Item
            key={p.id}
            name={['marks', p.id]}
            label={t('elections.sheets.post', { post: t.pick(p.name), seats: p.seats })}
          >
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={voterOptions(voters)}
            />
          </Form.Item>
        ))}
        <Form.Item name="byProxy" valuePropName="checked">
          <Checkbox>{t('elections.sheets.byProxy')}</Checkbox>
        </Form.Item>
        <Flex gap={8} wrap align="center" className="block-gap">
          <Button onClick={addSheet} data-testid="nomination-sheet-add">
            {t('elections.sheets.add')}
          </Button>
          <Typography.Text data-testid="nomination-sheets-count">
            {t('elections.sheets.count', { n: sheets.length })}
          </Typography.Text>
        </Flex>
        <ActDate name="on" label={t('elections.sheets.on')} />
        <Button
          type="primary"
          disabled={sheets.length === 0}
          loading={busy}
          onClick={() => void submit()}
          data-testid="nomination-sheets-submit"
        >
          {t('elections.sheets.submit', { n: sheets.length })}
        </Button>
      </Form>
    </details>
  );
}

const STATUS_COLOR: Record<NomineeView['status'], string> = {
  nominated: 'processing',
  candidate: 'green',
  reserve: 'blue',
  withdrawn: 'default',
};

export function NomineeStatusTag({ status }: { status: NomineeView['status'] }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-status={status}>
      {t(`elections.nominee.${status}`)}
    </Tag>
  );
}

/** A post's nominees by nomination votes (the list's order), with route, supporters and status. */
function NomineesCard({ post }: { post: PostView }) {
  const t = useT();
  const rows = [...post.nominees].sort(
    (a, b) => b.votes - a.votes || a.name.localeCompare(b.name, 'zh-CN'),
  );
  return (
    <Card
      className="block-gap"
      size="small"
      title={t('elections.nominees', { post: t.pick(post.name), seats: post.seats })}
      data-testid="nominees"
      data-post={post.id}
    >
      <Table<NomineeView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('elections.nominees.none') }}
        onRow={(n) => ({ 'data-testid': 'nominee', 'data-status': n.status }) as object}
        columns={[
          {
            key: 'name',
            title: t('elections.name'),
            render: (_, n) => (
              <>
                {n.name}
                {n.qualifications.map((q) => (
                  <Tag key={q} color="blue" style={{ marginInlineStart: 6 }}>
                    {t(`elections.qualification.${q}`)}
                  </Tag>
                ))}
              </>
            ),
          },
          {
            key: 'gender',
            title: t('elections.gender'),
            render: (_, n) => t(`gender.${n.gender}`),
          },
          {
            key: 'route',
            title: t('elections.nominations.route'),
            render: (_, n) => t(`elections.route.${n.route}`),
          },
          {
            key: 'supporters',
            title: t('elections.nominations.supporters'),
            render: (_, n) => t.num(n.supporters),
          },
          {
            key: 'votes',
            title: t('elections.nominations.votes'),
            render: (_, n) => t.num(n.votes),
          },
          {
            key: 'on',
            title: t('elections.nominations.on'),
            render: (_, n) => t.date(n.nominatedOn),
          },
          {
            key: 'status',
            title: t('elections.status'),
            render: (_, n) => <NomineeStatusTag status={n.status} />,
          },
        ]}
      />
    </Card>
  );
}
