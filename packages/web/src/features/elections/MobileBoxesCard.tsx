import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import type { PickedPerson } from '../../components/PersonSelect.tsx';
import { PeoplePicker } from './PeoplePicker.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { ApproveBoxInput, MobileBoxInput, RoundView } from './api.ts';
import { ActDate, reached, sendAct, StepRefusal, Submit } from './parts.tsx';
import { useVoterOptions } from './secondHalf.ts';
import type { PollingProps } from './PollingSection.tsx';

type Box = RoundView['mobileBoxes'][number];

/**
 * 流动票箱: each with the voters it visits and its scrutineers (at least three), published by
 * the committee; the town approves it (乡镇人民政府同意). Polling does not open while a box
 * of the round is unapproved.
 */
export function MobileBoxesCard(props: PollingProps & { round: RoundView }) {
  const t = useT();
  const village = useVillage().data.abilities;
  const { data, round, villageId, electionId, onDone } = props;
  const before =
    !reached(data.election.stage, 'polling') || data.election.stage === 'roundScheduled';
  // the town's approval (fileElectionCommittee: the town only)
  const town = village.fileElectionCommittee && before;
  const [approving, setApproving] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const approve = async (box: string) => {
    setApproving(box);
    setRefusal(null);
    try {
      const input: ApproveBoxInput = { box };
      onDone(await sendAct(villageId, electionId, 'mobile-boxes/approve', input));
    } catch (cause) {
      setRefusal(cause);
    } finally {
      setApproving(null);
    }
  };
  return (
    <Card
      className="block-gap"
      size="small"
      title={t('elections.boxes')}
      data-testid="mobile-boxes"
    >
      <StepRefusal error={refusal} unmatched={[]} testId="mobile-box-approve-refused" />
      <Table<Box>
        size="small"
        rowKey="box"
        pagination={false}
        dataSource={round.mobileBoxes}
        locale={{ emptyText: t('elections.boxes.none') }}
        onRow={(b) =>
          ({
            'data-testid': 'mobile-box',
            'data-box': b.box,
            'data-approved': String(b.townApprovedOn !== null),
          }) as object
        }
        columns={[
          { key: 'box', title: t('elections.boxes.name'), render: (_, b) => b.box },
          { key: 'voters', title: t('elections.boxes.voters'), render: (_, b) => t.num(b.voters) },
          {
            key: 'scrutineers',
            title: t('elections.boxes.scrutineers'),
            render: (_, b) => b.scrutineers.map((s) => s.name).join('、'),
          },
          {
            key: 'published',
            title: t('elections.boxes.publishedOn'),
            render: (_, b) => t.date(b.publishedOn),
          },
          {
            key: 'approved',
            title: t('elections.boxes.townApproved'),
            render: (_, b) =>
              b.townApprovedOn ? (
                <Tag color="green">{t.date(b.townApprovedOn)}</Tag>
              ) : town ? (
                <Button
                  size="small"
                  type="primary"
                  loading={approving === b.box}
                  onClick={() => void approve(b.box)}
                  data-testid="mobile-box-approve"
                >
                  {t('elections.boxes.approve')}
                </Button>
              ) : (
                <Tag color="orange">{t('elections.boxes.awaiting')}</Tag>
              ),
          },
        ]}
      />
      {data.mine.committeeMember && before && <RecordForm {...props} />}
    </Card>
  );
}

interface Values {
  box: string;
  voters: string[];
  scrutineers: PickedPerson[];
  on?: string | null;
}

/** A box published: its name, the voters it visits (from the roll) and its scrutineers. */
function RecordForm({ villageId, electionId, onDone }: PollingProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const voters = useVoterOptions(villageId, electionId);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: MobileBoxInput = {
      box: values.box,
      voters: values.voters,
      scrutineers: values.scrutineers.map((s) => s.value),
      on: values.on ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, 'mobile-boxes', input));
    form.resetFields();
  });
  return (
    <details className="election-form l-card-box" data-testid="mobile-box-record">
      <summary>{t('elections.boxes.record')}</summary>
      <Typography.Paragraph type="secondary">
        {t('elections.boxes.record.hint')}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="mobile-box-record-refused" />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ voters: [], scrutineers: [] }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="box"
            label={t('elections.boxes.name')}
            extra={t('elections.boxes.name.hint')}
            rules={[
              {
                required: true,
                pattern: /^[a-zA-Z0-9-]{1,16}$/,
                message: t('elections.boxes.name.hint'),
              },
            ]}
          >
            <Input maxLength={16} data-testid="mobile-box-name" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="voters"
          label={t('elections.boxes.voters')}
          rules={[{ required: true, message: t('elections.person.required') }]}
        >
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={voters}
            data-testid="mobile-box-voters"
          />
        </Form.Item>
        <Form.Item
          name="scrutineers"
          label={t('elections.boxes.scrutineers')}
          extra={t('elections.boxes.scrutineers.hint')}
          rules={[{ required: true, message: t('elections.person.required') }]}
        >
          <PeoplePicker
            villageId={villageId}
            electionId={electionId}
            multiple
            testId="mobile-box-scrutineers"
          />
        </Form.Item>
        <ActDate name="on" label={t('elections.boxes.publishedOn')} testId="mobile-box-on" />
        <Submit busy={busy} onSubmit={submit} testId="mobile-box-record-submit">
          {t('elections.boxes.record')}
        </Submit>
      </Form>
    </details>
  );
}
