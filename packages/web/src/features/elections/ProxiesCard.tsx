import { useState } from 'react';
import { Card, Checkbox, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { ApproveProxiesInput, LodgeProxyInput, RoundsView } from './api.ts';
import { ActDate, reached, sendAct, StepRefusal, Submit } from './parts.tsx';
import { useVoterOptions } from './secondHalf.ts';
import type { PollingProps } from './PollingSection.tsx';

type Proxy = RoundsView['proxies'][number];

/**
 * 委托投票: a principal's written proxy to a holder on this roll (lodged the profile's days
 * ahead, by the law of its day), then approved and published by the committee; a proxy not
 * approved and published counts for nothing (未经审核公告的委托无效).
 */
export function ProxiesCard(props: PollingProps) {
  const t = useT();
  const { data, second } = props;
  const proxies = second.rounds?.proxies ?? [];
  const open = data.mine.committeeMember && !reached(data.election.stage, 'counted');
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <Card className="block-gap" size="small" title={t('elections.proxies')} data-testid="proxies">
      <Table<Proxy>
        size="small"
        rowKey={(p) => p.principal.personId}
        pagination={false}
        dataSource={proxies}
        locale={{ emptyText: t('elections.proxies.none') }}
        rowSelection={
          open
            ? {
                selectedRowKeys: picked,
                onChange: (keys) => setPicked(keys as string[]),
                getCheckboxProps: (p) => ({ disabled: p.approvedOn !== null }),
              }
            : undefined
        }
        onRow={(p) =>
          ({ 'data-testid': 'proxy', 'data-approved': String(p.approvedOn !== null) }) as object
        }
        columns={[
          {
            key: 'principal',
            title: t('elections.proxies.principal'),
            render: (_, p) => p.principal.name,
          },
          { key: 'holder', title: t('elections.proxies.holder'), render: (_, p) => p.holder.name },
          {
            key: 'lodged',
            title: t('elections.proxies.lodgedOn'),
            render: (_, p) => t.date(p.lodgedOn),
          },
          {
            key: 'status',
            title: t('elections.status'),
            render: (_, p) =>
              p.publishedOn ? (
                <Tag color="green">
                  {t('elections.proxies.published', { date: t.date(p.publishedOn) })}
                </Tag>
              ) : (
                <Tag>{t('elections.proxies.pending')}</Tag>
              ),
          },
        ]}
      />
      {open && picked.length > 0 && (
        <ApproveForm {...props} picked={picked} onApproved={() => setPicked([])} />
      )}
      {open && <LodgeForm {...props} />}
    </Card>
  );
}

interface LodgeValues {
  principalId?: string;
  holderId?: string;
  written: boolean;
  on?: string | null;
}

/** A written proxy lodged with the committee: the principal and the holder, both on the roll. */
function LodgeForm({ villageId, electionId, onDone }: PollingProps) {
  const t = useT();
  const [form] = Form.useForm<LodgeValues>();
  const options = useVoterOptions(villageId, electionId);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: LodgeProxyInput = {
      principalId: values.principalId ?? '',
      holderId: values.holderId ?? '',
      written: values.written,
      on: values.on ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, 'proxies', input));
    form.resetFields();
  });
  const voter = { showSearch: true, optionFilterProp: 'label', options, style: { minWidth: 200 } };
  return (
    <details className="election-form l-card-box" data-testid="proxy-lodge">
      <summary>{t('elections.proxies.lodge')}</summary>
      <Typography.Paragraph type="secondary">
        {t('elections.proxies.lodge.hint')}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="proxy-lodge-refused" />
      <Form<LodgeValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ written: true }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="principalId"
            label={t('elections.proxies.principal')}
            rules={[{ required: true, message: t('elections.person.required') }]}
          >
            <Select {...voter} data-testid="proxy-principal" />
          </Form.Item>
          <Form.Item
            name="holderId"
            label={t('elections.proxies.holder')}
            rules={[{ required: true, message: t('elections.person.required') }]}
          >
            <Select {...voter} data-testid="proxy-holder" />
          </Form.Item>
        </Flex>
        <Form.Item name="written" valuePropName="checked">
          <Checkbox data-testid="proxy-written">{t('elections.proxies.written')}</Checkbox>
        </Form.Item>
        <ActDate name="on" label={t('elections.proxies.lodgedOn')} testId="proxy-on" />
        <Submit busy={busy} onSubmit={submit} testId="proxy-lodge-submit">
          {t('elections.proxies.lodge')}
        </Submit>
      </Form>
    </details>
  );
}

/** The ticked proxies approved and published the same day. */
function ApproveForm({
  villageId,
  electionId,
  onDone,
  picked,
  onApproved,
}: PollingProps & { picked: string[]; onApproved: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ on?: string | null }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: ApproveProxiesInput = { principalIds: picked, on: values.on ?? undefined };
    onDone(await sendAct(villageId, electionId, 'proxies/approve', input));
    onApproved();
  });
  return (
    <div className="election-act" data-testid="proxy-approve">
      <StepRefusal error={error} unmatched={unmatched} testId="proxy-approve-refused" />
      <Form form={form} layout="inline" className="election-act-form">
        <ActDate name="on" label={t('elections.on')} testId="proxy-approve-on" />
        <Form.Item>
          <Submit busy={busy} onSubmit={submit} testId="proxy-approve-submit">
            {t('elections.proxies.approve', { n: picked.length })}
          </Submit>
        </Form.Item>
      </Form>
    </div>
  );
}
