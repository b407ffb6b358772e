import { Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { PETITION_OPINIONS } from '@cunzhi/core/petitions/petitions';
import {
  petitionsApi,
  type DepartmentsResponse,
  type PetitionAction,
  type PetitionResponse,
  type StepInput,
} from './api.ts';

interface Props {
  villageId: string;
  petitionId: string;
  action: PetitionAction;
  onClose: () => void;
  onDone: (petition: PetitionResponse) => void;
}

type Values = Omit<StepInput, 'action' | 'on' | 'hearingFrom' | 'hearingTo'> & {
  on?: string | null;
  hearingFrom?: string | null;
  hearingTo?: string | null;
};

const REASONED: readonly PetitionAction[] = ['object', 'refuse', 'extend'];
const OPINIONS: readonly PetitionAction[] = ['answer', 'reviewOpinion', 'reReviewOpinion'];

/** One step of a petition: the fields the step needs (a department, reasons, days, an opinion, a hearing's days) and its date. */
export default function StepDrawer({ villageId, petitionId, action, onClose, onDone }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const departments = useApi<DepartmentsResponse>(
    action === 'assign' ? `${petitionsApi(villageId)}/departments` : null,
  );
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body: StepInput = {
      ...values,
      action,
      on: values.on ?? undefined,
      hearingFrom: values.hearingFrom ?? undefined,
      hearingTo: values.hearingTo ?? undefined,
    };
    onDone(
      await api<PetitionResponse>(`${petitionsApi(villageId)}/${petitionId}/steps`, {
        method: 'POST',
        body,
      }),
    );
  });
  return (
    <FormDrawer
      title={t(`petitions.action.${action}`)}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="petition-step-drawer"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" requiredMark="optional">
        {action === 'assign' && (
          <Form.Item
            name="departmentId"
            label={t('petitions.department')}
            rules={[{ required: true }]}
          >
            <Select
              data-testid="petition-step-department"
              options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        {action === 'extend' && (
          <Form.Item
            name="days"
            label={t('petitions.step.days')}
            extra={t('petitions.step.days.hint')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={30} data-testid="petition-step-days" />
          </Form.Item>
        )}
        {REASONED.includes(action) && (
          <Form.Item name="reason" label={t('petitions.step.reason')} rules={[{ required: true }]}>
            <Input.TextArea
              maxLength={2000}
              autoSize={{ minRows: 2 }}
              data-testid="petition-step-reason"
            />
          </Form.Item>
        )}
        {OPINIONS.includes(action) && (
          <>
            <Form.Item
              name="opinion"
              label={t('petitions.step.opinion')}
              rules={[{ required: true }]}
            >
              <Radio.Group
                data-testid="petition-step-opinion"
                options={PETITION_OPINIONS.map((o) => ({
                  value: o,
                  label: t(`petitions.opinion.${o}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="answer"
              label={t('petitions.step.answer')}
              rules={[{ required: true }]}
            >
              <Input.TextArea
                maxLength={4000}
                autoSize={{ minRows: 4 }}
                data-testid="petition-step-answer"
              />
            </Form.Item>
          </>
        )}
        {action === 'hearing' && (
          <>
            <Typography.Paragraph type="secondary">
              {t('petitions.step.hearing.hint')}
            </Typography.Paragraph>
            <Form.Item
              name="hearingFrom"
              label={t('petitions.step.hearingFrom')}
              rules={[{ required: true }]}
            >
              <DateInput testId="petition-step-hearing-from" />
            </Form.Item>
            <Form.Item
              name="hearingTo"
              label={t('petitions.step.hearingTo')}
              rules={[{ required: true }]}
            >
              <DateInput testId="petition-step-hearing-to" />
            </Form.Item>
          </>
        )}
        <Form.Item name="on" label={t('petitions.step.on')}>
          <DateInput notAfterToday testId="petition-step-on" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
