import { useState } from 'react';
import {
  Button,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { yuanText } from '@cunzhi/core/finance/voucher';
import { useApi } from '../../../api/useApi.ts';
import { api, withQuery } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { PlanDrawer } from './PlanDrawer.tsx';
import {
  distributionsApi,
  draftApi,
  type DistributionOverview,
  type DraftInput,
  type Plan,
} from './api.ts';

const STATE_COLOR = { draft: 'default', published: 'processing', adopted: 'success' } as const;

/**
 * 收益分配 in the console: the organisation's plans by year with the reserve, the committee's
 * payment and the pool, paid and unclaimed; a plan opens with its steps (make the reports
 * available, record the assembly's resolution) and its dividends to pay one by one.
 */
export default function DistributionPage() {
  const t = useT();
  const { villageId } = useVillage();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [drafting, setDrafting] = useState(false);
  const [openPlan, setOpenPlan] = useState<string | null>(null);
  const { data, error, reload } = useApi<DistributionOverview>(
    withQuery(distributionsApi(villageId), { orgId }),
  );
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const org = data.orgs.find((o) => o.id === data.orgId);
  return (
    <div className="page" data-testid="distribution-page">
      <div className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('distribution.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('distribution.hint')}</Typography.Text>
      </div>
      {!org ? (
        <Empty description={t('distribution.none')} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            {data.orgs.length > 1 && (
              <Select
                aria-label={t('distribution.org')}
                value={org.id}
                onChange={setOrgId}
                options={data.orgs.map((o) => ({ value: o.id, label: o.name }))}
                style={{ minWidth: 280 }}
              />
            )}
            {data.abilities.plan && (
              <Button
                type="primary"
                onClick={() => setDrafting(true)}
                data-testid="distribution-draft"
              >
                {t('distribution.draft')}
              </Button>
            )}
          </Space>
          <Table<Plan>
            rowKey="id"
            pagination={false}
            dataSource={data.plans}
            locale={{ emptyText: t('distribution.none') }}
            data-testid="distribution-plans"
            columns={[
              { title: t('distribution.col.year'), dataIndex: 'year' },
              { title: t('distribution.col.income'), render: (_, p) => yuanText(p.incomeFen) },
              { title: t('distribution.col.reserve'), render: (_, p) => yuanText(p.reserveFen) },
              {
                title: t('distribution.col.committee'),
                render: (_, p) => yuanText(p.committeeFen),
              },
              { title: t('distribution.col.pool'), render: (_, p) => yuanText(p.poolFen) },
              {
                title: t('distribution.col.state'),
                render: (_, p) => (
                  <Tag color={STATE_COLOR[p.state]}>{t(`distribution.state.${p.state}`)}</Tag>
                ),
              },
              {
                title: t('distribution.col.paid'),
                render: (_, p) =>
                  t('distribution.paidOf', {
                    paid: p.paidCount,
                    unpaid: p.unpaidCount,
                    unpaidYuan: yuanText(p.unpaidFen),
                  }),
              },
              {
                key: 'open',
                render: (_, p) => (
                  <Button
                    size="small"
                    onClick={() => setOpenPlan(p.id)}
                    data-testid="distribution-open"
                  >
                    {t('distribution.open')}
                  </Button>
                ),
              },
            ]}
          />
        </Space>
      )}
      {drafting && org && (
        <DraftDrawer
          villageId={villageId}
          orgId={org.id}
          onClose={() => setDrafting(false)}
          onDone={(id) => {
            setDrafting(false);
            setOpenPlan(id);
            reload();
          }}
        />
      )}
      {openPlan && (
        <PlanDrawer
          villageId={villageId}
          planId={openPlan}
          overview={data}
          onClose={() => setOpenPlan(null)}
          onChange={reload}
        />
      )}
    </div>
  );
}

function DraftDrawer({
  villageId,
  orgId,
  onClose,
  onDone,
}: {
  villageId: string;
  orgId: string;
  onClose: () => void;
  onDone: (planId: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<DraftInput>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const made = await api<{ plan: Plan }>(draftApi(villageId, orgId), {
      method: 'POST',
      body: values,
    });
    onDone(made.plan.id);
  });
  return (
    <Drawer open onClose={onClose} title={t('distribution.draft')} width={520}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear() - 1, payeeKind: 'person' }}
        data-testid="distribution-draft-form"
      >
        <Form.Item name="year" label={t('distribution.year')} rules={[{ required: true }]}>
          <InputNumber min={1990} max={2999} precision={0} />
        </Form.Item>
        <Form.Item name="income" label={t('distribution.income')} rules={[{ required: true }]}>
          <Input maxLength={30} inputMode="decimal" data-testid="distribution-income" />
        </Form.Item>
        <Form.Item name="reserveRate" label={t('distribution.reserveRate')}>
          <Input maxLength={10} inputMode="decimal" data-testid="distribution-reserve-rate" />
        </Form.Item>
        <Form.Item name="payeeKind" label={t('distribution.payeeKind')}>
          <Radio.Group
            options={[
              { value: 'person', label: t('distribution.payeeKind.person') },
              { value: 'household', label: t('distribution.payeeKind.household') },
            ]}
          />
        </Form.Item>
        <Form.Item name="holdingsOn" label={t('distribution.holdingsOn')}>
          <DateInput />
        </Form.Item>
        <Form.Item name="note" label={t('distribution.note')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="distribution-draft-submit"
        >
          {t('distribution.draft')}
        </Button>
      </Form>
    </Drawer>
  );
}
