import { Card, Flex, Form, InputNumber, Select, Table, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { RoundView, TallySheetInput } from './api.ts';
import { ActDate, sendAct, StepRefusal, Submit } from './parts.tsx';
import { boxLabel, boxOptions } from './PollingDayForms.tsx';
import type { PollingProps } from './PollingSection.tsx';

type Sheet = RoundView['tallySheets'][number];

/**
 * 计票单: per box, the ballots handed out there (from the signatures for them) and taken out
 * of the box, signed by at least two of the round's tellers. The count is refused until
 * every box's sheet matches its ballots and its entries.
 */
export function TallySheetsCard(props: PollingProps & { round: RoundView; canSign: boolean }) {
  const t = useT();
  const { round, canSign } = props;
  return (
    <Card
      className="block-gap"
      size="small"
      title={t('elections.tally')}
      data-testid="tally-sheets"
    >
      <Table<Sheet>
        size="small"
        rowKey="box"
        pagination={false}
        dataSource={round.tallySheets}
        locale={{ emptyText: t('elections.tally.none') }}
        onRow={(s) => ({ 'data-testid': 'tally-sheet', 'data-box': s.box }) as object}
        columns={[
          { key: 'box', title: t('elections.ballots.box'), render: (_, s) => boxLabel(t, s.box) },
          { key: 'issued', title: t('elections.tally.issued'), render: (_, s) => t.num(s.issued) },
          {
            key: 'returned',
            title: t('elections.tally.returned'),
            render: (_, s) => t.num(s.returned),
          },
          {
            key: 'signed',
            title: t('elections.tally.signedBy'),
            render: (_, s) => s.signedBy.join('、'),
          },
          { key: 'on', title: t('elections.tally.signedOn'), render: (_, s) => t.date(s.signedOn) },
        ]}
      />
      {canSign && <SignForm {...props} />}
    </Card>
  );
}

interface Values {
  box: string;
  returned?: number;
  signedBy: string[];
  on?: string | null;
}

/** A box's sheet signed: the ballots taken out, and the tellers who sign it. */
function SignForm({ villageId, electionId, onDone, round }: PollingProps & { round: RoundView }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: TallySheetInput = {
      box: values.box,
      returned: values.returned ?? 0,
      signedBy: values.signedBy,
      on: values.on ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, 'tally-sheets', input));
  });
  const tellers = [...new Map(round.tellers.map((x) => [x.personId, x.name])).entries()];
  return (
    <details className="election-form l-card-box" data-testid="tally-sign">
      <summary>{t('elections.tally.sign')}</summary>
      <Typography.Paragraph type="secondary">{t('elections.tally.sign.hint')}</Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="tally-sign-refused" />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ box: 'central', signedBy: [] }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="box" label={t('elections.ballots.box')}>
            <Select
              options={boxOptions(t, round)}
              style={{ minWidth: 160 }}
              data-testid="tally-box"
            />
          </Form.Item>
          <Form.Item
            name="returned"
            label={t('elections.tally.returned')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100000} data-testid="tally-returned" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="signedBy"
          label={t('elections.tally.signedBy')}
          extra={t('elections.tally.signedBy.hint')}
          rules={[{ required: true, message: t('elections.person.required') }]}
        >
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={tellers.map(([value, label]) => ({ value, label }))}
            data-testid="tally-signers"
          />
        </Form.Item>
        <ActDate name="on" label={t('elections.tally.signedOn')} testId="tally-on" />
        <Submit busy={busy} onSubmit={submit} testId="tally-sign-submit">
          {t('elections.tally.sign')}
        </Submit>
      </Form>
    </details>
  );
}
