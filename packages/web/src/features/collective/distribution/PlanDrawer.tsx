import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Drawer, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { yuanText } from '@cunzhi/core/finance/voucher';
import { useApi } from '../../../api/useApi.ts';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PersonSelect } from '../../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import {
  dividendApi,
  distributionPage,
  distributionsApi,
  type DistributionOverview,
  type Dividend,
  type PaymentInput,
  type PlanDetail,
} from './api.ts';

interface Props {
  villageId: string;
  planId: string;
  overview: DistributionOverview;
  onClose: () => void;
  onChange: () => void;
}

const percent = (bp: number) => `${bp / 100}%`;

/** One plan: its figures, the next step (publish, then record the adoption) and its dividends. */
export function PlanDrawer({ villageId, planId, overview, onClose, onChange }: Props) {
  const t = useT();
  const url = `${distributionsApi(villageId)}/${planId}`;
  const { data, error, reload } = useApi<PlanDetail>(url);
  const [paying, setPaying] = useState<Dividend | null>(null);
  const changed = () => {
    reload();
    onChange();
  };
  const p = data?.plan;
  return (
    <Drawer
      open
      onClose={onClose}
      width={960}
      title={p ? t('distribution.plan.title', { year: p.year }) : ''}
    >
      {error && !data && <ErrorAlert error={error} />}
      {!data || !p ? (
        <PageLoading />
      ) : (
        <Space
          direction="vertical"
          size="middle"
          style={{ width: '100%' }}
          data-testid="distribution-plan"
        >
          <Typography.Paragraph>
            {t('distribution.plan.figures', {
              income: yuanText(p.incomeFen),
              rate: percent(p.reserveRateBp),
              reserve: yuanText(p.reserveFen),
              committee: yuanText(p.committeeFen),
              pool: yuanText(p.poolFen),
              shares: p.totalShares,
              payees: p.payees,
              on: t.date(p.holdingsOn),
              version: p.charterVersion,
            })}
          </Typography.Paragraph>
          <Steps villageId={villageId} data={data} overview={overview} onChange={changed} />
          <Link
            to={`${distributionPage(villageId)}/${planId}/print`}
            data-testid="distribution-print"
          >
            {t('distribution.print')}
          </Link>
          <Table<Dividend>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 50 }}
            dataSource={data.dividends}
            data-testid="distribution-dividends"
            columns={[
              { title: t('distribution.div.registerNo'), dataIndex: 'registerNo' },
              { title: t('distribution.div.payee'), dataIndex: 'payeeName' },
              { title: t('distribution.div.household'), dataIndex: 'householdNumber' },
              { title: t('distribution.div.shares'), dataIndex: 'shares' },
              { title: t('distribution.div.amount'), render: (_, d) => yuanText(d.amountFen) },
              {
                title: t('distribution.div.paid'),
                render: (_, d) =>
                  d.paid ? (
                    <Space>
                      {t('distribution.div.paidBy', {
                        on: t.date(d.paid.on),
                        method: t(`distribution.method.${d.paid.method}`),
                        to: d.paid.paidTo + (d.paid.heir ? t('distribution.div.heir') : ''),
                      })}
                      <Link to={`${distributionPage(villageId)}/receipts/${d.id}`}>
                        {t('distribution.div.receipt')}
                      </Link>
                    </Space>
                  ) : p.state === 'adopted' && overview.abilities.pay && d.amountFen > 0 ? (
                    <Button
                      size="small"
                      onClick={() => setPaying(d)}
                      data-testid="distribution-pay"
                    >
                      {t('distribution.div.pay')}
                    </Button>
                  ) : (
                    <Typography.Text type="secondary">
                      {t('distribution.div.unpaid')}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        </Space>
      )}
      {paying && (
        <PayDrawer
          villageId={villageId}
          dividend={paying}
          onClose={() => setPaying(null)}
          onDone={() => {
            setPaying(null);
            changed();
          }}
        />
      )}
    </Drawer>
  );
}

/** The plan's next step: make the reports available, then record the adopting resolution. */
function Steps({
  villageId,
  data,
  overview,
  onChange,
}: {
  villageId: string;
  data: PlanDetail;
  overview: DistributionOverview;
  onChange: () => void;
}) {
  const t = useT();
  const p = data.plan;
  const [form] = Form.useForm<{ on?: string; resolutionId?: string }>();
  const url = `${distributionsApi(villageId)}/${p.id}`;
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    if (p.state === 'draft')
      await api(`${url}/publication`, { method: 'POST', body: { on: values.on } });
    else
      await api(`${url}/adoption`, { method: 'POST', body: { resolutionId: values.resolutionId } });
    onChange();
  });
  if (p.state === 'adopted')
    return (
      <Alert
        type="success"
        data-testid="distribution-adopted"
        message={t('distribution.adopted', {
          resolution: p.resolution ?? '',
          on: t.date(p.adoptedOn),
        })}
      />
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {p.publishedOn && (
        <Alert
          type="info"
          message={t('distribution.published', {
            on: t.date(p.publishedOn),
            earliest: t.date(p.earliestVoteOn),
          })}
        />
      )}
      <ErrorAlert error={error} unmatched={unmatched} />
      {overview.abilities.plan && (
        <Form form={form} layout="inline" data-testid="distribution-step">
          {p.state === 'draft' ? (
            <Form.Item name="on" label={t('distribution.publishOn')}>
              <DateInput notAfterToday />
            </Form.Item>
          ) : (
            <Form.Item
              name="resolutionId"
              label={t('distribution.resolution')}
              rules={[{ required: true }]}
            >
              <Select
                style={{ minWidth: 360 }}
                data-testid="distribution-resolution"
                options={overview.resolutions.map((r) => ({ value: r.id, label: r.label }))}
              />
            </Form.Item>
          )}
          <Button
            type="primary"
            loading={busy}
            onClick={() => void submit()}
            data-testid="distribution-step-submit"
          >
            {t(p.state === 'draft' ? 'distribution.publish' : 'distribution.adopt')}
          </Button>
        </Form>
      )}
    </Space>
  );
}

