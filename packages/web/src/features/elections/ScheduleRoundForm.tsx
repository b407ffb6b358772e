import { Card, Form, Input, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { BallotMethod, ResultView, RoundView, ScheduleRoundInput } from './api.ts';
import { MethodField } from './PollingNoticeForm.tsx';
import { ActDate, sendAct, StepRefusal, Submit, type SectionProps } from './parts.tsx';

interface Values {
  pollingOn?: string | null;
  place: string;
  method: BallotMethod;
  on?: string | null;
}

/**
 * 另行选举 or 重新投票: when seats stay open, a runoff among the best of those not elected
 * (that day or within the runoff window); when candidates tie across the last seat, a
 * re-vote among them. The round's candidates are the server's; its tellers the last round's.
 */
export function ScheduleRoundForm({
  data,
  villageId,
  electionId,
  onDone,
  kind,
  women,
}: SectionProps & { kind: RoundView['kind']; women: ResultView['womenRunoff'] }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: ScheduleRoundInput = {
      pollingOn: values.pollingOn ?? '',
      place: values.place,
      method: values.method,
      on: values.on ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, 'rounds/schedule', input));
  });
  const representatives = data.election.electorate === 'representatives';
  // a women's runoff is scheduled as a runoff: the server makes it one when it is due
  const which = women && kind === 'runoff' ? 'women' : kind;
  return (
    <Card
      className="block-gap"
      size="small"
      title={t(`elections.result.schedule.${which}`)}
      data-testid="round-schedule"
      data-kind={which}
    >
      <Typography.Paragraph type="secondary">
        {t(`elections.result.schedule.${which}.hint`, {
          date: data.timetable ? t.date(data.timetable.runoffBy) : '',
        })}
      </Typography.Paragraph>
      <StepRefusal error={error} unmatched={unmatched} testId="round-schedule-refused" />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ method: 'paper' }}
      >
        <Form.Item
          name="pollingOn"
          label={t('elections.polling.pollingOn')}
          rules={[{ required: true, message: t('elections.result.schedule.day.required') }]}
        >
          <DateInput testId="round-schedule-day" />
        </Form.Item>
        <Form.Item name="place" label={t('elections.polling.place')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="round-schedule-place" />
        </Form.Item>
        <MethodField representatives={representatives} testId="round-schedule-method" />
        <ActDate name="on" label={t('elections.on')} testId="round-schedule-on" />
        <Submit busy={busy} onSubmit={submit} testId="round-schedule-submit">
          {t(`elections.result.schedule.${which}`)}
        </Submit>
      </Form>
    </Card>
  );
}
