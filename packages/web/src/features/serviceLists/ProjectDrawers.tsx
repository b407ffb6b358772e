import { Alert, Form, Input, Select } from 'antd';
import { DESIGNER_KIND_NAMES, DESIGNER_KINDS } from '@cunzhi/core/serviceLists/lists';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import {
  listsApi,
  type DesignInput,
  type ListsPage,
  type ProjectAction,
  type ProjectView,
} from './api.ts';

/**
 * A group's or social organisation's design, for needs and resources of the published lists; or,
 * given `project`, that design amended (before its review, or once the town returned it).
 */
export function DesignDrawer({
  villageId,
  page,
  project,
  onClose,
  onDone,
}: {
  villageId: string;
  page: ListsPage;
  project: ProjectView | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<DesignInput>();
  const { year, quarter } = page.quarter;
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const { designedOn, ...design } = values;
    await (project
      ? api(`${listsApi(villageId)}/service-projects/${project.id}`, {
          method: 'PUT',
          body: { ...design, version: project.version },
        })
      : api(`${listsApi(villageId)}/service-projects`, {
          method: 'POST',
          body: { ...design, designedOn, year, quarter },
        }));
    onDone();
  });
  return (
    <FormDrawer
      title={
        project ? `${t('serviceLists.step.amend')}：${project.title}` : t('serviceLists.design')
      }
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="lists-design-drawer"
    >
      <RefusalAlert error={error} testId="lists-design-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={
          project
            ? {
                title: project.title,
                designerKind: project.designerKind,
                designerName: project.designerName,
                needIds: project.needs.map((n) => n.id),
                resourceIds: project.resources.map((r) => r.id),
                targets: project.targets,
                budget: project.budget.yuan,
              }
            : { designerKind: 'socialOrganisation', needIds: [], resourceIds: [] }
        }
      >
        <Form.Item name="title" label={t('serviceLists.project')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="lists-design-title" />
        </Form.Item>
        <Form.Item
          name="designerKind"
          label={t('serviceLists.designerKind')}
          rules={[{ required: true }]}
        >
          <Select
            options={DESIGNER_KINDS.map((k) => ({
              value: k,
              label: t.pick(DESIGNER_KIND_NAMES[k]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="designerName"
          label={t('serviceLists.designerName')}
          rules={[{ required: true }]}
        >
          <Input maxLength={100} data-testid="lists-design-designer" />
        </Form.Item>
        <Form.Item
          name="needIds"
          label={t('serviceLists.needsServed')}
          rules={[{ required: true }]}
        >
          <Select
            mode="multiple"
            data-testid="lists-design-needs"
            options={page.needs.map((n) => ({ value: n.id, label: `${n.number}. ${n.summary}` }))}
          />
        </Form.Item>
        <Form.Item name="resourceIds" label={t('serviceLists.resourcesUsed')}>
          <Select
            mode="multiple"
            data-testid="lists-design-resources"
            options={page.resources.map((r) => ({ value: r.id, label: `${r.number}. ${r.name}` }))}
          />
        </Form.Item>
        <Form.Item name="targets" label={t('serviceLists.targets')} rules={[{ required: true }]}>
          <Input.TextArea
            maxLength={2000}
            autoSize={{ minRows: 3 }}
            data-testid="lists-design-targets"
          />
        </Form.Item>
        <Form.Item name="budget" label={t('serviceLists.budget')} rules={[{ required: true }]}>
          <Input inputMode="decimal" data-testid="lists-design-budget" />
        </Form.Item>
        {!project && (
          <Form.Item name="designedOn" label={t('serviceLists.designedOn')}>
            <DateInput notAfterToday testId="lists-design-on" />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}

/** The steps that take words: the review's resolution, the town's evaluation or reason, the result. */
export const STEPS_WITH_FORM: readonly ProjectAction[] = [
  'amend',
  'review',
  'file',
  'return',
  'complete',
];

interface StepValues {
  resolutionId?: string;
  evaluation?: string;
  reason?: string;
  result?: string;
  on?: string;
}

/** One step on a project with what it records; the server's refusal (and why) shown in place. */
export function StepDrawer({
  villageId,
  page,
  project,
  action,
  onClose,
  onDone,
}: {
  villageId: string;
  page: ListsPage;
  project: ProjectView;
  action: ProjectAction;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<StepValues>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${listsApi(villageId)}/service-projects/${project.id}/steps`, {
      method: 'POST',
      body: { ...values, action, version: project.version },
    });
    onDone();
  });
  return (
    <FormDrawer
      title={`${t(`serviceLists.step.${action}`)}：${project.title}`}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="lists-step-drawer"
    >
      <RefusalAlert error={error} testId="lists-step-refused" />
      <Form form={form} layout="vertical" requiredMark="optional">
        {action === 'review' &&
          (page.resolutions.length === 0 ? (
            <Alert type="warning" showIcon title={t('serviceLists.resolution.none')} />
          ) : (
            <Form.Item
              name="resolutionId"
              label={t('serviceLists.resolution')}
              rules={[{ required: true }]}
            >
              <Select
                data-testid="lists-step-resolution"
                options={page.resolutions.map((r) => ({
                  value: r.id,
                  label: `${r.numberText} ${r.title}`,
                }))}
              />
            </Form.Item>
          ))}
        {action === 'file' && (
          <Form.Item name="evaluation" label={t('serviceLists.evaluation')}>
            <Input.TextArea
              maxLength={2000}
              autoSize={{ minRows: 2 }}
              data-testid="lists-step-evaluation"
            />
          </Form.Item>
        )}
        {action === 'return' && (
          <Form.Item
            name="reason"
            label={t('serviceLists.returnReason')}
            rules={[{ required: true }]}
          >
            <Input.TextArea
              maxLength={2000}
              autoSize={{ minRows: 2 }}
              data-testid="lists-step-reason"
            />
          </Form.Item>
        )}
        {action === 'complete' && (
          <Form.Item name="result" label={t('serviceLists.result')} rules={[{ required: true }]}>
            <Input.TextArea
              maxLength={2000}
              autoSize={{ minRows: 3 }}
              data-testid="lists-step-result"
            />
          </Form.Item>
        )}
        {action !== 'review' && (
          <Form.Item name="on" label={t('serviceLists.stepOn')}>
            <DateInput notAfterToday testId="lists-step-on" />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
