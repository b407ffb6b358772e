import { useEffect } from 'react';
import { Button, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/index.tsx';
import { ApiError } from '../../api/client.ts';
import { PeoplePicker } from './PeoplePicker.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { BallotMethod, PollingNoticeInput, RoundView, TellerRole } from './api.ts';
import { ActDate, Fact, sendAct, StepRefusal, Submit, type SectionProps } from './parts.tsx';

const ROLES: readonly TellerRole[] = ['caller', 'counter', 'scrutineer'];
/** The rule of the notice's day and of the tellers' recusal (a candidate or a candidate's kin). */
const RECUSAL = 'ZJ-22-TELLER-RECUSAL';

/** The roles as the server's words name them (不得担任监票人). */
const ROLE_WORDS: Record<string, TellerRole> = {
  唱票人: 'caller',
  计票人: 'counter',
  监票人: 'scrutineer',
};

/** The one row a recusal is about: the only row of the role it names; -1 when it cannot tell. */
function recusalRow(message: string, tellers: Values['tellers'] | undefined): number {
  const role = ROLE_WORDS[/不得担任(唱票人|计票人|监票人)/.exec(message)?.[1] ?? ''];
  const rows = (tellers ?? []).flatMap((x, i) => (x.role === role ? [i] : []));
  return rows.length === 1 ? rows[0]! : -1;
}

interface Values {
  on?: string | null;
  place: string;
  opensAt?: string;
  closesAt?: string;
  booth?: string;
  method: BallotMethod;
  tellers: { personId?: string; role: TellerRole }[];
}

/**
 * 公布投票时间、地点和唱票、计票、监票人员 (at least five days before polling day): the place,
 * paper or (for the representatives only) electronic ballots, and the tellers picked from the
 * registry. A candidate or a candidate's near relative as a teller is refused: the server's
 * words stand beside the tellers. Published again before polling, the notice is renewed.
 */
export function PollingNoticeForm({
  data,
  villageId,
  electionId,
  onDone,
  current,
}: SectionProps & { current: RoundView | undefined }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: PollingNoticeInput = {
      on: values.on ?? undefined,
      place: values.place,
      ...(values.opensAt ? { opensAt: values.opensAt } : {}),
      ...(values.closesAt ? { closesAt: values.closesAt } : {}),
      ...(values.booth?.trim() ? { booth: values.booth } : {}),
      method: values.method,
      tellers: values.tellers.map((x) => ({ personId: x.personId ?? '', role: x.role })),
    };
    onDone(await sendAct(villageId, electionId, 'polling-notice', input));
  });
  // a teller's recusal is about the tellers: it stands beside the row when the role it names
  // is only one row's, else beside the tellers (the notice's day stays above the form)
  const recusal =
    error instanceof ApiError &&
    error.rule?.ruleId === RECUSAL &&
    /不得担任|may not serve/.test(error.message)
      ? error.message
      : null;
  const row =
    recusal === null ? -1 : recusalRow(recusal, form.getFieldValue('tellers') as Values['tellers']);
  useEffect(() => {
    if (recusal !== null && row >= 0)
      form.setFields([{ name: ['tellers', row, 'personId'], errors: [recusal] }]);
  }, [form, recusal, row]);
  const representatives = data.election.electorate === 'representatives';
  // published again: the place and method as they stand; the tellers are picked anew
  const renew = current !== undefined;
  return (
    <details className="election-form l-card-box" open={!renew} data-testid="polling-notice">
      <summary>
        {t(renew ? 'elections.polling.notice.renew' : 'elections.polling.notice.publish')}
      </summary>
      <Typography.Paragraph type="secondary">
        {t('elections.polling.notice.hint')}
      </Typography.Paragraph>
      {!recusal && (
        <StepRefusal error={error} unmatched={unmatched} testId="polling-notice-refused" />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          place: current?.place ?? undefined,
          opensAt: current?.hours?.opensAt,
          closesAt: current?.hours?.closesAt,
          booth: current?.booth ?? undefined,
          method: current?.method ?? 'paper',
          tellers: [
            { role: 'caller' },
            { role: 'counter' },
            { role: 'counter' },
            { role: 'scrutineer' },
          ],
        }}
      >
        {data.timetable && (
          <dl className="election-facts">
            <Fact label={t('elections.polling.pollingOn')}>{t.date(data.timetable.pollingOn)}</Fact>
            <Fact label={t('elections.timetable.pollingNoticeBy')}>
              {t.date(data.timetable.pollingNoticeBy)}
            </Fact>
          </dl>
        )}
        <ActDate
          name="on"
          label={t('elections.polling.notice.on')}
          testId="polling-notice-on-input"
        />
        <Form.Item name="place" label={t('elections.polling.place')} rules={[{ required: true }]}>
          <Input
            maxLength={200}
            placeholder={t('elections.polling.place.placeholder')}
            data-testid="polling-notice-place"
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="opensAt" label={t('elections.polling.opensAt')}>
            <Input type="time" data-testid="polling-notice-opens" />
          </Form.Item>
          <Form.Item name="closesAt" label={t('elections.polling.closesAt')}>
            <Input type="time" data-testid="polling-notice-closes" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="booth"
          label={t('elections.polling.booth')}
          extra={t('elections.polling.notice.booth.hint')}
        >
          <Input maxLength={200} data-testid="polling-notice-booth" />
        </Form.Item>
        <MethodField representatives={representatives} testId="polling-notice-method" />
        <Form.List name="tellers">
          {(fields, { add, remove }) => (
            <Form.Item
              label={t('elections.polling.tellers')}
              extra={t('elections.polling.tellers.hint')}
              validateStatus={recusal && row < 0 ? 'error' : undefined}
              help={
                recusal && row < 0 ? (
                  <span data-testid="polling-tellers-refused">{recusal}</span>
                ) : undefined
              }
            >
              {fields.map((field, i) => (
                <Flex
                  key={field.key}
                  gap={8}
                  align="baseline"
                  wrap
                  data-testid="polling-teller-row"
                >
                  <Form.Item name={[field.name, 'role']}>
                    <Select
                      style={{ minWidth: 110 }}
                      data-testid={`polling-teller-role-${i}`}
                      options={ROLES.map((r) => ({
                        value: r,
                        label: t(`elections.polling.role.${r}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'personId']}
                    rules={[{ required: true, message: t('elections.person.required') }]}
                    className="election-person"
                  >
                    <PeoplePicker
                      villageId={villageId}
                      electionId={electionId}
                      testId={`polling-teller-${i}`}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('elections.remove')}
                      onClick={() => remove(field.name)}
                      data-testid={`polling-teller-remove-${i}`}
                    />
                  )}
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ role: 'scrutineer' })}
                data-testid="polling-teller-add"
              >
                {t('elections.polling.tellers.add')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Submit busy={busy} onSubmit={submit} testId="polling-notice-submit">
          {t(renew ? 'elections.polling.notice.renew' : 'elections.polling.notice.publish')}
        </Submit>
      </Form>
    </details>
  );
}

/**
 * Paper or electronic ballots: a villagers' election is on paper; electronic ballots are for an
 * election by the representatives' meeting only (the server refuses them otherwise).
 */
export function MethodField({
  representatives,
  testId,
}: {
  representatives: boolean;
  testId: string;
}) {
  const t = useT();
  return (
    <Form.Item
      name="method"
      label={t('elections.polling.method')}
      extra={representatives ? undefined : t('elections.polling.method.hint')}
    >
      <Radio.Group data-testid={testId}>
        <Radio value="paper">{t('elections.polling.method.paper')}</Radio>
        <Radio value="electronic" disabled={!representatives}>
          {t('elections.polling.method.electronic')}
        </Radio>
      </Radio.Group>
    </Form.Item>
  );
}
