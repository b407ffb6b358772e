import { Checkbox, Form, Input, Select } from 'antd';
import { parseCalendarDate } from '@cunzhi/core/calendarDate';
import {
  AUDIT_KIND_NAMES,
  AUDIT_KINDS,
  AUDITOR_KIND_NAMES,
  AUDITOR_KINDS,
  auditItemsOn,
} from '@cunzhi/core/responsibilityAudits/items';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import type { ArrangeInput, AuditsPage } from './api.ts';

/** The town (or the supervisors) arranges an audit of a committee term or of a demand's items. */
export default function ArrangeAuditDrawer({
  villageId,
  page,
  onClose,
  onDone,
}: {
  villageId: string;
  page: AuditsPage;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ArrangeInput>();
  const kind = Form.useWatch('kind', form) ?? 'departure';
  const periodTo =
    parseCalendarDate(Form.useWatch('periodTo', form) ?? '') ?? parseCalendarDate(page.on)!;
  // the items of the text of the law in force on the period's last day (RULES.md §0.1)
  const items = auditItemsOn(periodTo);
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`/api/villages/${villageId}/responsibility-audits`, {
      method: 'POST',
      body: { ...values, arrangedOn: values.arrangedOn ?? undefined },
    });
    onDone();
  });
  const accepted = page.demands.filter((d) => d.status === 'accepted');
  return (
    <FormDrawer
      title={t('audits.arrange')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="audits-arrange-drawer"
    >
      <RefusalAlert error={error} testId="audits-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ kind: 'departure', auditorKind: 'townAgency', items: ['finance'] }}
      >
        <Form.Item name="kind" label={t('audits.arrange.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="audits-kind"
            options={AUDIT_KINDS.map((k) => ({ value: k, label: t.pick(AUDIT_KIND_NAMES[k]) }))}
          />
        </Form.Item>
        {kind === 'demanded' ? (
          <Form.Item
            name="demandId"
            label={t('audits.arrange.demand')}
            rules={[{ required: true }]}
          >
            <Select options={accepted.map((d) => ({ value: d.id, label: d.subject }))} />
          </Form.Item>
        ) : (
          <Form.Item name="termId" label={t('audits.arrange.term')} rules={[{ required: true }]}>
            <Select
              data-testid="audits-term"
              options={page.terms.map((term) => ({
                value: term.id,
                label: `${t('audits.arrange.termText', {
                  body: term.bodyName,
                  from: t.date(term.startsOn),
                  to: t.date(term.endsOn),
                })} ${term.members
                  .map((m) => (m.left ? `${m.name}（${t('audits.arrange.left')}）` : m.name))
                  .join('、')}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="periodFrom"
          label={t('audits.arrange.periodFrom')}
          rules={[{ required: true }]}
        >
          <DateInput testId="audits-from" />
        </Form.Item>
        <Form.Item
          name="periodTo"
          label={t('audits.arrange.periodTo')}
          rules={[{ required: true }]}
        >
          <DateInput testId="audits-to" />
        </Form.Item>
        <Form.Item name="items" label={t('audits.arrange.items')} rules={[{ required: true }]}>
          <Checkbox.Group
            className="vertical-checks"
            options={items.map((i) => ({ value: i.id, label: t.pick(i) }))}
          />
        </Form.Item>
        <Form.Item name="auditorKind" label={t('audits.arrange.auditorKind')}>
          <Select
            options={AUDITOR_KINDS.map((k) => ({ value: k, label: t.pick(AUDITOR_KIND_NAMES[k]) }))}
          />
        </Form.Item>
        <Form.Item
          name="auditorName"
          label={t('audits.arrange.auditorName')}
          rules={[{ required: true }]}
        >
          <Input maxLength={100} data-testid="audits-auditor" />
        </Form.Item>
        <Form.Item name="arrangedOn" label={t('audits.arrange.arrangedOn')}>
          <DateInput notAfterToday />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
