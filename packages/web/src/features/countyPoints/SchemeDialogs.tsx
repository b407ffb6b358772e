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
      okButtonProps={{ ...{ 'data-testid': `${testId}-submit` } }}
    >
      <Form form={form} layout="vertical" data-testid={testId}>
        {children}
        <ErrorAlert error={error} unmatched={unmatched} />
      </Form>
    </Modal>
  );
}

/** What the town's report and a village's contest each ask: a count on an indicator and a text. */
const FIGURE_FORMS = {
  report: {
    title: 'countyPoints.report.title',
    path: 'facts',
    count: 'count',
    countLabel: 'countyPoints.report.count',
    text: 'evidence',
    textLabel: 'countyPoints.report.evidence',
    max: 500,
  },
  contest: {
    title: 'countyPoints.contest.title',
    path: 'contests',
    count: 'claimedCount',
    countLabel: 'countyPoints.contest.claimed',
    text: 'reason',
    textLabel: 'countyPoints.contest.reason',
    max: 1000,
  },
} as const;

/**
 * The town reports a village's count on one of the six targets with its evidence; a village's
 * leaders contest one of its figures during publicity, saying the right count and why.
 */
export function FigureDialog({
  kind,
  line,
  indicators,
  ...p
}: DialogProps & { kind: keyof typeof FIGURE_FORMS; line: VillageLine; indicators: Indicator[] }) {
  const t = useT();
  const f = FIGURE_FORMS[kind];
  return (
    <SchemeForm<Record<string, unknown>>
      title={t(f.title, { village: line.villageName })}
      path={`${BASE}/${p.schemeId}/${f.path}`}
      body={(v) => ({ ...v, villageId: line.villageId })}
      testId={`county-points-${kind}`}
      {...p}
    >
      <Form.Item
        name="indicator"
        label={t('countyPoints.report.indicator')}
        rules={[{ required: true }]}
      >
        <Select
          options={indicators.map((i) => ({ value: i, label: t(`countyPoints.indicator.${i}`) }))}
          data-testid={`county-points-${kind}-indicator`}
        />
      </Form.Item>
      <Form.Item name={f.count} label={t(f.countLabel)} rules={[{ required: true }]}>
        <InputNumber min={0} data-testid={`county-points-${kind}-count`} />
      </Form.Item>
      <Form.Item name={f.text} label={t(f.textLabel)}>
        <Input.TextArea maxLength={f.max} rows={3} data-testid={`county-points-${kind}-text`} />
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
