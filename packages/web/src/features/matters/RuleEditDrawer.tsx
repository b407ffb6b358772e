import { Alert, Form, InputNumber, Select, Switch, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { OverrideInput, ResolutionsResponse, RuleView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { RefusalAlert, RuleTag, whereText } from './parts.tsx';
import { RepealClause } from './RepealClause.tsx';
import {
  codeToThreshold,
  codeWeight,
  isThreshold,
  paramLabel,
  paramValueText,
  ruleSubject,
  thresholdLabel,
  thresholdToCode,
  THRESHOLD_CODES,
} from './ruleText.ts';

interface Props {
  villageId: string;
  rule: RuleView;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  params: Record<string, unknown>;
  adoptedOn: string | null;
  resolutionId?: string;
}

/** Money parameters (XWQL-TIER's `…UpToFen`) are integer fen, edited in yuan. */
function isMoney(name: string): boolean {
  return name.endsWith('Fen');
}

/** Form value of a parameter: thresholds as "2/3" / "strict", money in yuan, the rest as they are. */
function toForm(name: string, value: unknown): unknown {
  if (isThreshold(value)) return thresholdToCode(value);
  return isMoney(name) && typeof value === 'number' ? value / 100 : value;
}

/** The value the server takes: the inverse of `toForm`. */
function fromForm(statutory: unknown, name: string, value: unknown): unknown {
  if (isThreshold(statutory) && typeof value === 'string') return codeToThreshold(value);
  return isMoney(name) && typeof value === 'number' ? Math.round(value * 100) : value;
}

/**
 * Records the charter clause (村民自治章程 / 村规民约) that changes one rule's
 * parameters. The server refuses anything looser than the statute and says
 * which parameter and what the statutory value is; that shows under the field.
 */
export default function RuleEditDrawer({ villageId, rule, onClose, onSaved }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const resolutions = useApi<ResolutionsResponse>(`/api/villages/${villageId}/resolutions`);
  const statute = rule.citation.force === 'statute';
  const assemblyResolutions = (resolutions.data?.items ?? [])
    .filter((r) => r.meeting.kind === 'villagersAssembly' && r.validity.valid)
    .map((r) => ({ value: r.id, label: `${r.numberText} ${r.title}` }));

  const initial: Values = {
    params: Object.fromEntries(rule.params.map((p) => [p.name, toForm(p.name, p.value)])),
    adoptedOn: rule.override?.adoptedOn ?? todayIso(),
  };

  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const params: Record<string, unknown> = {};
    for (const p of rule.params)
      params[p.name] = fromForm(p.statutory, p.name, values.params[p.name]);
    const body: OverrideInput = { params, adoptedOn: values.adoptedOn ?? '' };
    if (values.resolutionId) body.resolutionId = values.resolutionId;
    await api(`/api/villages/${villageId}/rules/overrides/${encodeURIComponent(rule.ruleId)}`, {
      method: 'PUT',
      body,
    });
    onSaved();
  });

  return (
    <FormDrawer
      title={t('rules.edit.title', { rule: ruleSubject(t, rule.ruleId) })}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="rule-drawer"
    >
      <Typography.Paragraph>
        <RuleTag rule={rule.citation} /> <strong>{ruleSubject(t, rule.ruleId)}</strong>
        <br />
        <Typography.Text type="secondary">{whereText(t, rule.citation)}</Typography.Text>
      </Typography.Paragraph>
      <Alert
        type={statute ? 'warning' : 'info'}
        showIcon
        className="block-gap"
        title={statute ? t('rules.edit.statuteHint') : t('rules.edit.localHint')}
      />
      <RefusalAlert error={error} rule={rule.citation} />
      {unmatched.length > 0 && (
        <Alert
          type="error"
          className="block-gap"
          title={unmatched.map((f) => f.message).join(t('matters.listSep'))}
        />
      )}
      <Form form={form} layout="vertical" initialValues={initial}>
        {rule.params.map((p) => {
          const label = paramLabel(t, rule.ruleId, p.name);
          const extra = t('rules.statutoryValue', {
            value: paramValueText(t, p.name, p.statutory),
          });
          const testId = `rule-param-${p.name}`;
          if (isThreshold(p.statutory)) {
            const current =
              typeof initial.params[p.name] === 'string' ? String(initial.params[p.name]) : '';
            const codes = [...new Set([...THRESHOLD_CODES, current].filter(Boolean))].sort(
              (a, b) => codeWeight(a) - codeWeight(b),
            );
            return (
              <Form.Item key={p.name} name={['params', p.name]} label={label} extra={extra}>
                <Select
                  options={codes.map((code) => ({ value: code, label: thresholdLabel(t, code) }))}
                  data-testid={testId}
                />
              </Form.Item>
            );
          }
          if (typeof p.statutory === 'boolean')
            return (
              <Form.Item
                key={p.name}
                name={['params', p.name]}
                label={label}
                extra={extra}
                valuePropName="checked"
              >
                <Switch data-testid={testId} />
              </Form.Item>
            );
          if (p.name === 'enforcement')
            return (
              <Form.Item key={p.name} name={['params', p.name]} label={label} extra={extra}>
                <Select
                  options={[
                    { value: 'refuse', label: t('rules.enforcement.refuse') },
                    { value: 'warn', label: t('rules.enforcement.warn') },
                  ]}
                  data-testid={testId}
                />
              </Form.Item>
            );
          return (
            <Form.Item
              key={p.name}
              name={['params', p.name]}
              label={label}
              extra={extra}
              rules={[{ required: true, message: t('rules.edit.numberRequired') }]}
            >
              {isMoney(p.name) ? (
                <InputNumber
                  min={0}
                  max={100_000_000}
                  precision={2}
                  suffix={t('rules.edit.yuan')}
                  data-testid={testId}
                />
              ) : (
                <InputNumber min={0} max={1000} precision={0} data-testid={testId} />
              )}
            </Form.Item>
          );
        })}
        <Form.Item
          name="adoptedOn"
          label={t('rules.adoptedOn')}
          extra={t('rules.adoptedOn.hint')}
          rules={[{ required: true, message: t('matters.form.dateRequired') }]}
        >
          <DateInput notAfterToday testId="rule-adopted-on" />
        </Form.Item>
        <Form.Item
          name="resolutionId"
          label={t('rules.resolution')}
          extra={t('rules.resolution.hint')}
        >
          <Select
            allowClear
            loading={resolutions.loading}
            placeholder={t('rules.resolution.placeholder')}
            notFoundContent={t('rules.authorisations.noAssemblyResolutions')}
            options={assemblyResolutions}
            data-testid="rule-resolution"
          />
        </Form.Item>
      </Form>
      {rule.override && (
        <RepealClause
          villageId={villageId}
          rule={{ ...rule, override: rule.override }}
          resolutionOptions={assemblyResolutions}
          onRepealed={onSaved}
        />
      )}
    </FormDrawer>
  );
}
