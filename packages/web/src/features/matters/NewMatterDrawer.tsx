import { useMemo } from 'react';
import { Alert, Form, Input, Radio, Select, Space, Steps, Typography } from 'antd';
import { MATTER_CATEGORY_INFO, type MatterCategory } from '@cunzhi/core/matters/categories';
import { parseYuan, yuanInCapitals } from '@cunzhi/core/money';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type {
  MatterInput,
  MatterSummary,
  MattersResponse,
  ResolutionsResponse,
  WorkflowId,
} from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { RefusalAlert, RuleTag } from './parts.tsx';

interface Props {
  villageId: string;
  catalogue: MattersResponse;
  onClose: () => void;
  onCreated: (matterId: string) => void;
}

type Group = 'reserved' | 'assemblyOther' | 'tiers';

function groupOf(category: MatterCategory): Group {
  const info = MATTER_CATEGORY_INFO[category];
  if (info.ruleId === 'VCOL-24-RESERVED' || category === 'landContractingPlan') return 'reserved';
  if (info.tier === 'assembly') return 'assemblyOther';
  return 'tiers';
}

const GROUPS: Group[] = ['reserved', 'assemblyOther', 'tiers'];

interface Values {
  title: string;
  description?: string;
  budget?: string;
  category?: MatterCategory;
  workflow?: WorkflowId;
  revokesResolutionId?: string;
}

