import { useState } from 'react';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  INSPECTION_SUBJECTS,
  INSPECTION_SUBJECT_NAMES,
} from '@cunzhi/core/supervision/inspections';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { supervisionPath, type PlanInput, type PlanView, type SupervisionOverview } from './api.ts';
import { NewButton, PlanStatusTag } from './parts.tsx';
import { MotionList } from './MotionCard.tsx';
import { SittingForm } from './SittingForm.tsx';

/** 年度计划: the year's plan of inspections, drafted, then adopted by the committee's vote. */
export default function PlansTab({
  data,
  onChange,
}: {
  data: SupervisionOverview;
  onChange: () => void;
}) {
  const t = useT();
  const [drafting, setDrafting] = useState(false);
  return (
    <div data-testid="plan-list">
      {data.abilities.supervise && !drafting && (
        <NewButton
          label={t('supervision.plan.new')}
          testId="plan-new"
          onClick={() => setDrafting(true)}
        />
      )}
      {drafting && (
        <PlanForm
          year={Number(data.on.slice(0, 4)) + 1}
          onClose={() => setDrafting(false)}
          onSaved={() => {
            setDrafting(false);
            onChange();
          }}
        />
      )}
      {data.plans.length === 0 && !drafting && (
        <Typography.Text type="secondary">{t('supervision.plan.empty')}</Typography.Text>
      )}
      {data.plans.map((p) => (
        <PlanCard key={p.id} plan={p} data={data} onChange={onChange} />
      ))}
    </div>
  );
}

function PlanCard({
  plan,
  data,
  onChange,
}: {
  plan: PlanView;
  data: SupervisionOverview;
  onChange: () => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const motions = data.motions.filter(
    (m) => m.proposal.kind === 'plan' && m.proposal.planId === plan.id,
  );
  const mayTable =
    data.abilities.supervise && (plan.status === 'draft' || plan.status === 'rejected');
  return (
    <Card
      className="block-gap"
      data-testid="plan-card"
      data-status={plan.status}
      title={
        <Flex gap={8} align="center">
          <span>{t('supervision.plan.year', { year: plan.year })}</span>
          <PlanStatusTag status={plan.status} />
        </Flex>
      }
      extra={
        plan.adoptedOn ? t('supervision.plan.adoptedOn', { on: t.date(plan.adoptedOn) }) : null
      }
    >
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={plan.items}
        columns={[
          {
            key: 'month',
            title: t('supervision.plan.month'),
            render: (_, r) => t('supervision.plan.monthText', { month: r.month }),
            width: 90,
          },
          {
            key: 'subject',
            title: t('supervision.inspection.subject'),
            render: (_, r) => t.pick(INSPECTION_SUBJECT_NAMES[r.subject]),
          },
          { key: 'title', title: t('supervision.plan.itemTitle'), dataIndex: 'title' },
        ]}
      />
      <div className="block-gap-top">
        <MotionList villageId={villageId} motions={motions} onChange={onChange} />
      </div>
      {mayTable && (
        <Card size="small" className="block-gap-top" title={t('supervision.plan.table')}>
          <SittingForm
            villageId={villageId}
            members={data.members}
            today={data.on}
            proposal={() => Promise.resolve({ kind: 'plan', planId: plan.id })}
            onTabled={onChange}
            submitLabel={t('supervision.plan.table')}
            submitTestId="plan-submit-vote"
          />
        </Card>
      )}
    </Card>
  );
}

/** A new plan: the year and its rows (month, what is inspected, a title). */
function PlanForm({
  year,
  onClose,
  onSaved,
}: {
  year: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const [form] = Form.useForm<PlanInput>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${supervisionPath(villageId)}/plans`, { method: 'POST', body: values });
    onSaved();
  });
  return (
    <Card className="block-gap" title={t('supervision.plan.new')} data-testid="plan-form">
      <ErrorAlert error={error} unmatched={unmatched} testId="plan-form-error" />
      <Form<PlanInput>
        form={form}
        layout="vertical"
        initialValues={{ year, items: [{ month: 1, subject: 'financePeriod', title: '' }] }}
      >
        <Form.Item name="year" label={t('supervision.plan.yearLabel')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} data-testid="plan-form-year" />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap data-testid="plan-form-row">
                  <Form.Item name={[field.name, 'month']} rules={[{ required: true }]}>
                    <Select
                      className="plan-month"
                      aria-label={t('supervision.plan.month')}
                      data-testid={`plan-form-month-${i}`}
                      options={Array.from({ length: 12 }, (_, m) => ({
                        value: m + 1,
                        label: t('supervision.plan.monthText', { month: m + 1 }),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'subject']} rules={[{ required: true }]}>
                    <Select
                      className="plan-subject"
                      aria-label={t('supervision.inspection.subject')}
                      data-testid={`plan-form-subject-${i}`}
                      options={INSPECTION_SUBJECTS.map((s) => ({
                        value: s,
                        label: t.pick(INSPECTION_SUBJECT_NAMES[s]),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, whitespace: true }]}
                    className="plan-title"
                  >
                    <Input
                      maxLength={200}
                      placeholder={t('supervision.plan.itemTitle')}
                      data-testid={`plan-form-title-${i}`}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('supervision.plan.removeRow')}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ month: Math.min(12, fields.length + 1), subject: 'work', title: '' })
                }
                data-testid="plan-form-add"
              >
                {t('supervision.plan.addRow')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Flex gap={8} justify="flex-end" className="block-gap-top">
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="plan-form-submit"
        >
          {t('app.save')}
        </Button>
      </Flex>
    </Card>
  );
}
