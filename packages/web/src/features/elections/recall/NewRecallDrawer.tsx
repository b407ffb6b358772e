import { Form, Input, Select } from 'antd';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { FormDrawer } from '../../registry/FormDrawer.tsx';
import { ActDate, StepRefusal } from '../parts.tsx';
import { recallsPath, type OpenRecallInput, type RecallDetail } from './api.ts';
import { useElectedSeats } from './parts.tsx';

interface Values {
  membershipId: string;
  reasons: string;
  on?: string | null;
}

/** 发起罢免: the serving member it is against and the reasons; signatures are collected next. */
export default function NewRecallDrawer({
  onClose,
  onOpened,
}: {
  onClose: () => void;
  onOpened: (recallId: string) => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const seats = useElectedSeats();
  const [form] = Form.useForm<Values>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const input: OpenRecallInput = {
      membershipId: values.membershipId,
      reasons: values.reasons,
      on: values.on ?? undefined,
    };
    const answer = await api<RecallDetail>(recallsPath(villageId), { method: 'POST', body: input });
    onOpened(answer.id);
  });
  return (
    <FormDrawer
      title={t('recall.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="recall-new-drawer"
    >
      <StepRefusal error={error} unmatched={unmatched} testId="recall-new-refused" />
      <Form<Values> form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="membershipId" label={t('recall.member')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={seats}
            data-testid="recall-member"
          />
        </Form.Item>
        <Form.Item
          name="reasons"
          label={t('recall.reasons')}
          extra={t('recall.reasons.hint')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={5} maxLength={5000} data-testid="recall-reasons" />
        </Form.Item>
        <ActDate name="on" label={t('recall.openedOn')} testId="recall-opened-on" />
      </Form>
    </FormDrawer>
  );
}
