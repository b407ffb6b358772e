import { Form, Input, Select, Typography, Card } from 'antd';
import { useT, type Translator } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { IssueBallotsInput, OpenPollingInput, RoundView } from './api.ts';
import { ActDate, sendAct, StepRefusal, Submit } from './parts.tsx';
import { currentRound, useVoterOptions } from './secondHalf.ts';
import type { PollingProps } from './PollingSection.tsx';

/**
 * 开始投票, on the round's polling day only: with the secret writing booth (秘密写票处) on
 * record, no objection undecided, every mobile box approved, and for a villagers' committee
 * the outgoing committee's departure audit published. The server names what is missing.
 */
export function OpenPollingForm({ villageId, electionId, onDone, second }: PollingProps) {
  const t = useT();
  const [form] = Form.useForm<{ booth: string; on?: string | null }>();
  // the booth the notice named, if it did
  const noticed = currentRound(second.rounds)?.booth ?? undefined;
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: OpenPollingInput = { booth: values.booth ?? '', on: values.on ?? undefined };
    onDone(await sendAct(villageId, electionId, 'polling/open', input));
  });
  return (
    <details className="election-form l-card-box" data-testid="polling-open">
      <summary>{t('elections.polling.open')}</summary>
      <Typography.Paragraph type="secondary">
        {t('elections.polling.open.hint')}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="polling-open-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ booth: noticed }}
      >
        <Form.Item
          name="booth"
          label={t('elections.polling.booth')}
          extra={t('elections.polling.booth.hint')}
        >
          <Input maxLength={200} data-testid="polling-open-booth" />
        </Form.Item>
        <ActDate name="on" label={t('elections.polling.openedOn')} testId="polling-open-on" />
        <Submit busy={busy} onSubmit={submit} testId="polling-open-submit">
          {t('elections.polling.open')}
        </Submit>
      </Form>
    </details>
  );
}

interface IssueValues {
  box: string;
  issued: string[];
}

/**
 * 领取选票: who signed for a ballot at which box. A principal whose proxy is approved and
 * published is listed with the holder, who takes the ballot for them.
 */
export function IssueBallotsForm(props: PollingProps & { round: RoundView }) {
  const t = useT();
  const { villageId, electionId, onDone, round, second } = props;
  const [form] = Form.useForm<IssueValues>();
  const voters = useVoterOptions(villageId, electionId);
  const holders = new Map(
    (second.rounds?.proxies ?? [])
      .filter((p) => p.publishedOn)
      .map((p) => [p.principal.personId, p.holder] as const),
  );
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: IssueBallotsInput = {
      box: values.box,
      issued: values.issued.map((personId) => ({
        personId,
        proxyHolderId: holders.get(personId)?.personId ?? null,
      })),
    };
    onDone(await sendAct(villageId, electionId, 'ballots/issue', input));
    form.setFieldValue('issued', []);
  });
  const options = voters.map((v) => {
    const holder = holders.get(v.value);
    return holder
      ? { ...v, label: t('elections.ballots.byProxy', { name: v.label, holder: holder.name }) }
      : v;
  });
  return (
    <Card
      className="block-gap"
      size="small"
      title={t('elections.ballots.issue')}
      data-testid="ballots-issue"
    >
      <Typography.Paragraph type="secondary">
        {t('elections.ballots.issue.hint')}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="ballots-issue-refused" />
      <Form<IssueValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ box: 'central', issued: [] }}
      >
        <Form.Item name="box" label={t('elections.ballots.box')}>
          <Select
            options={boxOptions(t, round)}
            style={{ maxWidth: 240 }}
            data-testid="ballots-issue-box"
          />
        </Form.Item>
        <Form.Item
          name="issued"
          label={t('elections.ballots.issued')}
          rules={[{ required: true, message: t('elections.person.required') }]}
        >
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={options}
            data-testid="ballots-issue-voters"
          />
        </Form.Item>
        <Submit busy={busy} onSubmit={submit} testId="ballots-issue-submit">
          {t('elections.ballots.issue')}
        </Submit>
      </Form>
    </Card>
  );
}

/** A box by its name: the central polling hall, or a mobile box. */
export function boxLabel(t: Translator, box: string): string {
  return box === 'central'
    ? t('elections.ballots.central')
    : t('elections.ballots.mobile', { box });
}

/** The round's boxes: the central one and the mobile ones published for it. */
export function boxOptions(t: Translator, round: RoundView) {
  return ['central', ...round.mobileBoxes.map((b) => b.box)].map((box) => ({
    value: box,
    label: boxLabel(t, box),
  }));
}
