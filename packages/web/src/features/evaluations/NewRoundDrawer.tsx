import { Form, Input, InputNumber, Radio, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { roundsPath, type CreateRoundInput, type RoundDetail } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';

interface Props {
  villageId: string;
  onClose: () => void;
  onCreated: (roundId: string) => void;
}

/** Organises a round: its year, day and evaluators (the cadres are those serving that day). */
export default function NewRoundDrawer({ villageId, onClose, onCreated }: Props) {
  const t = useT();
  const [form] = Form.useForm<CreateRoundInput>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const answer = await api<RoundDetail>(roundsPath(villageId), {
      method: 'POST',
      body: { ...values, title: values.title || undefined },
    });
    onCreated(answer.round.id);
  });
  return (
    <FormDrawer
      title={t('evaluations.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="round-new-drawer"
    >
      <RefusalAlert error={error} testId="round-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ year: new Date().getFullYear(), evaluators: 'representatives' }}
      >
        <Form.Item name="year" label={t('evaluations.year')} rules={[{ required: true }]}>
          <InputNumber min={1990} max={2200} data-testid="round-year" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('evaluations.heldOn')} rules={[{ required: true }]}>
          <DateInput testId="round-held-on" />
        </Form.Item>
        <Form.Item
          name="evaluators"
          label={t('evaluations.evaluators')}
          rules={[{ required: true }]}
        >
          <Radio.Group data-testid="round-evaluators">
            <Radio value="representatives">{t('evaluations.evaluators.representatives')}</Radio>
            <Radio value="assembly">{t('evaluations.evaluators.assembly')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="title" label={t('evaluations.roundTitle')}>
          <Input maxLength={100} placeholder={t('evaluations.roundTitle.placeholder')} />
        </Form.Item>
        <Typography.Text type="secondary">{t('evaluations.hint')}</Typography.Text>
      </Form>
    </FormDrawer>
  );
}
