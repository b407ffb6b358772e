import { useState } from 'react';
import { Button, Card, Form, Input, Progress, Space, Tag, Typography, App as AntApp } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { PersonSelect, type PickedPerson } from '../../components/PersonSelect.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import type { AuditDemandView, AuditsPage, DemandInput } from './api.ts';

/** A new demand: what to audit and why. */
function NewDemandDrawer(props: { villageId: string; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<DemandInput>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`/api/villages/${props.villageId}/audit-demands`, { method: 'POST', body: values });
    props.onDone();
  });
  return (
    <FormDrawer
      title={t('audits.demand.new')}
      busy={busy}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      testId="audits-demand-drawer"
    >
      <RefusalAlert error={error} />
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="subject" label={t('audits.demand.subject')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="audits-demand-subject" />
        </Form.Item>
        <Form.Item name="reason" label={t('audits.demand.reason')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** Signatures collected on paper, entered person by person. */
function PaperDrawer(props: {
  villageId: string;
  demand: AuditDemandView;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ persons: PickedPerson[] }>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(
      `/api/villages/${props.villageId}/audit-demands/${props.demand.id}/paper-signatures`,
      {
        method: 'POST',
        body: { personIds: values.persons.map((p) => p.value) },
      },
    );
    props.onDone();
  });
  return (
    <FormDrawer
      title={`${t('audits.demand.paper')}：${props.demand.subject}`}
      busy={busy}
      onClose={props.onClose}
      onSubmit={() => void submit()}
    >
      <RefusalAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="persons"
          label={t('audits.demand.paperPersons')}
          rules={[{ required: true }]}
        >
          <PersonSelect villageId={props.villageId} multiple />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** 五分之一以上的村民要求审计: each demand's signatures against one fifth, sign, or enter paper ones. */
export function DemandsSection({
  villageId,
  page,
  onChanged,
}: {
  villageId: string;
  page: AuditsPage;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [creating, setCreating] = useState(false);
  const [paper, setPaper] = useState<AuditDemandView | null>(null);
  const sign = async (d: AuditDemandView) => {
    try {
      await api(`/api/villages/${villageId}/audit-demands/${d.id}/signatures`, { method: 'POST' });
      onChanged();
    } catch (cause) {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const done = () => {
    setCreating(false);
    setPaper(null);
    onChanged();
  };
  return (
    <section className="block-gap" data-testid="audits-demands">
      <Space className="section-title" wrap>
        <Typography.Title level={2} className="no-margin">
          {t('audits.demands')}
        </Typography.Title>
        {page.abilities.demandAudits && (
          <Button onClick={() => setCreating(true)} data-testid="audits-demand-new">
            {t('audits.demand.new')}
          </Button>
        )}
      </Space>
      {page.demands.length === 0 && (
        <Typography.Paragraph type="secondary">{t('audits.demands.empty')}</Typography.Paragraph>
      )}
      {page.demands.map((d) => (
        <Card key={d.id} size="small" className="block-gap" data-testid="audits-demand">
          <Space orientation="vertical" className="full-width">
            <Space wrap>
              <strong>{d.subject}</strong>
              <Tag color={d.status === 'collecting' ? 'processing' : 'success'}>
                {t(`audits.demand.status.${d.status}`)}
              </Tag>
            </Space>
            {d.reason && <Typography.Text type="secondary">{d.reason}</Typography.Text>}
            <Progress
              percent={Math.min(100, Math.round((d.signatures / Math.max(1, d.required)) * 100))}
              status={d.met ? 'success' : 'active'}
            />
            <Typography.Text>
              {t('audits.demand.progress', {
                count: d.signatures,
                required: d.required,
                base: d.base,
              })}
            </Typography.Text>
            <Space wrap>
              {page.abilities.demandAudits && d.status !== 'arranged' && (
                <Button
                  type="primary"
                  disabled={d.signedByMe}
                  onClick={() => void sign(d)}
                  data-testid="audits-demand-sign"
                >
                  {d.signedByMe ? t('audits.demand.signed') : t('audits.demand.sign')}
                </Button>
              )}
              {page.abilities.collectAuditSignatures && d.status !== 'arranged' && (
                <Button onClick={() => setPaper(d)}>{t('audits.demand.paper')}</Button>
              )}
            </Space>
          </Space>
        </Card>
      ))}
      {creating && (
        <NewDemandDrawer villageId={villageId} onClose={() => setCreating(false)} onDone={done} />
      )}
      {paper && (
        <PaperDrawer
          villageId={villageId}
          demand={paper}
          onClose={() => setPaper(null)}
          onDone={done}
        />
      )}
    </section>
  );
}
