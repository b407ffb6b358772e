import { useState } from 'react';
import { Button, Card, Flex, Form, Input, List, Radio, Select, Tag, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { DecideObjectionInput, FileObjectionInput, ObjectionView } from './api.ts';
import { sendAct, useRoll, type SectionProps, ActDate, Submit, StepRefusal } from './parts.tsx';

type Subject = ObjectionView['subject'];

/**
 * 申诉: objections to the committee or to the roll, each with the day it was received, the
 * day it must be decided by, and the decision. Names to the committee and the town; others
 * see how many are open. The committee's members record objections handed in and decide them.
 */
export function ObjectionsCard(props: SectionProps & { subject: Subject }) {
  const t = useT();
  const { data, subject } = props;
  const member = data.mine.committeeMember;
  const [deciding, setDeciding] = useState<string | null>(null);
  const items = (data.objections ?? []).filter((o) => o.subject === subject);
  const by = subject === 'committee' ? data.committee.objectionsBy : data.roll.objectionsBy;
  return (
    <Card
      className="block-gap"
      title={t(`elections.objections.${subject}`)}
      data-testid={`objections-${subject}`}
      extra={
        by && (
          <Typography.Text type="secondary">
            {t('elections.objections.by', { date: t.date(by) })}
          </Typography.Text>
        )
      }
    >
      {data.objections === null ? (
        <Typography.Text data-testid="objections-open">
          {t('elections.objections.open', { n: data.openObjections })}
        </Typography.Text>
      ) : (
        <List
          dataSource={items}
          locale={{ emptyText: t('elections.objections.none') }}
          renderItem={(o) => (
            <List.Item data-testid="objection" data-decision={o.decision ?? 'open'}>
              <div className="election-objection">
                <Flex gap={8} wrap align="center">
                  <strong>{o.objectorName}</strong>
                  {o.aboutName && (
                    <span>{t('elections.objections.about', { name: o.aboutName })}</span>
                  )}
                  <Typography.Text type="secondary">
                    {t('elections.objections.received', { date: t.date(o.receivedOn) })}
                  </Typography.Text>
                  {o.decision ? (
                    <Tag color={o.decision === 'upheld' ? 'green' : 'default'}>
                      {t(`elections.objections.${o.decision}`)} · {t.date(o.decidedOn)}
                    </Tag>
                  ) : (
                    <Tag color="orange">
                      {t('elections.objections.decideBy', { date: t.date(o.decideBy) })}
                    </Tag>
                  )}
                </Flex>
                <p className="election-objection-reason">{o.reason}</p>
                {o.decisionNote && <p className="l-secondary">{o.decisionNote}</p>}
                {o.breaches.map((b) => (
                  <Typography.Text key={b.ruleId} type="danger" data-rule-id={b.ruleId}>
                    {b.text}
                  </Typography.Text>
                ))}
                {member && !o.decision && deciding !== o.id && (
                  <Button
                    size="small"
                    onClick={() => setDeciding(o.id)}
                    data-testid="objection-decide"
                  >
                    {t('elections.objections.decide')}
                  </Button>
                )}
                {deciding === o.id && (
                  <DecideForm {...props} objection={o} onCancel={() => setDeciding(null)} />
                )}
              </div>
            </List.Item>
          )}
        />
      )}
      {member && <FileForm {...props} />}
    </Card>
  );
}

interface FileValues {
  objectorName: string;
  aboutPersonId?: string;
  reason: string;
  receivedOn?: string | null;
}

/** An objection handed in to the committee (on paper or in person), with the day it came. */
function FileForm({
  data,
  villageId,
  electionId,
  onDone,
  subject,
}: SectionProps & { subject: Subject }) {
  const t = useT();
  const [form] = Form.useForm<FileValues>();
  const roll = useRoll(villageId, electionId, subject === 'roll');
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: FileObjectionInput = {
      subject,
      objectorName: values.objectorName,
      aboutPersonId: values.aboutPersonId ?? null,
      reason: values.reason,
      receivedOn: values.receivedOn ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, 'objections', input));
    form.resetFields();
  });
  if (subject === 'roll' && !data.roll.publishedOn) return null;
  return (
    <details className="election-form" data-testid={`objection-file-${subject}`}>
      <summary>{t('elections.objections.file')}</summary>
      <StepRefusal error={error} unmatched={unmatched} testId="objection-file-refused" />
      <Form<FileValues> form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="objectorName"
          label={t('elections.objections.objector')}
          rules={[{ required: true }]}
        >
          <Input maxLength={40} data-testid="objection-objector" />
        </Form.Item>
        {subject === 'roll' && (
          <Form.Item
            name="aboutPersonId"
            label={t('elections.objections.aboutPerson')}
            extra={t('elections.objections.aboutPerson.hint')}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(roll.data?.voters ?? []).map((v) => ({
                value: v.personId,
                label: `${v.name}（${v.groupName}）`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('elections.objections.reason')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="objection-reason" />
        </Form.Item>
        <ActDate name="receivedOn" label={t('elections.objections.receivedOn')} />
        <Submit busy={busy} onSubmit={submit} testId="objection-file-submit">
          {t('elections.objections.file')}
        </Submit>
      </Form>
    </details>
  );
}

interface DecideValues {
  decision: DecideObjectionInput['decision'];
  note?: string;
  on?: string | null;
}

/** The committee's decision on one objection, published with it (decided within three days). */
function DecideForm({
  villageId,
  electionId,
  onDone,
  objection,
  onCancel,
}: SectionProps & { objection: ObjectionView; onCancel: () => void }) {
  const t = useT();
  const [form] = Form.useForm<DecideValues>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: DecideObjectionInput = {
      decision: values.decision,
      note: values.note ?? '',
      on: values.on ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, `objections/${objection.id}/decide`, input));
    onCancel();
  });
  return (
    <div className="election-form" data-testid="objection-decide-form">
      <StepRefusal error={error} unmatched={unmatched} testId="objection-decide-refused" />
      <Form<DecideValues> form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="decision"
          label={t('elections.objections.decision')}
          rules={[{ required: true }]}
        >
          <Radio.Group>
            <Radio value="upheld">{t('elections.objections.upheld')}</Radio>
            <Radio value="dismissed">{t('elections.objections.dismissed')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={t('elections.objections.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <ActDate name="on" label={t('elections.objections.decidedOn')} />
        <Flex gap={8}>
          <Submit busy={busy} onSubmit={submit} testId="objection-decide-submit">
            {t('elections.objections.publishDecision')}
          </Submit>
          <Button onClick={onCancel}>{t('app.cancel')}</Button>
        </Flex>
      </Form>
    </div>
  );
}
