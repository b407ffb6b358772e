import { Button, Card, Flex, Form, Radio, Select, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { ChooseCommitteeInput, ChoosingBody, CommitteeMemberView, EcSeat } from './api.ts';
import {
  DatedAct,
  Fact,
  sendAct,
  type SectionProps,
  ActDate,
  Submit,
  StepRefusal,
} from './parts.tsx';
import { ObjectionsCard } from './ObjectionsCard.tsx';

const CHOOSERS: readonly ChoosingBody[] = [
  'villagersAssembly',
  'representativesMeeting',
  'villagerGroups',
];
const SEATS: readonly EcSeat[] = ['chair', 'deputyChair', 'member'];

/**
 * 村民选举委员会: chosen by the assembly, the representatives or the groups (members and
 * reserves in the ranking of that vote), published, filed with the town; members who leave
 * when they or a near relative are nominated, and the reserves who take their seats.
 */
export function CommitteeSection(props: SectionProps) {
  const t = useT();
  const { data: village } = useVillage();
  const { data, villageId, electionId, onDone } = props;
  const c = data.committee;
  const member = data.mine.committeeMember;
  const act = { villageId, electionId, onDone };
  return (
    <div data-testid="election-committee">
      <Card className="block-gap" title={t('elections.section.committee')}>
        {c.members.length === 0 ? (
          <Typography.Paragraph type="secondary">
            {t('elections.committee.none')}
          </Typography.Paragraph>
        ) : (
          <>
            <dl className="election-facts">
              {c.chosenBy && (
                <Fact label={t('elections.committee.chosenBy')}>
                  {t(`elections.chooser.${c.chosenBy}`)} · {t.date(c.chosenOn)}
                </Fact>
              )}
              <Fact label={t('elections.committee.published')}>
                {c.publishedOn ? t.date(c.publishedOn) : t('elections.notYet')}
              </Fact>
              <Fact label={t('elections.committee.filed')}>
                <span data-testid="committee-filed">
                  {c.filedOn ? t.date(c.filedOn) : t('elections.notYet')}
                </span>
              </Fact>
              {c.objectionsBy && (
                <Fact label={t('elections.committee.objectionsBy')}>{t.date(c.objectionsBy)}</Fact>
              )}
            </dl>
            <MembersTable members={c.members} />
          </>
        )}
        {data.election.stage === 'new' && village.abilities.organiseElections && (
          <ChooseForm {...props} />
        )}
        {member && c.members.length > 0 && !c.publishedOn && (
          <DatedAct
            {...act}
            step="committee/publish"
            label={t('elections.committee.publish')}
            testId="committee-publish"
          />
        )}
        {c.publishedOn && !c.filedOn && village.abilities.fileElectionCommittee && (
          <DatedAct
            {...act}
            step="committee/file"
            label={t('elections.committee.file')}
            testId="committee-file"
          />
        )}
      </Card>
      {c.publishedOn && <ObjectionsCard {...props} subject="committee" />}
    </div>
  );
}

/**
 * The members in ranking order. A reserve who took a seat is marked 递补: each withdrawal is
 * filled from the reserves, so while reserves remain as many sit as were chosen to sit, and a
 * seated member ranked below that number came from the reserves.
 */
function MembersTable({ members }: { members: readonly CommitteeMemberView[] }) {
  const t = useT();
  const ranked = [...members].sort((a, b) => a.rank - b.rank);
  const reservesLeft = ranked.some((m) => m.status === 'reserve');
  const sitting = ranked.filter((m) => m.status === 'seated').length;
  return (
    <Table<CommitteeMemberView>
      size="small"
      rowKey="personId"
      pagination={false}
      dataSource={ranked}
      data-testid="committee-members"
      onRow={(m) => ({ 'data-testid': 'committee-member', 'data-status': m.status }) as object}
      columns={[
        { key: 'rank', title: t('elections.committee.rank'), render: (_, m) => m.rank, width: 70 },
        { key: 'name', title: t('elections.name'), render: (_, m) => m.name },
        {
          key: 'seat',
          title: t('elections.committee.seat'),
          render: (_, m) => (m.status === 'reserve' ? '' : t(`elections.seat.${m.seat}`)),
        },
        {
          key: 'status',
          title: t('elections.status'),
          render: (_, m) => (
            <Flex gap={4} wrap>
              <Tag
                color={
                  m.status === 'seated' ? 'green' : m.status === 'reserve' ? 'blue' : 'default'
                }
              >
                {t(`elections.member.${m.status}`)}
              </Tag>
              {m.status === 'seated' && reservesLeft && m.rank > sitting && (
                <Tag color="gold">{t('elections.member.filled')}</Tag>
              )}
              {m.status === 'withdrawn' && m.withdrawalReason && (
                <Typography.Text type="secondary">
                  {t(`elections.member.left.${m.withdrawalReason}`, {
                    date: t.date(m.withdrawnOn),
                  })}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
      ]}
    />
  );
}

interface ChooseValues {
  chosenBy: ChoosingBody;
  chosenOn?: string | null;
  members: { personId?: string; seat: EcSeat }[];
  reserves: { personId?: string }[];
}

/** Records the committee as the vote chose it: the seated first, then the reserves, in its ranking. */
function ChooseForm({ villageId, electionId, onDone }: SectionProps) {
  const t = useT();
  const [form] = Form.useForm<ChooseValues>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: ChooseCommitteeInput = {
      chosenBy: values.chosenBy,
      chosenOn: values.chosenOn ?? undefined,
      members: values.members.map((m) => ({ personId: m.personId ?? '', seat: m.seat })),
      reserves: (values.reserves ?? []).map((r) => ({ personId: r.personId ?? '' })),
    };
    onDone(await sendAct(villageId, electionId, 'committee', input));
  });
  return (
    <div className="election-form" data-testid="committee-choose">
      <Typography.Title level={4}>{t('elections.committee.choose')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('elections.committee.choose.hint')}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="committee-choose-refused" />
      <Form<ChooseValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          chosenBy: 'villagersAssembly',
          members: [{ seat: 'chair' }, { seat: 'member' }, { seat: 'member' }],
          reserves: [],
        }}
      >
        <Form.Item
          name="chosenBy"
          label={t('elections.committee.chosenBy')}
          rules={[{ required: true }]}
        >
          <Radio.Group>
            {CHOOSERS.map((c) => (
              <Radio key={c} value={c}>
                {t(`elections.chooser.${c}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <ActDate
          name="chosenOn"
          label={t('elections.committee.chosenOn')}
          testId="committee-chosen-on"
        />
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Form.Item label={t('elections.committee.members')}>
              {fields.map((field, i) => (
                <Flex
                  key={field.key}
                  gap={8}
                  align="baseline"
                  wrap
                  data-testid="committee-member-row"
                >
                  <span className="election-rank">{i + 1}</span>
                  <Form.Item
                    name={[field.name, 'personId']}
                    rules={[{ required: true, message: t('elections.person.required') }]}
                    className="election-person"
                  >
                    <PersonSelect villageId={villageId} testId={`committee-member-${i}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'seat']}>
                    <Select
                      style={{ minWidth: 110 }}
                      options={SEATS.map((s) => ({ value: s, label: t(`elections.seat.${s}`) }))}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('elections.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ seat: 'member' })}
                data-testid="committee-add-member"
              >
                {t('elections.committee.addMember')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.List name="reserves">
          {(fields, { add, remove }) => (
            <Form.Item
              label={t('elections.committee.reserves')}
              extra={t('elections.committee.reserves.hint')}
            >
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <span className="election-rank">{i + 1}</span>
                  <Form.Item
                    name={[field.name, 'personId']}
                    rules={[{ required: true, message: t('elections.person.required') }]}
                    className="election-person"
                  >
                    <PersonSelect villageId={villageId} testId={`committee-reserve-${i}`} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('elections.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({})}
                data-testid="committee-add-reserve"
              >
                {t('elections.committee.addReserve')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Submit busy={busy} onSubmit={submit} testId="committee-choose-submit">
          {t('elections.committee.choose')}
        </Submit>
      </Form>
    </div>
  );
}