/** Proposes a matter: what it is about decides who may decide it and which procedure it follows. */
export default function NewMatterDrawer({ villageId, catalogue, onClose, onCreated }: Props) {
  const t = useT();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<Values>();
  const category = Form.useWatch('category', form);
  const budget = parseYuan(Form.useWatch('budget', form) ?? '');
  const workflow = Form.useWatch('workflow', form);
  const resolutions = useApi<ResolutionsResponse>(
    category === 'revokeDecision' ? `/api/villages/${villageId}/resolutions` : null,
  );

  const allowed = useMemo(
    () => catalogue.categories.find((c) => c.category === category)?.workflows ?? [],
    [catalogue, category],
  );
  const chosen = catalogue.workflows.find((w) => w.workflow === (workflow ?? allowed[0]));
  const info = category ? MATTER_CATEGORY_INFO[category] : null;

  const categoryOptions = GROUPS.map((group) => ({
    label: t(`matters.categoryGroup.${group}`),
    title: t(`matters.categoryGroup.${group}`),
    options: catalogue.categories
      .filter((c) => groupOf(c.category) === group)
      .map((c) => ({ value: c.category, label: t.pick(c.name) })),
  }));

  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body: MatterInput = {
      title: values.title.trim(),
      category: values.category as MatterCategory,
    };
    if (values.description?.trim()) body.description = values.description.trim();
    if (values.budget?.trim()) body.budget = values.budget.trim();
    if (values.workflow) body.workflow = values.workflow;
    if (values.category === 'revokeDecision' && values.revokesResolutionId)
      body.revokesResolutionId = values.revokesResolutionId;
    const { matter } = await api<{ matter: MatterSummary }>(`/api/villages/${villageId}/matters`, {
      method: 'POST',
      body,
    });
    onCreated(matter.id);
  });

  return (
    <FormDrawer
      title={t('matters.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="matter-drawer"
    >
      <RefusalAlert error={error} />
      {unmatched.length > 0 && (
        <Alert
          type="error"
          className="block-gap"
          title={unmatched.map((f) => f.message).join(t('matters.listSep'))}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        requiredMark
        onValuesChange={(changed: Partial<Values>) => {
          if ('category' in changed) {
            const first = catalogue.categories.find((c) => c.category === changed.category)
              ?.workflows[0];
            form.setFieldsValue({ workflow: first, revokesResolutionId: undefined });
          }
        }}
      >
        <Form.Item
          name="title"
          label={t('matters.titleField')}
          rules={[
            { required: true, whitespace: true, message: t('matters.form.titleRequired') },
            { max: 200, message: t('matters.form.tooLong', { max: 200 }) },
          ]}
        >
          <Input
            placeholder={t('matters.form.titlePlaceholder')}
            maxLength={200}
            data-testid="matter-title"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('matters.description')}
          extra={t('matters.form.descriptionHint')}
          rules={[{ max: 4000, message: t('matters.form.tooLong', { max: 4000 }) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={4000}
            data-testid="matter-description"
          />
        </Form.Item>
        <Form.Item
          name="budget"
          label={t('matters.budget')}
          extra={
            'fen' in budget && budget.fen !== null ? (
              <span data-testid="matter-budget-capitals">
                {t('matters.form.budgetCapitals', { capitals: yuanInCapitals(budget.fen) })}
              </span>
            ) : (
              t('matters.form.budgetHint')
            )
          }
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const parsed = parseYuan(value ?? '');
                if ('problem' in parsed) throw new Error(t(`matters.form.${parsed.problem}`));
              },
            },
          ]}
        >
          <Input
            prefix="¥"
            suffix={t('matters.yuan')}
            inputMode="decimal"
            placeholder={t('matters.form.budgetPlaceholder')}
            maxLength={40}
            className="budget-input"
            data-testid="matter-budget"
          />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('matters.category')}
          rules={[{ required: true, message: t('matters.form.categoryRequired') }]}
          extra={t('matters.form.categoryHint')}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('matters.form.categoryPlaceholder')}
            options={categoryOptions}
            popupMatchSelectWidth={!isPhone}
            listHeight={360}
            data-testid="matter-category"
          />
        </Form.Item>

        {info && category && (
          <Alert
            type="info"
            className="block-gap"
            data-testid="matter-routing-hint"
            title={
              <Space wrap size={4}>
                <span>{t(`matters.routing.${info.tier}`)}</span>
                {info.delegable && info.tier === 'assembly' && (
                  <span>{t('matters.routing.delegable')}</span>
                )}
                {info.special && <span>{t('matters.routing.special')}</span>}
                <RuleTag rule={info.ruleId} />
              </Space>
            }
          />
        )}

        {category === 'revokeDecision' && (
          <Form.Item
            name="revokesResolutionId"
            label={t('matters.revokes')}
            rules={[{ required: true, message: t('matters.form.revokesRequired') }]}
            extra={t('matters.form.revokesHint')}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={resolutions.loading}
              placeholder={t('matters.form.revokesPlaceholder')}
              notFoundContent={t('matters.form.noResolutions')}
              options={(resolutions.data?.items ?? [])
                .filter((r) => r.validity.revoked === null)
                .map((r) => ({ value: r.id, label: `${r.numberText} ${r.title}` }))}
              data-testid="matter-revokes"
            />
          </Form.Item>
        )}

        {category && (
          <Form.Item
            name="workflow"
            label={t('matters.workflow')}
            extra={
              allowed.length > 1 ? t('matters.form.workflowChoose') : t('matters.form.workflowAuto')
            }
          >
            <Radio.Group className="workflow-choice" data-testid="matter-workflow">
              <Space orientation="vertical">
                {allowed.map((id) => {
                  const w = catalogue.workflows.find((x) => x.workflow === id);
                  return (
                    <Radio key={id} value={id} data-testid={`matter-workflow-${id}`}>
                      <strong>{w ? t.pick(w.name) : id}</strong>
                      <Typography.Text type="secondary" className="workflow-choice-hint">
                        {t(`matters.workflow.${id}.hint`)}
                      </Typography.Text>
                    </Radio>
                  );
                })}
              </Space>
            </Radio.Group>
          </Form.Item>
        )}

        {chosen && (
          <div className="block-gap" data-testid="matter-workflow-preview">
            <Space size={4} className="block-gap">
              <Typography.Text strong>{t('matters.form.stepsPreview')}</Typography.Text>
              <RuleTag rule={chosen.rule} />
            </Space>
            <Steps
              orientation="vertical"
              size="small"
              current={-1}
              items={chosen.steps.map((s) => ({
                title: t.pick(s.name),
                content: t.pick(s.at.name),
              }))}
            />
          </div>
        )}
      </Form>
    </FormDrawer>
  );
}
