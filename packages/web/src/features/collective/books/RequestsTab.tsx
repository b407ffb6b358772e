import { useState } from 'react';
import { Button, Card, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PersonSelect, type PickedPerson } from '../../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { booksApi, type BooksOverview, type DerivativeRequest } from './api.ts';

interface Props {
  villageId: string;
  orgId: string;
  data: BooksOverview;
  onChange: () => void;
}

/** The members' written requests to sue (Art. 60), where each stands, and the supervisors' answers. */
export function RequestsTab({ villageId, orgId, data, onChange }: Props) {
  const t = useT();
  const [recording, setRecording] = useState(false);
  const may = data.abilities.recordRequests;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        {t('collectiveBooks.request.hint')}
      </Typography.Paragraph>
      {may && (
        <Button type="primary" onClick={() => setRecording(true)} data-testid="derivative-record">
          {t('collectiveBooks.request.record')}
        </Button>
      )}
      {data.requests.length === 0 && (
        <Typography.Text type="secondary">{t('collectiveBooks.request.none')}</Typography.Text>
      )}
      {data.requests.map((r) => (
        <Card
          key={r.id}
          size="small"
          data-testid="derivative-request"
          title={`${t('collectiveBooks.request.received')} ${t.date(r.receivedOn)}`}
        >
          <p>{r.grounds}</p>
          <p>
            {t('collectiveBooks.request.requesters', { count: r.requesters.length })}：
            {r.requesters.join('、')}
          </p>
          <Typography.Text strong data-testid="derivative-standing">
            <Standing r={r} />
          </Typography.Text>
          {r.answerNote && <p>{r.answerNote}</p>}
          {may && !r.answer && (
            <AnswerForm villageId={villageId} requestId={r.id} onDone={onChange} />
          )}
        </Card>
      ))}
      {recording && (
        <RequestDrawer
          villageId={villageId}
          orgId={orgId}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            onChange();
          }}
        />
      )}
    </Space>
  );
}

function Standing({ r }: { r: DerivativeRequest }) {
  const t = useT();
  const s = r.standing;
  if (s.kind === 'waiting')
    return t('collectiveBooks.standing.waiting', { until: t.date(s.until) });
  if (s.kind === 'supervisorsSued')
    return t('collectiveBooks.standing.supervisorsSued', { on: t.date(s.on) });
  return t(`collectiveBooks.standing.${s.because}`, { since: t.date(s.since) });
}

function AnswerForm({
  villageId,
  requestId,
  onDone,
}: {
  villageId: string;
  requestId: string;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ answer: 'sued' | 'refused'; answeredOn?: string; note?: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${booksApi(villageId)}/derivative-requests/${requestId}/answer`, {
      method: 'POST',
      body: values,
    });
    onDone();
  });
  return (
    <Form form={form} layout="inline" style={{ marginTop: 12 }}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form.Item name="answer" rules={[{ required: true }]}>
        <Select
          style={{ minWidth: 160 }}
          placeholder={t('collectiveBooks.request.answer')}
          options={[
            { value: 'sued', label: t('collectiveBooks.request.answer.sued') },
            { value: 'refused', label: t('collectiveBooks.request.answer.refused') },
          ]}
        />
      </Form.Item>
      <Form.Item name="answeredOn">
        <DateInput notAfterToday />
      </Form.Item>
      <Form.Item name="note">
        <Input placeholder={t('collectiveBooks.request.note')} maxLength={1000} />
      </Form.Item>
      <Button loading={busy} onClick={() => void submit()}>
        {t('collectiveBooks.request.answer')}
      </Button>
    </Form>
  );
}

function RequestDrawer({
  villageId,
  orgId,
  onClose,
  onDone,
}: {
  villageId: string;
  orgId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{
    receivedOn?: string;
    grounds: string;
    requesters: PickedPerson[];
  }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    await api(`${booksApi(villageId)}/derivative-requests`, {
      method: 'POST',
      body: {
        orgId,
        receivedOn: v.receivedOn,
        grounds: v.grounds,
        requesterIds: (v.requesters ?? []).map((p) => p.value),
      },
    });
    onDone();
  });
  return (
    <Drawer open onClose={onClose} title={t('collectiveBooks.request.record')} width={560}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" data-testid="derivative-form">
        <Form.Item name="receivedOn" label={t('collectiveBooks.request.received')}>
          <DateInput notAfterToday />
        </Form.Item>
        <Form.Item
          name="grounds"
          label={t('collectiveBooks.request.grounds')}
          rules={[{ required: true }]}
        >
          <Input.TextArea maxLength={2000} rows={4} />
        </Form.Item>
        <Form.Item
          name="requesters"
          label={t('collectiveBooks.request.pick')}
          rules={[{ required: true }]}
        >
          <PersonSelect villageId={villageId} multiple />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {t('collectiveBooks.request.record')}
        </Button>
      </Form>
    </Drawer>
  );
}
