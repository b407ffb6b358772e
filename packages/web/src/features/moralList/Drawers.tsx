import { Form, Input, InputNumber, Select, Space } from 'antd';
import { MORAL_ANSWER_DAYS, MORAL_TERM_MONTHS } from '@cunzhi/core/moralList/rules';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import { moralApi, type Listing, type ListingAction, type RulesInput } from './api.ts';

interface DrawerProps {
  villageId: string;
  onClose: () => void;
  onDone: () => void;
}

interface ResolutionItem {
  id: string;
  numberText: string;
  title: string;
  meeting: { kind: string };
}

/** The resolutions of meetings of `kinds`, newest first, to pick the one that decided. */
export function ResolutionSelect({
  villageId,
  kinds,
  value,
  onChange,
}: {
  villageId: string;
  kinds: string[];
  value?: string;
  onChange?: (id: string) => void;
}) {
  const { data } = useApi<{ items: ResolutionItem[] }>(
    `/api/villages/${villageId}/resolutions?limit=100`,
  );
  return (
    <Select
      value={value}
      onChange={onChange}
      data-testid="moral-resolution"
      options={(data?.items ?? [])
        .filter((r) => kinds.includes(r.meeting.kind))
        .map((r) => ({ value: r.id, label: `${r.numberText} ${r.title}` }))}
    />
  );
}

/** Records the board rules as the representatives or the assembly adopted them. */
export function RulesDrawer({ villageId, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<RulesInput>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${moralApi(villageId)}/rules`, { method: 'POST', body: values });
    onDone();
  });
  const body = (b: string) => ({ value: b, label: t(`moralList.body.${b}` as 'moralList.menu') });
  return (
    <FormDrawer
      title={t('moralList.rules.record')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="moral-rules-drawer"
    >
      <RefusalAlert error={error} testId="moral-rules-refused" />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          decidingBody: 'moralEvaluationCouncil',
          redMonths: 12,
          blackMonths: 6,
          answerDays: 7,
        }}
      >
        <Form.Item
          name="resolutionId"
          label={t('moralList.rules.resolution')}
          rules={[{ required: true }]}
        >
          <ResolutionSelect
            villageId={villageId}
            kinds={['representativesMeeting', 'villagersAssembly']}
          />
        </Form.Item>
        <Form.Item
          name="decidingBody"
          label={t('moralList.rules.body')}
          rules={[{ required: true }]}
        >
          <Select options={['moralEvaluationCouncil', 'representativesMeeting'].map(body)} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="redMonths" label={t('moralList.rules.redMonths')}>
            <InputNumber min={MORAL_TERM_MONTHS.min} max={MORAL_TERM_MONTHS.max} precision={0} />
          </Form.Item>
          <Form.Item name="blackMonths" label={t('moralList.rules.blackMonths')}>
            <InputNumber min={MORAL_TERM_MONTHS.min} max={MORAL_TERM_MONTHS.max} precision={0} />
          </Form.Item>
          <Form.Item name="answerDays" label={t('moralList.rules.answerDays')}>
            <InputNumber min={MORAL_ANSWER_DAYS.min} max={MORAL_ANSWER_DAYS.max} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item
          name="consequences"
          label={t('moralList.rules.consequences')}
          rules={[{ required: true }]}
        >
          <Input.TextArea
            maxLength={1000}
            autoSize={{ minRows: 3 }}
            data-testid="moral-consequences"
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** A proposal: red or black, the person, the facts. */
export function ProposeDrawer({ villageId, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<{ kind: 'red' | 'black'; personId: string; facts: string }>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${moralApi(villageId)}/listings`, { method: 'POST', body: values });
    onDone();
  });
  return (
    <FormDrawer
      title={t('moralList.propose')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="moral-propose-drawer"
    >
      <RefusalAlert error={error} testId="moral-propose-refused" />
      <Form form={form} layout="vertical" initialValues={{ kind: 'red' }}>
        <Form.Item name="kind" label={t('moralList.kind')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'red', label: t('moralList.kind.red') },
              { value: 'black', label: t('moralList.kind.black') },
            ]}
          />
        </Form.Item>
        <Form.Item name="personId" label={t('moralList.person')} rules={[{ required: true }]}>
          <PersonSelect villageId={villageId} testId="moral-person" />
        </Form.Item>
        <Form.Item name="facts" label={t('moralList.facts')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} data-testid="moral-facts" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** One step of a listing with the fields it needs: the notice, a paper answer, the body's vote. */
export function StepDrawer({
  villageId,
  listing,
  action,
  decidingBody,
  onClose,
  onDone,
}: DrawerProps & { listing: Listing; action: ListingAction; decidingBody: string }) {
  const t = useT();
  const [form] = Form.useForm<Record<string, unknown>>();
  const voting = action === 'list' || action === 'reject' || action === 'remove';
  const byCouncil = decidingBody === 'moralEvaluationCouncil';
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${moralApi(villageId)}/listings/${listing.id}/steps`, {
      method: 'POST',
      body: { action, ...values },
    });
    onDone();
  });
  return (
    <FormDrawer
      title={`${listing.number} ${listing.personName}：${t(`moralList.action.${action}`)}`}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="moral-step-drawer"
    >
      <RefusalAlert error={error} testId="moral-step-refused" />
      <Form form={form} layout="vertical" initialValues={{ channel: 'paper' }}>
        {action === 'notify' && (
          <Form.Item name="channel" label={t('moralList.channel')} rules={[{ required: true }]}>
            <Select
              options={(['inPerson', 'paper', 'phone'] as const).map((c) => ({
                value: c,
                label: t(`moralList.channel.${c}`),
              }))}
            />
          </Form.Item>
        )}
        {action === 'answer' && (
          <Form.Item name="answer" label={t('moralList.answer')} rules={[{ required: true }]}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} />
          </Form.Item>
        )}
        {action === 'remove' && (
          <Form.Item name="reason" label={t('moralList.reason')} rules={[{ required: true }]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
          </Form.Item>
        )}
        {voting && !byCouncil && (
          <Form.Item
            name="resolutionId"
            label={t('moralList.resolution')}
            rules={[{ required: true }]}
          >
            <ResolutionSelect villageId={villageId} kinds={['representativesMeeting']} />
          </Form.Item>
        )}
        {voting && byCouncil && (
          <Space wrap>
            {(['present', 'yes', 'no', 'abstain'] as const).map((k) => (
              <Form.Item
                key={k}
                name={['vote', k]}
                label={t(`moralList.vote.${k}`)}
                rules={[{ required: true }]}
                initialValue={0}
              >
                <InputNumber min={0} max={999} precision={0} data-testid={`moral-vote-${k}`} />
              </Form.Item>
            ))}
          </Space>
        )}
        {(!voting || byCouncil) && (
          <Form.Item name="on" label={t('moralList.on')}>
            <DateInput notAfterToday />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
