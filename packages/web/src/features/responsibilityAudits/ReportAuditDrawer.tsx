import { Button, Form, Input, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import type { AuditView, ReportInput } from './api.ts';

/** The auditor's conclusion and the amounts it names (in yuan; kept in fen). */
export default function ReportAuditDrawer({
  villageId,
  audit,
  onClose,
  onDone,
}: {
  villageId: string;
  audit: AuditView;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReportInput>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`/api/villages/${villageId}/responsibility-audits/${audit.id}/report`, {
      method: 'POST',
      body: values,
    });
    onDone();
  });
  return (
    <FormDrawer
      title={`${t('audits.report')}：${audit.subject}`}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="audits-report-drawer"
    >
      <RefusalAlert error={error} testId="audits-report-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          reportedOn: audit.reportedOn ?? undefined,
          conclusion: audit.conclusion,
          amounts: audit.amounts.map((x) => ({ label: x.label, amount: x.amount.yuan })),
        }}
      >
        <Form.Item
          name="reportedOn"
          label={t('audits.report.reportedOn')}
          rules={[{ required: true }]}
        >
          <DateInput notAfterToday testId="audits-reported-on" />
        </Form.Item>
        <Form.Item name="conclusion" label={t('audits.conclusion')} rules={[{ required: true }]}>
          <Input.TextArea
            maxLength={8000}
            autoSize={{ minRows: 4 }}
            data-testid="audits-conclusion"
          />
        </Form.Item>
        <Form.List name="amounts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'label']} rules={[{ required: true }]}>
                    <Input placeholder={t('audits.report.label')} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amount']} rules={[{ required: true }]}>
                    <Input placeholder={t('audits.report.amount')} inputMode="decimal" />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                {t('audits.report.addAmount')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
