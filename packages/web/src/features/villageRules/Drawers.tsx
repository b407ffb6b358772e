import { Alert, Form, Input, InputNumber, Select } from 'antd';
import { clauseLabel } from '@cunzhi/core/villageRules/clauses';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import { OPINION_CHANNELS, rulesApi, type RulesAction, type RulesVersion } from './api.ts';

interface DrawerProps {
  villageId: string;
  version: RulesVersion;
  onClose: () => void;
  onDone: () => void;
}

interface StepValues {
  on?: string;
  reason?: string;
  note?: string;
  resolutionId?: string;
  present?: number;
  womenPresent?: number;
  clauses?: number[];
}

/** One step with what it records; the server's refusal (and the law it cites) shown in place. */
export function StepDrawer({
  villageId,
  version,
  action,
  onClose,
  onDone,
}: DrawerProps & { action: RulesAction }) {
  const t = useT();
  const [form] = Form.useForm<StepValues>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${rulesApi(villageId)}/${version.id}/steps`, {
      method: 'POST',
      body: { ...values, action, revision: version.revision },
    });
    onDone();
  });
  const clauseOptions = version.clauses.map((c) => ({
    value: c.number,
    label: `${clauseLabel(c.number)} ${c.body.slice(0, 30)}`,
  }));
  return (
    <FormDrawer
      title={t(`villageRules.step.${action}`)}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="rules-step-drawer"
    >
      <RefusalAlert error={error} testId="rules-step-refused" />
      <Form form={form} layout="vertical" requiredMark="optional">
        {action === 'adopt' &&
          (version.resolutions.length === 0 ? (
            <Alert type="warning" showIcon title={t('villageRules.step.resolution.none')} />
          ) : (
            <>
              <Form.Item
                name="resolutionId"
                label={t('villageRules.step.resolution')}
                rules={[{ required: true }]}
              >
                <Select
                  data-testid="rules-step-resolution"
                  options={version.resolutions.map((r) => ({
                    value: r.id,
                    label: `${r.numberText} ${r.title}`,
                  }))}
                />
              </Form.Item>
              <Alert
                type="info"
                showIcon
                className="block-gap"
                title={t('villageRules.step.presence')}
              />
              <Form.Item name="present" label={t('villageRules.step.present')}>
                <InputNumber min={0} max={100000} data-testid="rules-step-present" />
              </Form.Item>
              <Form.Item name="womenPresent" label={t('villageRules.step.womenPresent')}>
                <InputNumber min={0} max={100000} data-testid="rules-step-women" />
              </Form.Item>
            </>
          ))}
        {(action === 'return' || action === 'orderCorrection') && (
          <Form.Item
            name="reason"
            label={t('villageRules.step.reason')}
            rules={[{ required: true }]}
          >
            <Input.TextArea
              maxLength={2000}
              autoSize={{ minRows: 2 }}
              data-testid="rules-step-reason"
            />
          </Form.Item>
        )}
        {action === 'orderCorrection' && (
          <Form.Item
            name="clauses"
            label={t('villageRules.step.clauses')}
            rules={[{ required: true }]}
          >
            <Select mode="multiple" options={clauseOptions} data-testid="rules-step-clauses" />
          </Form.Item>
        )}
        {action === 'pass' && (
          <Form.Item name="note" label={t('villageRules.step.note')}>
            <Input.TextArea
              maxLength={2000}
              autoSize={{ minRows: 2 }}
              data-testid="rules-step-note"
            />
          </Form.Item>
        )}
        {action !== 'adopt' && (
          <Form.Item name="on" label={t('villageRules.step.on')}>
            <DateInput notAfterToday testId="rules-step-on" />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}

/** 征集民意: an opinion as it came in (who gave it may be left out). */
export function OpinionDrawer({ villageId, version, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<{
    channel: string;
    fromName?: string;
    content: string;
    receivedOn?: string;
  }>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${rulesApi(villageId)}/${version.id}/opinions`, { method: 'POST', body: values });
    onDone();
  });
  return (
    <FormDrawer
      title={t('villageRules.opinion.add')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="rules-opinion-drawer"
    >
      <RefusalAlert error={error} testId="rules-opinion-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ channel: 'meeting' }}
      >
        <Form.Item
          name="channel"
          label={t('villageRules.opinion.channel')}
          rules={[{ required: true }]}
        >
          <Select
            options={OPINION_CHANNELS.map((c) => ({
              value: c,
              label: t(`villageRules.channel.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="fromName" label={t('villageRules.opinion.fromName')}>
          <Input maxLength={40} data-testid="rules-opinion-from" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('villageRules.opinion.content')}
          rules={[{ required: true }]}
        >
          <Input.TextArea
            maxLength={2000}
            autoSize={{ minRows: 3 }}
            data-testid="rules-opinion-content"
          />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('villageRules.opinion.receivedOn')}>
          <DateInput notAfterToday testId="rules-opinion-on" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The township flags a clause (what is wrong with it), or closes a flag saying why. */
export function FlagDrawer({
  villageId,
  version,
  flagId,
  onClose,
  onDone,
}: DrawerProps & { flagId: string | null }) {
  const t = useT();
  const [form] = Form.useForm<{ clauseNumber?: number; note: string; closing?: string }>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const base = `${rulesApi(villageId)}/${version.id}/flags`;
    await api(flagId ? `${base}/${flagId}/close` : base, { method: 'POST', body: values });
    onDone();
  });
  return (
    <FormDrawer
      title={t(flagId ? 'villageRules.flag.close' : 'villageRules.flag.raise')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="rules-flag-drawer"
    >
      <RefusalAlert error={error} testId="rules-flag-refused" />
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ closing: 'resolved' }}
      >
        {flagId ? (
          <Form.Item
            name="closing"
            label={t('villageRules.flag.closing')}
            rules={[{ required: true }]}
          >
            <Select
              options={(['resolved', 'dismissed'] as const).map((c) => ({
                value: c,
                label: t(`villageRules.flag.${c}`),
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="clauseNumber"
            label={t('villageRules.flag.clause')}
            rules={[{ required: true }]}
          >
            <Select
              data-testid="rules-flag-clause"
              options={version.clauses.map((c) => ({
                value: c.number,
                label: `${clauseLabel(c.number)} ${c.body.slice(0, 30)}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t(flagId ? 'villageRules.flag.closingNote' : 'villageRules.flag.note')}
          rules={[{ required: true }]}
        >
          <Input.TextArea
            maxLength={2000}
            autoSize={{ minRows: 2 }}
            data-testid="rules-flag-note"
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
