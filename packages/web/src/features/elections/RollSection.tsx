import { Card, Form, Radio, Select, Table, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { PersonSelect, type PickedPerson } from '../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { RegisterVoterInput, VoterView } from './api.ts';
import {
  DatedAct,
  Fact,
  reached,
  sendAct,
  useResolutionOptions,
  useRoll,
  type SectionProps,
  ActDate,
  Submit,
  StepRefusal,
} from './parts.tsx';
import { ObjectionsCard } from './ObjectionsCard.tsx';

/**
 * 选民登记: class 1 built from the registry (18 by polling day, hukou and home here), class 2
 * and 3 registered one by one, the roll published (20 days before polling at the latest), its
 * table — ID numbers and phones only where the server sends them (the committee, the town) —
 * and the objections to it with their decisions.
 */
export function RollSection(props: SectionProps) {
  const t = useT();
  const { data, villageId, electionId, onDone } = props;
  const roll = data.roll;
  const member = data.mine.committeeMember;
  const open = data.election.stage === 'rulesAdopted';
  // before publication the roll is the committee's working list; the server sends it to them only
  const table = useRoll(villageId, electionId, reached(data.election.stage, 'rulesAdopted'));
  const { reload } = table;
  const act = {
    villageId,
    electionId,
    onDone: (answer: typeof data) => {
      onDone(answer);
      reload();
    },
  };
  return (
    <div data-testid="election-roll">
      <Card className="block-gap" title={t('elections.section.roll')}>
        <dl className="election-facts">
          <Fact label={t('elections.roll.registered')}>
            <span data-testid="roll-registered">{t.num(roll.registered)}</span>
          </Fact>
          <Fact label={t('elections.roll.byClass')}>
            {t('elections.roll.byClassText', {
              one: roll.byClass.one,
              two: roll.byClass.two,
              three: roll.byClass.three,
            })}
          </Fact>
          <Fact label={t('elections.roll.published')}>
            <span data-testid="roll-published">
              {roll.publishedOn ? t.date(roll.publishedOn) : t('elections.notYet')}
            </span>
          </Fact>
          {data.timetable && !roll.publishedOn && (
            <Fact label={t('elections.timetable.voterRollBy')}>
              {t.date(data.timetable.voterRollBy)}
            </Fact>
          )}
          {roll.objectionsBy && (
            <Fact label={t('elections.roll.objectionsBy')}>{t.date(roll.objectionsBy)}</Fact>
          )}
        </dl>
        {member && open && (
          <>
            <BuildForm {...act} />
            <RegisterForm {...act} />
            <DatedAct
              {...act}
              step="roll/publish"
              label={t('elections.roll.publish')}
              testId="roll-publish"
              hint={
                <Typography.Text type="secondary">
                  {t('elections.roll.publish.hint')}
                </Typography.Text>
              }
            />
          </>
        )}
        {member && roll.publishedOn && !reached(data.election.stage, 'candidatesPublished') && (
          // after publication only an upheld objection puts someone on: the server says so
          <RegisterForm {...act} />
        )}
      </Card>
      {table.data && <RollTable voters={table.data.voters} />}
      {/* a decision may take someone off the roll or let them on: the table reloads after it */}
      {roll.publishedOn && <ObjectionsCard {...props} {...act} subject="roll" />}
    </div>
  );
}

type ActProps = Pick<SectionProps, 'villageId' | 'electionId' | 'onDone'>;

/** Class 1 from the registry; the court's deprivations of political rights, which the registry lacks. */
function BuildForm({ villageId, electionId, onDone }: ActProps) {
  const t = useT();
  const { data: village } = useVillage();
  const [form] = Form.useForm<{ on?: string | null; deprived?: PickedPerson[] }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) =>
    onDone(
      await sendAct(villageId, electionId, 'voters/from-registry', {
        on: values.on ?? undefined,
        deprived: (values.deprived ?? []).map((p) => p.value),
      }),
    ),
  );
  return (
    <div className="election-form" data-testid="roll-build">
      <Typography.Title level={5}>{t('elections.roll.build')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('elections.roll.build.hint')}</Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="roll-build-refused" />
      <Form form={form} layout="vertical" requiredMark="optional">
        {village.abilities.readRegistry && (
          <Form.Item
            name="deprived"
            label={t('elections.roll.deprived')}
            extra={t('elections.roll.deprived.hint')}
          >
            <PersonSelect villageId={villageId} multiple />
          </Form.Item>
        )}
        <ActDate name="on" label={t('elections.roll.registeredOn')} />
        <Submit busy={busy} onSubmit={submit} testId="roll-build-submit">
          {t('elections.roll.build')}
        </Submit>
      </Form>
    </div>
  );
}

