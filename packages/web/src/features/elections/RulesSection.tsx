import { Card, Form, Input, Select, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { AdoptRulesInput, RulesDraftInput, Timetable } from './api.ts';
import {
  Fact,
  reached,
  sendAct,
  useResolutionOptions,
  type SectionProps,
  ActDate,
  Submit,
  StepRefusal,
} from './parts.tsx';

/** The timetable's days in the order they come, as the announcement lists them. */
const TIMETABLE: readonly (keyof Timetable)[] = [
  'voterRollBy',
  'selfNominationBy',
  'candidateListBy',
  'pollingNoticeBy',
  'withdrawalBy',
  'proxiesBy',
  'pollingOn',
  'announceBy',
  'runoffBy',
];

/**
 * 选举办法: the draft published for comment, adopted by a resolution of the assembly or the
 * representatives (chosen from the village's resolutions), and announced with the timetable
 * the server computes from polling day.
 */
export function RulesSection(props: SectionProps) {
  const t = useT();
  const { data } = props;
  const r = data.rules;
  const member = data.mine.committeeMember;
  const adoptable = data.election.stage === 'committeeChosen';
  return (
    <div data-testid="election-rules">
      <Card className="block-gap" title={t('elections.rules.draft')}>
        {r.draftPublishedOn ? (
          <>
            <dl className="election-facts">
              <Fact label={t('elections.rules.draftPublished')}>{t.date(r.draftPublishedOn)}</Fact>
              {r.commentsUntil && (
                <Fact label={t('elections.rules.commentsUntil')}>{t.date(r.commentsUntil)}</Fact>
              )}
            </dl>
            <pre className="election-rules-text" data-testid="rules-draft-text">
              {r.draft}
            </pre>
          </>
        ) : (
          <Typography.Paragraph type="secondary">
            {t('elections.rules.noDraft')}
          </Typography.Paragraph>
        )}
        {member && adoptable && <DraftForm {...props} />}
      </Card>
      <Card className="block-gap" title={t('elections.rules.adopted')}>
        {r.resolution ? (
          <dl className="election-facts">
            <Fact label={t('elections.rules.resolution')}>
              <span data-testid="rules-resolution">
                {r.resolution.title} · {t.date(r.resolution.adoptedOn)}
              </span>
            </Fact>
            {r.announcedOn && (
              <Fact label={t('elections.rules.announcedOn')}>{t.date(r.announcedOn)}</Fact>
            )}
          </dl>
        ) : (
          <Typography.Paragraph type="secondary">
            {t('elections.rules.notAdopted')}
          </Typography.Paragraph>
        )}
        {member && adoptable && r.draftPublishedOn && <AdoptForm {...props} />}
        {data.timetable && reached(data.election.stage, 'rulesAdopted') && (
          <>
            <Typography.Title level={5}>{t('elections.timetable')}</Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('elections.timetable.hint')}
            </Typography.Paragraph>
            <dl className="election-facts" data-testid="election-timetable">
              {TIMETABLE.map((key) => (
                <Fact key={key} label={t(`elections.timetable.${key}`)}>
                  <span data-testid={`timetable-${key}`}>{t.date(data.timetable![key])}</span>
                </Fact>
              ))}
            </dl>
          </>
        )}
      </Card>
    </div>
  );
}

interface DraftValues {
  text: string;
  on?: string | null;
  commentsUntil: string;
}

/** The draft published for the villagers' comment, and the last day for comments. */
function DraftForm({ data, villageId, electionId, onDone }: SectionProps) {
  const t = useT();
  const [form] = Form.useForm<DraftValues>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: RulesDraftInput = {
      text: values.text,
      on: values.on ?? undefined,
      commentsUntil: values.commentsUntil,
    };
    onDone(await sendAct(villageId, electionId, 'rules/draft', input));
  });
  return (
    <details
      className="election-form"
      open={!data.rules.draftPublishedOn}
      data-testid="rules-draft"
    >
      <summary>
        {data.rules.draftPublishedOn
          ? t('elections.rules.redraft')
          : t('elections.rules.publishDraft')}
      </summary>
      <StepRefusal error={error} unmatched={unmatched} testId="rules-draft-refused" />
      <Form<DraftValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          text: data.rules.draft ?? '',
          commentsUntil: data.rules.commentsUntil ?? undefined,
        }}
      >
        <Form.Item name="text" label={t('elections.rules.text')} rules={[{ required: true }]}>
          <Input.TextArea rows={8} maxLength={20000} data-testid="rules-draft-input" />
        </Form.Item>
        <ActDate name="on" label={t('elections.rules.draftPublished')} testId="rules-draft-on" />
        <Form.Item
          name="commentsUntil"
          label={t('elections.rules.commentsUntil')}
          rules={[{ required: true }]}
        >
          <DateInput testId="rules-comments-until" />
        </Form.Item>
        <Submit busy={busy} onSubmit={submit} testId="rules-draft-submit">
          {t('elections.rules.publishDraft')}
        </Submit>
      </Form>
    </details>
  );
}

interface AdoptValues {
  resolutionId: string;
  electionDay: string;
  announcedOn?: string | null;
}

/** The rules adopted: the resolution that adopted them, polling day, and the announcement's day. */
function AdoptForm({ villageId, electionId, onDone }: SectionProps) {
  const t = useT();
  const [form] = Form.useForm<AdoptValues>();
  const resolutions = useResolutionOptions(villageId);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: AdoptRulesInput = {
      resolutionId: values.resolutionId,
      electionDay: values.electionDay,
      announcedOn: values.announcedOn ?? undefined,
    };
    onDone(await sendAct(villageId, electionId, 'rules/adopt', input));
  });
  return (
    <div className="election-form" data-testid="rules-adopt">
      <Typography.Title level={5}>{t('elections.rules.adopt')}</Typography.Title>
      <StepRefusal error={error} unmatched={unmatched} testId="rules-adopt-refused" />
      <Form<AdoptValues> form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="resolutionId"
          label={t('elections.rules.resolution')}
          extra={t('elections.rules.resolution.hint')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={resolutions.loading}
            data-testid="rules-resolution-select"
            options={resolutions.options}
          />
        </Form.Item>
        <Form.Item
          name="electionDay"
          label={t('elections.electionDay')}
          extra={t('elections.rules.electionDay.hint')}
          rules={[{ required: true }]}
        >
          <DateInput testId="rules-election-day" />
        </Form.Item>
        <Form.Item
          name="announcedOn"
          label={t('elections.rules.announcedOn')}
          extra={t('elections.rules.announcedOn.hint')}
        >
          <DateInput notAfterToday />
        </Form.Item>
        <Submit busy={busy} onSubmit={submit} testId="rules-adopt-submit">
          {t('elections.rules.adopt')}
        </Submit>
      </Form>
    </div>
  );
}
