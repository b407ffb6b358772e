import { Button, Divider, Form, Popconfirm, Select, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { RuleView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';

interface Props {
  villageId: string;
  rule: RuleView & { override: NonNullable<RuleView['override']> };
  /** the assembly's valid resolutions, as the adopting form offers them */
  resolutionOptions: { value: string; label: string }[];
  onRepealed: () => void;
}

interface Values {
  repealedOn: string | null;
  resolutionId?: string;
}

/**
 * Repeals the charter clause that changed a rule: the statute's (or the base
 * profile's) values apply again from then on. The server keeps the clause and
 * its repeal on the audit chain.
 */
export function RepealClause({ villageId, rule, resolutionOptions, onRepealed }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();

  const {
    busy,
    error,
    unmatched,
    submit: repeal,
  } = useFormSubmit(form, async (values) => {
    await api(
      `/api/villages/${villageId}/rules/overrides/${encodeURIComponent(rule.ruleId)}/repeal`,
      {
        method: 'POST',
        body: {
          repealedOn: values.repealedOn ?? '',
          ...(values.resolutionId ? { resolutionId: values.resolutionId } : {}),
        },
      },
    );
    onRepealed();
  });

  return (
    <div data-testid="rule-repeal">
      <Divider />
      <Typography.Title level={5}>{t('rules.repeal.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('rules.repeal.hint', { date: t.date(rule.override.adoptedOn) })}
      </Typography.Paragraph>
      <ErrorAlert error={error} unmatched={unmatched} testId="rule-repeal-error" />
      <Form form={form} layout="vertical" initialValues={{ repealedOn: todayIso() }}>
        <Form.Item
          name="repealedOn"
          label={t('rules.repeal.on')}
          rules={[{ required: true, message: t('matters.form.dateRequired') }]}
        >
          <DateInput notAfterToday testId="rule-repealed-on" />
        </Form.Item>
        <Form.Item name="resolutionId" label={t('rules.resolution')}>
          <Select
            allowClear
            placeholder={t('rules.resolution.placeholder')}
            notFoundContent={t('rules.authorisations.noAssemblyResolutions')}
            options={resolutionOptions}
          />
        </Form.Item>
      </Form>
      <Popconfirm
        title={t('rules.repeal.confirm', { rule: rule.ruleId })}
        okText={t('rules.repeal.button')}
        okButtonProps={{ danger: true, 'data-testid': 'rule-repeal-ok' }}
        cancelText={t('app.cancel')}
        onConfirm={() => repeal()}
      >
        <Button danger loading={busy} data-testid="rule-repeal-button">
          {t('rules.repeal.button')}
        </Button>
      </Popconfirm>
    </div>
  );
}