interface RegisterValues {
  personId: string;
  voterClass: 2 | 3;
  on?: string | null;
  declaredOn?: string | null;
  residentSince?: string | null;
  villageWorkSince?: string | null;
  consentResolutionId?: string;
}

/** One person registered by hand: class 2 on their declaration, class 3 with the consenting resolution. */
function RegisterForm({ villageId, electionId, onDone }: ActProps) {
  const t = useT();
  const { data: village } = useVillage();
  const [form] = Form.useForm<RegisterValues>();
  const voterClass = Form.useWatch('voterClass', form);
  const resolutions = useResolutionOptions(villageId, voterClass === 3);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: RegisterVoterInput = {
      personId: values.personId,
      on: values.on ?? undefined,
      ...(values.voterClass === 2
        ? { declaredOn: values.declaredOn ?? undefined }
        : {
            residentSince: values.residentSince ?? undefined,
            villageWorkSince: values.villageWorkSince ?? undefined,
            consentResolutionId: values.consentResolutionId,
          }),
    };
    onDone(await sendAct(villageId, electionId, 'voters', input));
    form.resetFields();
  });
  return (
    <details className="election-form" data-testid="roll-register">
      <summary>{t('elections.roll.register')}</summary>
      <Typography.Paragraph type="secondary">
        {t('elections.roll.register.hint')}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="roll-register-refused" />
      {!village.abilities.readRegistry && (
        <Typography.Paragraph type="warning">
          {t('elections.roll.register.noRegistry')}
        </Typography.Paragraph>
      )}
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ voterClass: 2 }}
      >
        <Form.Item
          name="personId"
          label={t('elections.person')}
          rules={[{ required: true, message: t('elections.person.required') }]}
        >
          <PersonSelect villageId={villageId} testId="roll-register-person" />
        </Form.Item>
        <Form.Item name="voterClass" label={t('elections.roll.class')}>
          <Radio.Group>
            <Radio value={2}>{t('elections.roll.class.2')}</Radio>
            <Radio value={3}>{t('elections.roll.class.3')}</Radio>
          </Radio.Group>
        </Form.Item>
        {voterClass === 3 ? (
          <>
            <Form.Item name="residentSince" label={t('elections.roll.residentSince')}>
              <DateInput notAfterToday />
            </Form.Item>
            <Form.Item
              name="villageWorkSince"
              label={t('elections.roll.villageWorkSince')}
              extra={t('elections.roll.villageWorkSince.hint')}
            >
              <DateInput notAfterToday />
            </Form.Item>
            <Form.Item
              name="consentResolutionId"
              label={t('elections.roll.consent')}
              rules={[{ required: true }]}
            >
              <Select showSearch={{ optionFilterProp: 'label' }} options={resolutions.options} />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="declaredOn"
            label={t('elections.roll.declaredOn')}
            extra={t('elections.roll.declaredOn.hint')}
            rules={[{ required: true }]}
          >
            <DateInput notAfterToday />
          </Form.Item>
        )}
        <ActDate name="on" label={t('elections.roll.registeredOn')} />
        <Submit busy={busy} onSubmit={submit} testId="roll-register-submit">
          {t('elections.roll.register')}
        </Submit>
      </Form>
    </details>
  );
}

/** The roll: ID numbers and phones only when the server sent them (the committee and the town). */
function RollTable({ voters }: { voters: readonly VoterView[] }) {
  const t = useT();
  const personal = voters.some((v) => v.residentIdNumber !== null || v.phone !== null);
  return (
    <Card className="block-gap" title={t('elections.roll.table', { n: voters.length })}>
      <Table<VoterView>
        size="small"
        rowKey="personId"
        dataSource={[...voters]}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        data-testid="roll-table"
        onRow={() => ({ 'data-testid': 'roll-voter' }) as object}
        columns={[
          { key: 'name', title: t('elections.name'), render: (_, v) => v.name },
          {
            key: 'gender',
            title: t('elections.gender'),
            render: (_, v) => t(`gender.${v.gender}`),
          },
          { key: 'birth', title: t('elections.birthDate'), render: (_, v) => t.date(v.birthDate) },
          { key: 'group', title: t('elections.group'), render: (_, v) => v.groupName },
          {
            key: 'class',
            title: t('elections.roll.class'),
            render: (_, v) => t(`elections.roll.class.${v.voterClass}`),
          },
          ...(personal
            ? [
                {
                  key: 'id',
                  title: t('elections.idNumber'),
                  render: (_: unknown, v: VoterView) => v.residentIdNumber ?? '',
                },
                {
                  key: 'phone',
                  title: t('elections.phone'),
                  render: (_: unknown, v: VoterView) => v.phone ?? '',
                },
              ]
            : []),
          {
            key: 'on',
            title: t('elections.roll.registeredOn'),
            render: (_, v) => t.date(v.registeredOn),
          },
        ]}
      />
    </Card>
  );
}
