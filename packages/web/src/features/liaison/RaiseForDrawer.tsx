import { Button, Drawer, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { api as call } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { CATEGORIES, URGENCIES, type CaseReceipt, type RaiseForInput } from './api.ts';

interface Values {
  who: 'person' | 'named' | 'anonymous';
  reporterPersonId?: string;
  reporterName?: string;
  reporterPhone?: string;
  category: RaiseForInput['category'];
  urgency: RaiseForInput['urgency'];
  subject: string;
  body: string;
}

/**
 * A grid chief or cadre records an issue told them on the round (片长收集): for a villager of the
 * register (when the reader may search it), a name and number written down, or anonymously. The
 * 查询码 is shown once, to be passed on to the villager.
 */
export default function RaiseForDrawer({
  path,
  villageId,
  canSearchPersons,
  onClose,
}: {
  path: string;
  villageId: string;
  canSearchPersons: boolean;
  onClose: (receipt: CaseReceipt | null) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const who = Form.useWatch('who', form) ?? (canSearchPersons ? 'person' : 'named');
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const input: RaiseForInput = {
      ...{ category: v.category, urgency: v.urgency, subject: v.subject, body: v.body },
      anonymous: v.who === 'anonymous',
      ...(v.who === 'person' ? { reporterPersonId: v.reporterPersonId } : {}),
      ...(v.who === 'named'
        ? { reporterName: v.reporterName, reporterPhone: v.reporterPhone }
        : {}),
    };
    onClose(await call<CaseReceipt>(path, { method: 'POST', body: input }));
  });
  const required = [
    { required: true, whitespace: true, message: t('liaison.mine.subjectRequired') },
  ];
  return (
    <Drawer open width={520} title={t('liaison.raiseFor')} onClose={() => onClose(null)}>
      <Typography.Paragraph type="secondary">{t('liaison.raiseFor.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          who: canSearchPersons ? 'person' : 'named',
          category: 'other',
          urgency: 'normal',
        }}
        data-testid="liaison-raise-form"
      >
        <ErrorAlert error={error} unmatched={unmatched} />
        <Form.Item name="who" label={t('liaison.reporter')}>
          <Radio.Group
            options={[
              ...(canSearchPersons
                ? [{ value: 'person', label: t('liaison.raiseFor.person') }]
                : []),
              { value: 'named', label: t('liaison.raiseFor.named') },
              { value: 'anonymous', label: t('liaison.anonymous') },
            ]}
          />
        </Form.Item>
        {who === 'person' && (
          <Form.Item
            name="reporterPersonId"
            rules={[{ required: true, message: t('liaison.reporter') }]}
          >
            <PersonSelect villageId={villageId} />
          </Form.Item>
        )}
        {who === 'named' && (
          <Space wrap>
            <Form.Item
              name="reporterName"
              label={t('liaison.raiseFor.name')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="reporterPhone" label={t('liaison.raiseFor.phone')}>
              <Input maxLength={20} />
            </Form.Item>
          </Space>
        )}
        <Space wrap>
          <Form.Item name="category" label={t('liaison.category')}>
            <Select
              style={{ width: 160 }}
              options={CATEGORIES.map((c) => ({ value: c, label: t(`liaison.category.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="urgency" label={t('liaison.urgency')}>
            <Select
              style={{ width: 120 }}
              options={URGENCIES.map((u) => ({ value: u, label: t(`liaison.urgency.${u}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="subject" label={t('liaison.subject')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('liaison.body')}
          rules={[{ required: true, whitespace: true, message: t('liaison.mine.bodyRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="liaison-raise-submit"
        >
          {t('liaison.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
