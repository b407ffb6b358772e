import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { COMPLAINT_HANDLERS } from '@cunzhi/core/complaints/complaints';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { ComplaintDetail, ComplaintResponse, RouteComplaintInput } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { AnswerStateTag, ComplaintStatusTag, RevealButton } from './parts.tsx';

/** One complaint: what it says, where it stands, and what the reader may do with it now. */
export default function ComplaintPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { complaintId = '' } = useParams();
  const path = `/api/villages/${villageId}/complaints/${complaintId}`;
  const { data: loaded, error, reload } = useApi<ComplaintResponse>(path);
  const [answered, setAnswered] = useState<ComplaintDetail | null>(null);
  const c = answered ?? loaded?.complaint;
  if (error && !c)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!c) return <PageLoading />;
  return (
    <div className="page" data-testid="complaint-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('complaints.numberText', { number: c.number })} {c.subject}
        </Typography.Title>
        <Space>
          <ComplaintStatusTag status={c.status} />
          <AnswerStateTag state={c.answerState} />
        </Space>
      </Flex>
      <Card className="block-gap">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('complaints.channel')}>
            {t(`complaints.channel.${c.channel}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.receivedOn')}>
            {t.date(c.receivedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.complainant')}>
            {c.anonymous ? t('complaints.anonymous') : t('complaints.named')}
            {c.can.revealComplainant && (
              <RevealButton path={`${path}/complainant`} testId="complaint-reveal" />
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.class')}>
            {c.class ? t(`complaints.class.${c.class}`) : t('complaints.class.pending')}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.handler')}>
            {c.handlerName ? t.pick(c.handlerName) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.dueOn')}>
            {c.dueOn ? t.date(c.dueOn) : '—'}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph className="pre-wrap block-gap-top" data-testid="complaint-body">
          {c.body}
        </Typography.Paragraph>
      </Card>
      <Card title={t('complaints.answer')} className="block-gap">
        {c.answer ? (
          <>
            <Typography.Text type="secondary">
              {t('complaints.answeredOn', { date: t.date(c.answeredOn) })}
            </Typography.Text>
            <Typography.Paragraph className="pre-wrap" data-testid="complaint-answer">
              {c.answer}
            </Typography.Paragraph>
          </>
        ) : c.can.answer ? (
          <AnswerForm path={`${path}/answer`} onAnswered={setAnswered} />
        ) : (
          <Typography.Text type="secondary">{t('complaints.answer.none')}</Typography.Text>
        )}
      </Card>
      {c.can.route && <RouteForm path={`${path}/route`} villageId={villageId} onRouted={reload} />}
    </div>
  );
}

function AnswerForm({
  path,
  onAnswered,
}: {
  path: string;
  onAnswered: (c: ComplaintDetail) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ answer: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const res = await api<ComplaintResponse>(path, { method: 'POST', body: values });
    onAnswered(res.complaint);
  });
  return (
    <Form form={form} layout="vertical">
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form.Item name="answer" rules={[{ required: true }]}>
        <Input.TextArea
          maxLength={4000}
          autoSize={{ minRows: 3 }}
          data-testid="complaint-answer-text"
        />
      </Form.Item>
      <Button
        type="primary"
        loading={busy}
        onClick={() => void submit()}
        data-testid="complaint-answer-submit"
      >
        {t('complaints.answer.submit')}
      </Button>
    </Form>
  );
}

/** Class and hand on: affairs to a body, discipline to the town (after which the page is gone). */
function RouteForm({
  path,
  villageId,
  onRouted,
}: {
  path: string;
  villageId: string;
  onRouted: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<RouteComplaintInput>();
  const cls = Form.useWatch('class', form);
  const send = async (values: RouteComplaintInput) => {
    const res = await api<{ routed: 'affairs' | 'discipline' }>(path, {
      method: 'POST',
      body: values,
    });
    if (res.routed === 'discipline') void navigate(`/v/${villageId}/complaints`);
    else onRouted();
  };
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    if (values.class !== 'discipline') return send(values);
    // the member loses sight of it too: say so before it goes
    await new Promise<void>((resolve, reject) =>
      Modal.confirm({
        content: t('complaints.route.disciplineConfirm'),
        onOk: () => send(values).then(resolve, reject),
        onCancel: () => resolve(),
      }),
    );
  });
  return (
    <Card title={t('complaints.route')} className="block-gap" data-testid="complaint-route">
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical">
        <Form.Item name="class" label={t('complaints.class')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="complaint-route-class"
            options={(['affairs', 'discipline'] as const).map((c) => ({
              value: c,
              label: t(`complaints.class.${c}`),
            }))}
          />
        </Form.Item>
        {cls === 'affairs' && (
          <Form.Item name="handler" label={t('complaints.handler')} rules={[{ required: true }]}>
            <Select
              data-testid="complaint-route-handler"
              options={COMPLAINT_HANDLERS.map((h) => ({
                value: h,
                label: t.pick(BODY_KIND_INFO[h]),
              }))}
            />
          </Form.Item>
        )}
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="complaint-route-submit"
        >
          {t('complaints.route.submit')}
        </Button>
      </Form>
    </Card>
  );
}
