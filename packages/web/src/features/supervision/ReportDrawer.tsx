import { Form, Input, Select } from 'antd';
import { REPORT_KIND_NAMES } from '@cunzhi/core/supervision/inspections';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import {
  supervisionPath,
  type InspectionSummary,
  type ReportAnswer,
  type ReportDetail,
  type ReportInput,
} from './api.ts';
import { useNumbered } from './parts.tsx';
import { PublicPhotosField } from './PublicPhotos.tsx';

const KINDS = ['supervision', 'finance'] as const;

interface ReportDrawerProps {
  villageId: string;
  /** The inspections it may cite. */
  inspections: readonly Pick<InspectionSummary, 'id' | 'number' | 'title'>[];
  /** A draft to change (PUT); none drafts a new report (POST). */
  report?: ReportDetail;
  onClose: () => void;
  onSaved: (report: ReportDetail) => void;
}

/** 起草报告 / 修改报告: kind, title, the text, and the inspections it reports on. */
export function ReportDrawer({
  villageId,
  inspections,
  report,
  onClose,
  onSaved,
}: ReportDrawerProps) {
  const t = useT();
  const numbered = useNumbered();
  const [form] = Form.useForm<ReportInput>();
  const chosen = Form.useWatch('inspectionIds', form) ?? [];
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const base = `${supervisionPath(villageId)}/reports`;
    const answer = await api<ReportAnswer>(report ? `${base}/${report.id}` : base, {
      method: report ? 'PUT' : 'POST',
      body: values,
    });
    onSaved(answer.report);
  });
  return (
    <FormDrawer
      title={t(report ? 'supervision.report.edit' : 'supervision.report.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="report-form"
    >
      <ErrorAlert error={error} unmatched={unmatched} testId="report-form-error" />
      <Form<ReportInput>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={
          report
            ? {
                kind: report.kind,
                title: report.title,
                body: report.body,
                inspectionIds: report.inspections.map((i) => i.id),
                publicEvidenceIds: report.evidence.filter((e) => e.public).map((e) => e.id),
              }
            : { kind: 'supervision', inspectionIds: [], publicEvidenceIds: [] }
        }
      >
        <Form.Item name="kind" label={t('supervision.report.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="report-form-kind"
            options={KINDS.map((k) => ({ value: k, label: t.pick(REPORT_KIND_NAMES[k]) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('supervision.report.title')}
          rules={[{ required: true }]}
          extra={t('supervision.report.title.hint')}
        >
          <Input maxLength={200} data-testid="report-form-title" />
        </Form.Item>
        <Form.Item name="body" label={t('supervision.report.body')} rules={[{ required: true }]}>
          <Input.TextArea
            autoSize={{ minRows: 8, maxRows: 24 }}
            maxLength={20000}
            data-testid="report-form-body"
          />
        </Form.Item>
        <Form.Item name="inspectionIds" label={t('supervision.report.inspections')}>
          <Select
            mode="multiple"
            data-testid="report-form-inspections"
            options={inspections.map((i) => ({
              value: i.id,
              label: `${numbered.inspection(i.number)} ${i.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="publicEvidenceIds"
          label={t('supervision.evidence.public')}
          extra={t('supervision.evidence.public.hint')}
        >
          <PublicPhotosField villageId={villageId} inspectionIds={chosen} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
