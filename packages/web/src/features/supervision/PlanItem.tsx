import { Select, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { InspectionDetail, PlanView } from './api.ts';

/** Which item of the year's plan an inspection carries out, in words (or that it is outside the plan). */
export function PlanItemText({ plan }: { plan: InspectionDetail['plan'] }) {
  const t = useT();
  if (!plan?.item)
    return (
      <Typography.Text type="secondary" data-testid="inspection-plan-item">
        {plan ? `${plan.year}` : t('supervision.plan.item.none')}
      </Typography.Text>
    );
  return (
    <span data-testid="inspection-plan-item">
      {t('supervision.plan.item.text', {
        year: plan.year,
        month: plan.item.month,
        title: plan.item.title,
      })}
    </span>
  );
}

/** A plan item as the opening form keeps it: the plan and the item's place in it. */
export const planItemKey = (planId: string, index: number) => `${planId}:${index}`;

export function parsePlanItemKey(key: string | undefined | null) {
  if (!key) return {};
  const [planId, index] = key.split(':');
  return { planId, planItem: Number(index) };
}

/** The items of the adopted yearly plans, newest year first, to pick the one an inspection carries out. */
export function PlanItemSelect({
  plans,
  value,
  onChange,
}: {
  plans: PlanView[];
  value?: string | null;
  onChange?: (key: string | null, item: PlanView['items'][number] | null) => void;
}) {
  const t = useT();
  const adopted = plans.filter((p) => p.status === 'adopted').sort((a, b) => b.year - a.year);
  const options = adopted.map((p) => ({
    label: `${p.year}`,
    options: p.items.map((item, i) => ({
      value: planItemKey(p.id, i),
      label: t('supervision.plan.item.text', {
        year: p.year,
        month: item.month,
        title: item.title,
      }),
    })),
  }));
  const itemOf = (key: string | undefined) => {
    const { planId, planItem } = parsePlanItemKey(key);
    return adopted.find((p) => p.id === planId)?.items[planItem ?? -1] ?? null;
  };
  return (
    <Select
      allowClear
      value={value ?? undefined}
      placeholder={t('supervision.plan.item.none')}
      options={options}
      onChange={(key?: string) => onChange?.(key ?? null, itemOf(key))}
      data-testid="inspection-form-plan-item"
    />
  );
}
