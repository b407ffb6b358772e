import { useState } from 'react';
import { Alert, Card, Checkbox, Flex, Form, InputNumber, List, Select, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { PickedPerson } from '../../components/PersonSelect.tsx';
import { PeoplePicker } from './PeoplePicker.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { PaperEntriesInput, RoundView } from './api.ts';
import { sendAct, StepRefusal, Submit } from './parts.tsx';
import { boxLabel, boxOptions } from './PollingDayForms.tsx';
import type { PollingProps } from './PollingSection.tsx';

interface Values {
  box: string;
  number: number;
  /** Per post: the printed candidates ticked. */
  marks: Record<string, string[] | undefined>;
  /** Per post that allows it: the persons written in. */
  writeIns: Record<string, PickedPerson[] | undefined>;
}

interface Entered {
  box: string;
  number: number;
  names: string;
}

/**
 * 计票: while the caller reads each ballot out of a box, a counter enters it here on their
 * own, numbered as it comes out; the other counter does the same at their desk. Entering a
 * number again corrects one's own entry. The count takes only ballots both entered alike: a
 * difference is refused there, naming the ballot.
 */
export function PaperEntryCard(props: PollingProps & { round: RoundView }) {
  const t = useT();
  const { villageId, electionId, onDone, round } = props;
  const [form] = Form.useForm<Values>();
  const [entered, setEntered] = useState<Entered[]>([]);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const marks = Object.fromEntries(
      round.posts.map((p) => [
        p.id,
        [...(values.marks?.[p.id] ?? []), ...(values.writeIns?.[p.id] ?? []).map((w) => w.value)],
      ]),
    );
    const input: PaperEntriesInput = {
      box: values.box,
      entries: [{ number: values.number, marks }],
    };
    onDone(await sendAct(villageId, electionId, 'ballots/paper', input));
    const names = round.posts
      .map((p) => {
        const ticked = p.candidates.filter((c) => values.marks?.[p.id]?.includes(c.personId));
        const written = (values.writeIns?.[p.id] ?? []).map((w) => w.label);
        const all = [...ticked.map((c) => c.name), ...written];
        return `${t.pick(p.name)}：${all.length ? all.join('、') : t('elections.paper.blank')}`;
      })
      .join('；');
    setEntered((list) => [
      { box: values.box, number: values.number, names },
      ...list.filter((e) => e.box !== values.box || e.number !== values.number),
    ]);
    // setFieldsValue merges nested values: each post's marks are emptied by name
    const empty = Object.fromEntries(round.posts.map((p) => [p.id, []]));
    form.setFieldsValue({ number: values.number + 1, marks: empty, writeIns: empty });
  });
  return (
    <Card className="block-gap" size="small" title={t('elections.paper')} data-testid="paper-entry">
      <Typography.Paragraph type="secondary">{t('elections.paper.hint')}</Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="paper-entry-refused" />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ box: 'central', number: 1, marks: {}, writeIns: {} }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="box" label={t('elections.ballots.box')}>
            <Select
              options={boxOptions(t, round)}
              style={{ minWidth: 160 }}
              data-testid="paper-box"
            />
          </Form.Item>
          <Form.Item
            name="number"
            label={t('elections.paper.number')}
            extra={t('elections.paper.number.hint')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={100000} data-testid="paper-number" />
          </Form.Item>
        </Flex>
        {round.posts.map((post) => (
          <fieldset
            key={post.id}
            className="election-ballot-post"
            data-testid="paper-post"
            data-post={post.id}
          >
            <legend>
              {t.pick(post.name)} · {t('elections.paper.seats', { n: post.seats })}
            </legend>
            <Form.Item name={['marks', post.id]}>
              <Checkbox.Group
                options={post.candidates.map((c) => ({ value: c.personId, label: c.name }))}
                data-testid={`paper-marks-${post.id}`}
              />
            </Form.Item>
            {post.writeIns && (
              <Form.Item name={['writeIns', post.id]} label={t('elections.paper.writeIn')}>
                <PeoplePicker
                  villageId={villageId}
                  electionId={electionId}
                  multiple
                  testId={`paper-writein-${post.id}`}
                />
              </Form.Item>
            )}
          </fieldset>
        ))}
        <Submit busy={busy} onSubmit={submit} testId="paper-submit">
          {t('elections.paper.enter')}
        </Submit>
      </Form>
      <PaperCheck round={round} />
      {entered.length > 0 && (
        <List
          size="small"
          className="block-gap"
          header={t('elections.paper.entered')}
          dataSource={entered}
          data-testid="paper-entered"
          renderItem={(e) => (
            <List.Item data-testid="paper-entered-ballot" data-number={e.number} data-box={e.box}>
              {t('elections.paper.enteredBallot', {
                box: boxLabel(t, e.box),
                n: e.number,
                names: e.names,
              })}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/**
 * Both counters' entries checked against each other, per box, before the count: the numbers
 * to call again (entered differently) and those the other counter has still to enter.
 */
function PaperCheck({ round }: { round: RoundView }) {
  const t = useT();
  if (round.paperCheck.length === 0) return null;
  return (
    <div className="block-gap" data-testid="paper-check">
      {round.paperCheck.map((b) => {
        const ready = b.differing.length === 0 && b.single.length === 0;
        const numbers = (list: number[]) => list.join('、');
        return (
          <Alert
            key={b.box}
            className="block-gap"
            type={ready ? 'success' : 'warning'}
            showIcon
            data-testid="paper-check-box"
            data-box={b.box}
            message={t('elections.paper.check', { box: boxLabel(t, b.box), n: b.agreed })}
            description={
              ready ? undefined : (
                <>
                  {b.differing.length > 0 && (
                    <div data-testid="paper-check-differing">
                      {t('elections.paper.check.differing', { numbers: numbers(b.differing) })}
                    </div>
                  )}
                  {b.single.length > 0 && (
                    <div data-testid="paper-check-single">
                      {t('elections.paper.check.single', { numbers: numbers(b.single) })}
                    </div>
                  )}
                </>
              )
            }
          />
        );
      })}
    </div>
  );
}
