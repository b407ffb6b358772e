import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  INSPECTION_SUBJECTS,
  INSPECTION_SUBJECT_NAMES,
} from '@cunzhi/core/supervision/inspections';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import {
  supervisionPage,
  supervisionPath,
  type InspectionAnswer,
  type InspectionSubject,
  type InspectionSummary,
  type SupervisionOverview,
} from './api.ts';
import { InspectionStatusTag, NewButton, useNumbered } from './parts.tsx';
import { parsePlanItemKey, PlanItemSelect } from './PlanItem.tsx';

/** 监督检查: the inspections, newest first, and opening one. */
export default function InspectionsTab({
  data,
  onChange,
}: {
  data: SupervisionOverview;
  onChange: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const numbered = useNumbered();
  const base = `${supervisionPage(villageId)}/inspections`;
  const [creating, setCreating] = useState(false);
  const columns: Column<InspectionSummary>[] = [
    {
      key: 'number',
      title: t('supervision.number'),
      render: (r) => <span className="tabular">{numbered.inspection(r.number)}</span>,
      hideOnPhone: true,
    },
    {
      key: 'title',
      title: t('supervision.inspection.title'),
      primary: true,
      render: (r) => (
        <Link
          to={`${base}/${r.id}`}
          data-testid="inspection-link"
          onClick={(e) => e.stopPropagation()}
        >
          <span className="cell-wrap">{r.title}</span>
        </Link>
      ),
    },
    {
      key: 'subject',
      title: t('supervision.inspection.subject'),
      render: (r) => `${t.pick(r.subjectName)}${r.subjectRef ? ` · ${r.subjectRef}` : ''}`,
    },
    {
      key: 'startedOn',
      title: t('supervision.inspection.startedOn'),
      render: (r) => t.date(r.startedOn),
    },
    {
      key: 'assigned',
      title: t('supervision.inspection.assigned'),
      render: (r) => r.assigned.join('、'),
    },
    {
      key: 'findings',
      title: t('supervision.inspection.findings'),
      render: (r) => r.findings,
      align: 'right',
    },
    {
      key: 'status',
      title: t('supervision.status'),
      render: (r) => <InspectionStatusTag inspection={r} />,
    },
  ];
  return (
    <>
      {data.abilities.supervise && (
        <NewButton
          label={t('supervision.inspection.new')}
          testId="inspection-new"
          onClick={() => setCreating(true)}
        />
      )}
      <DataList
        rows={data.inspections}
        rowKey={(r) => r.id}
        columns={columns}
        onOpen={(r) => void navigate(`${base}/${r.id}`)}
        rowTestId="inspection-row"
        testId="inspection-list"
        empty={t('supervision.inspection.empty')}
      />
      {creating && (
        <InspectionDrawer
          data={data}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            onChange();
            void navigate(`${base}/${id}`);
          }}
        />
      )}
    </>
  );
}

interface InspectionValues {
  title: string;
  subject: InspectionSubject;
  subjectRef?: string;
  month?: Dayjs | null;
  assigned: string[];
  startedOn?: string | null;
  planItem?: string | null;
}

/** 开展检查: a title, what is inspected (a month of the books is picked as a month), who does it. */
function InspectionDrawer({
  data,
  onClose,
  onCreated,
}: {
  data: SupervisionOverview;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const [form] = Form.useForm<InspectionValues>();
  const subject = Form.useWatch('subject', form);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const { month, subjectRef, startedOn, planItem, ...rest } = values;
    const ref = values.subject === 'financePeriod' ? month?.format('YYYY-MM') : subjectRef?.trim();
    const answer = await api<InspectionAnswer>(`${supervisionPath(villageId)}/inspections`, {
      method: 'POST',
      body: {
        ...rest,
        ...parsePlanItemKey(planItem),
        subjectRef: ref || undefined,
        startedOn: startedOn ?? undefined,
      },
    });
    onCreated(answer.inspection.id);
  });
  return (
    <FormDrawer
      title={t('supervision.inspection.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="inspection-form"
    >
      <ErrorAlert error={error} unmatched={unmatched} testId="inspection-form-error" />
      <Form<InspectionValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          subject: 'financePeriod',
          month: dayjs(data.on).subtract(1, 'month'),
          assigned: [],
          startedOn: data.on,
        }}
      >
        <Form.Item
          name="planItem"
          label={t('supervision.plan.item')}
          extra={t('supervision.plan.item.hint')}
        >
          <PlanItemSelect
            plans={data.plans}
            onChange={(key, item) => {
              form.setFieldValue('planItem', key);
              // the plan's words as a start: the title and what is inspected, still editable
              if (item && !form.getFieldValue('title')) form.setFieldValue('title', item.title);
              if (item) form.setFieldValue('subject', item.subject);
            }}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('supervision.inspection.title')}
          rules={[{ required: true }]}
        >
          <Input maxLength={200} data-testid="inspection-form-title" />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('supervision.inspection.subject')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="inspection-form-subject"
            options={INSPECTION_SUBJECTS.map((s) => ({
              value: s,
              label: t.pick(INSPECTION_SUBJECT_NAMES[s]),
            }))}
          />
        </Form.Item>
        {subject === 'financePeriod' ? (
          <Form.Item
            name="month"
            label={t('supervision.inspection.month')}
            rules={[{ required: true }]}
            extra={t('supervision.inspection.month.hint')}
          >
            <DatePicker
              picker="month"
              format={t.lang === 'zh-CN' ? 'YYYY年M月' : 'YYYY-MM'}
              className="full-width"
              data-testid="inspection-form-month"
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="subjectRef"
            label={t('supervision.inspection.subjectRef')}
            extra={t('supervision.inspection.subjectRef.hint')}
          >
            <Input maxLength={200} data-testid="inspection-form-subject-ref" />
          </Form.Item>
        )}
        <Form.Item
          name="assigned"
          label={t('supervision.inspection.assigned')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select
            mode="multiple"
            data-testid="inspection-form-assigned"
            options={data.members.map((m) => ({ value: m.personId, label: m.name }))}
          />
        </Form.Item>
        <Form.Item name="startedOn" label={t('supervision.inspection.startedOn')}>
          <DateInput notAfterToday testId="inspection-form-started-on" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
