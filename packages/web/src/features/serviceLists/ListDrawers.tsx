import { Form, Input, InputNumber, Select } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import {
  NEED_SOURCE_NAMES,
  NEED_SOURCES,
  RESOURCE_KIND_NAMES,
  RESOURCE_KINDS,
} from '@cunzhi/core/serviceLists/lists';
import { listsApi, type NeedCandidate, type NeedInput, type ResourceInput } from './api.ts';

interface DrawerProps {
  villageId: string;
  quarter: { year: number; quarter: number };
  onClose: () => void;
  onDone: () => void;
}

/** A need on the quarter's list: typed, or drawn from a count of the platform's records. */
export function NeedDrawer({
  villageId,
  quarter,
  from,
  onClose,
  onDone,
}: DrawerProps & { from: NeedCandidate | null }) {
  const t = useT();
  const [form] = Form.useForm<NeedInput>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${listsApi(villageId)}/service-lists/needs`, {
      method: 'POST',
      body: { ...values, ...quarter },
    });
    onDone();
  });
  return (
    <FormDrawer
      title={t('serviceLists.addNeed')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="lists-need-drawer"
    >
      <RefusalAlert error={error} testId="lists-need-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={
          from
            ? {
                source: from.source,
                sourceLabel: from.label,
                recordCount: from.count,
                summary: t('serviceLists.candidates.summary', {
                  label: from.label || t.pick(from.sourceName),
                  count: from.count,
                }),
              }
            : { source: 'villagersSay' }
        }
      >
        <Form.Item name="source" label={t('serviceLists.source')} rules={[{ required: true }]}>
          <Select
            data-testid="lists-need-source"
            options={NEED_SOURCES.map((s) => ({ value: s, label: t.pick(NEED_SOURCE_NAMES[s]) }))}
          />
        </Form.Item>
        <Form.Item name="sourceLabel" label={t('serviceLists.sourceLabel')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="recordCount" label={t('serviceLists.recordCountField')}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="summary" label={t('serviceLists.summary')} rules={[{ required: true }]}>
          <Input.TextArea
            maxLength={500}
            autoSize={{ minRows: 2 }}
            data-testid="lists-need-summary"
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** A resource on the quarter's list: people, a venue, funds or a donor (the last two in yuan). */
export function ResourceDrawer({ villageId, quarter, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<ResourceInput>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${listsApi(villageId)}/service-lists/resources`, {
      method: 'POST',
      body: { ...values, ...quarter },
    });
    onDone();
  });
  return (
    <FormDrawer
      title={t('serviceLists.addResource')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="lists-resource-drawer"
    >
      <RefusalAlert error={error} testId="lists-resource-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ kind: 'people' }}
      >
        <Form.Item name="kind" label={t('serviceLists.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="lists-resource-kind"
            options={RESOURCE_KINDS.map((k) => ({
              value: k,
              label: t.pick(RESOURCE_KIND_NAMES[k]),
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('serviceLists.name')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="lists-resource-name" />
        </Form.Item>
        <Form.Item name="detail" label={t('serviceLists.detail')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('serviceLists.amount')}
          extra={t('serviceLists.amount.hint')}
        >
          <Input inputMode="decimal" data-testid="lists-resource-amount" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