function PayDrawer({
  villageId,
  dividend,
  onClose,
  onDone,
}: {
  villageId: string;
  dividend: Dividend;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<PaymentInput>();
  const method = Form.useWatch('method', form);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${dividendApi(villageId, dividend.id)}/payment`, { method: 'POST', body: values });
    onDone();
  });
  return (
    <Drawer
      open
      onClose={onClose}
      width={480}
      title={t('distribution.pay.title', {
        payee: dividend.payeeName,
        amount: yuanText(dividend.amountFen),
      })}
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ method: 'transfer' }}
        data-testid="distribution-pay-form"
      >
        <Form.Item name="method" label={t('distribution.pay.method')}>
          <Radio.Group
            options={[
              { value: 'transfer', label: t('distribution.method.transfer') },
              { value: 'cash', label: t('distribution.method.cash') },
            ]}
          />
        </Form.Item>
        {method === 'cash' ? (
          <Form.Item
            name="acknowledged"
            label={t('distribution.pay.acknowledged')}
            rules={[{ required: true }]}
          >
            <Radio.Group
              options={[
                { value: 'signature', label: t('distribution.pay.signature') },
                { value: 'thumbprint', label: t('distribution.pay.thumbprint') },
              ]}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="bankReference"
            label={t('distribution.pay.bankReference')}
            rules={[{ required: true }]}
          >
            <Input maxLength={64} data-testid="distribution-bank-reference" />
          </Form.Item>
        )}
        <Form.Item name="paidTo" label={t('distribution.pay.paidTo')}>
          <PersonSelect villageId={villageId} />
        </Form.Item>
        <Form.Item name="heirEvidence" label={t('distribution.pay.heirEvidence')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="on" label={t('distribution.pay.on')}>
          <DateInput notAfterToday />
        </Form.Item>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="distribution-pay-submit"
        >
          {t('distribution.pay.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
