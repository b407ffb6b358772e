import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Flex, Form, Input, Modal, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import {
  servicesApi,
  servicesPage,
  type RequestAction,
  type RequestDetail,
  type RequestResponse,
  type StaffStep,
} from './api.ts';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { EscalationTag, StateTag } from './parts.tsx';
import { RequestFacts, RequestTimeline } from './RequestFacts.tsx';

/** What a staff step asks for: nothing, an optional or required text, or a list of materials. */
const STEP_INPUT: Partial<
  Record<
    RequestAction,
    { field: 'missingMaterials' | 'note' | 'result' | 'reason'; required: boolean; label: string }
  >
> = {
  accept: { field: 'missingMaterials', required: false, label: 'services.do.acceptMissing' },
  askMaterials: { field: 'missingMaterials', required: true, label: 'services.missingMaterials' },
  handToTown: { field: 'note', required: false, label: 'services.do.handToTownNote' },
  complete: { field: 'result', required: true, label: 'services.result' },
  refuse: { field: 'reason', required: true, label: 'services.refusalReason' },
};

type StaffAction = Exclude<RequestAction, 'townAnswer' | 'rate' | 'withdraw'>;

const STAFF_ACTIONS: readonly StaffAction[] = [
  'accept',
  'askMaterials',
  'supplyMaterials',
  'process',
  'handToTown',
  'complete',
  'refuse',
];

/** A request at the station: where it stands, its timeline, and the staff's next steps. */
export default function RequestPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { requestId = '' } = useParams();
  const path = `${servicesApi(villageId)}/requests/${requestId}`;
  const { data, error } = useApi<RequestResponse>(path);
  const [stepped, setStepped] = useState<RequestDetail | null>(null);
  const r = stepped ?? data?.request;
  if (error && !r)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!r) return <PageLoading />;
  const actions = STAFF_ACTIONS.filter((a) => r.can.includes(a));
  return (
    <div className="page" data-testid="service-request-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {r.itemName} <span className="tabular">{r.receiptNumber}</span>
        </Typography.Title>
        <Space wrap>
          <StateTag state={r.state} />
          <EscalationTag e={r.escalation} />
          <Link to={`${servicesPage(villageId)}/${r.id}/receipt`}>
            <Button icon={<PrinterOutlined />} data-testid="service-receipt">
              {t('services.receipt')}
            </Button>
          </Link>
        </Space>
      </Flex>
      {actions.length > 0 && (
        <Card title={t('services.actions')} className="block-gap">
          <Space wrap>
            {actions.map((a) => (
              <StepButton key={a} action={a} path={`${path}/steps`} onDone={setStepped} />
            ))}
          </Space>
        </Card>
      )}
      <Card className="block-gap">
        <RequestFacts r={r} console />
      </Card>
      <Card className="block-gap">
        <AttachmentsPanel villageId={villageId} ownerKind="serviceRequest" ownerId={r.id} />
      </Card>
      <Card title={t('services.timeline')} className="block-gap">
        <RequestTimeline r={r} />
      </Card>
    </div>
  );
}

function StepButton({
  action,
  path,
  onDone,
}: {
  action: StaffAction;
  path: string;
  onDone: (r: RequestDetail) => void;
}) {
  const t = useT();
  const input = STEP_INPUT[action];
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ text?: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const text = values.text?.trim() ?? '';
    const body = (
      !input
        ? { action }
        : input.field === 'missingMaterials'
          ? {
              action,
              missingMaterials: text
                ? text
                    .split(/\n+/)
                    .map((m) => m.trim())
                    .filter(Boolean)
                : [],
            }
          : { action, [input.field]: text || undefined }
    ) as StaffStep;
    const res = await api<{ request: RequestDetail }>(path, { method: 'POST', body });
    setOpen(false);
    form.resetFields();
    onDone(res.request);
  });
  const danger = action === 'refuse';
  return (
    <>
      <Button
        type={danger ? 'default' : 'primary'}
        danger={danger}
        onClick={() => setOpen(true)}
        data-testid={`service-do-${action}`}
      >
        {t(`services.do.${action}`)}
      </Button>
      <Modal
        open={open}
        title={t(`services.do.${action}`)}
        okText={t('services.do.submit')}
        okButtonProps={{ danger, loading: busy, ...{ 'data-testid': 'service-step-submit' } }}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ErrorAlert error={error} unmatched={unmatched} />
        <Form form={form} layout="vertical">
          {input && (
            <Form.Item
              name="text"
              label={t(input.label as 'services.result')}
              extra={
                input.field === 'missingMaterials' ? t('services.catalogue.materialsHint') : null
              }
              rules={input.required ? [{ required: true, whitespace: true }] : []}
            >
              <Input.TextArea
                autoSize={{ minRows: 3 }}
                maxLength={2000}
                data-testid="service-step-text"
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
