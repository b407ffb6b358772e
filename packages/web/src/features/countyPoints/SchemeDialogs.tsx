import { Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { BASE, type Contest, type Indicator, type SchemeDetail, type VillageLine } from './api.ts';

interface DialogProps {
  schemeId: string;
  onDone: (next: SchemeDetail) => void;
  onClose: () => void;
}

/** One form in a modal posting to the scheme; the answer is the scheme's page again. */
function SchemeForm<V extends object>({
  title,
  path,
  body,
  onDone,
  onClose,
  children,
  testId,
}: {
  title: string;
  path: string;
  body: (v: V) => object;
  onDone: (next: SchemeDetail) => void;
  onClose: () => void;
  children: React.ReactNode;
  testId: string;
}) {
  const t = useT();
  const [form] = Form.useForm<V>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const { scheme } = await api<{ scheme: SchemeDetail }>(path, { method: 'POST', body: body(v) });
    onDone(scheme);
    onClose();
  });
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('countyPoints.submit')}
      confirmLoading={busy}
      okButtonProps={{ id: `${testId}-submit` }}
    >
      <Form form={form} layout="vertical" data-testid={testId}>
        {children}
        <ErrorAlert error={error} unmatched={unmatched} />
      </Form>
    </Modal>
  );
}

/** The town reports a village's count on one of the six targets, with its evidence. */
export function ReportDialog({
  line,
  indicators,
  ...p
}: DialogProps & { line: VillageLine; indicators: Indicator[] }) {
  const t = useT();
  return (
    <SchemeForm<{ indicator: Indicator; count: number; evidence: string }>
      title={t('countyPoints.report.title', { village: line.villageName })}
      path={`${BASE}/${p.schemeId}/facts`}
      body={(v) => ({ ...v, villageId: line.villageId })}
      testId="county-points-report"
      {...p}
    >
      <Form.Item
        name="indicator"
        label={t('countyPoints.report.indicator')}
        rules={[{ required: true }]}
      >
        <Select
          options={indicators.map((i) => ({ value: i, label: t(`countyPoints.indicator.${i}`) }))}
        />
      </Form.Item>
      <Form.Item name="count" label={t('countyPoints.report.count')} rules={[{ required: true }]}>
        <InputNumber min={0} />
      </Form.Item>
      <Form.Item name="evidence" label={t('countyPoints.report.evidence')}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </SchemeForm>
  );
}

/** A village's leaders contest one of its figures during publicity. */
export function ContestDialog({
  line,
  indicators,
  ...p
}: DialogProps & { line: VillageLine; indicators: Indicator[] }) {
  const t = useT();
  return (
    <SchemeForm<{ indicator: Indicator; claimedCount: number; reason: string }>
      title={t('countyPoints.contest.title', { village: line.villageName })}
      path={`${BASE}/${p.schemeId}/contests`}
      body={(v) => ({ ...v, villageId: line.villageId })}
      testId="county-points-contest"
      {...p}
    >
      <Form.Item
        name="indicator"
        label={t('countyPoints.report.indicator')}
        rules={[{ required: true }]}
      >
        <Select
          options={indicators.map((i) => ({ value: i, label: t(`countyPoints.indicator.${i}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="claimedCount"
        label={t('countyPoints.contest.claimed')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} />
      </Form.Item>
      <Form.Item name="reason" label={t('countyPoints.contest.reason')}>
        <Input.TextArea maxLength={1000} rows={3} />
      </Form.Item>
    </SchemeForm>
  );
}

/** The county decides a contest: upheld (the figure corrected, ranked again) or dismissed with the reason. */
export function DecideDialog({ contest, ...p }: DialogProps & { contest: Contest }) {
  const t = useT();
  return (
    <SchemeForm<{ decision: 'upheld' | 'dismissed'; correctedCount?: number; reason: string }>
      title={t('countyPoints.decide.title')}
      path={`${BASE}/${p.schemeId}/contests/${contest.id}/decide`}
      body={(v) => v}
      testId="county-points-decide"
      {...p}
    >
      <Typography.Paragraph type="secondary">{t('countyPoints.decide.hint')}</Typography.Paragraph>
      <Form.Item name="decision" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'upheld', label: t('countyPoints.decide.upheld') },
            { value: 'dismissed', label: t('countyPoints.decide.dismissed') },
          ]}
        />
      </Form.Item>
      <Form.Item name="correctedCount" label={t('countyPoints.decide.corrected')}>
        <InputNumber min={0} placeholder={String(contest.claimedCount)} />
      </Form.Item>
      <Form.Item name="reason" label={t('countyPoints.decide.reason')}>
        <Input.TextArea maxLength={1000} rows={3} />
      </Form.Item>
    </SchemeForm>
  );
}
