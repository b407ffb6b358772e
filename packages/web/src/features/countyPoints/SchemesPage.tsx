import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { INDICATORS } from '@cunzhi/core/countyPoints/indicators';
import { defaultScheme } from '@cunzhi/core/countyPoints/scheme';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { townNav } from '../townInbox/nav.tsx';
import { BASE, PAGE, type Indicator, type SchemesResponse } from './api.ts';
import { stateTag, yuan } from './nav.ts';

type Row = SchemesResponse['items'][number];
interface IndicatorRow {
  indicator: Indicator;
  include: boolean;
  weight: number;
  perEvent: number;
}
interface Values {
  countyId?: string;
  year: number;
  title?: string;
  fund: string;
  topN: number;
  publicityDays: number;
  indicators: IndicatorRow[];
  tiers: { fromRank: number; toRank: number; weight: number }[];
  tieBreak: Indicator[];
}

function initialValues(year: number, countyId: string | undefined): Values {
  const d = defaultScheme(year);
  return {
    countyId,
    year,
    fund: String(Number(d.fund) / 100),
    topN: d.topN,
    publicityDays: d.publicityDays,
    indicators: INDICATORS.map((indicator) => {
      const w = d.indicators.find((x) => x.indicator === indicator);
      return {
        indicator,
        include: Boolean(w),
        weight: w?.weight ?? 10,
        perEvent: w?.perEvent ?? 10,
      };
    }),
    tiers: d.tiers,
    tieBreak: d.tieBreak,
  };
}

/** The county's form: seed 003's example filled in, every number the county's to change. */
function CreateScheme({ counties }: { counties: SchemesResponse['counties'] }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const year = new Date().getFullYear();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    // only the ticked rows are sent: the server's `indicators.K` is the K-th ticked row
    const sent = v.indicators.flatMap((row, i) => (row.include ? [i] : []));
    const { id } = await api<{ id: string }>(BASE, {
      method: 'POST',
      body: {
        ...v,
        indicators: sent.map((i) => {
          const { indicator, weight, perEvent } = v.indicators[i]!;
          return { indicator, weight, perEvent };
        }),
      },
    }).catch((cause: unknown) => {
      if (cause instanceof ApiError)
        for (const f of cause.fields)
          f.field = f.field.replace(
            /^indicators\.(\d+)/,
            (_, k: string) => `indicators.${sent[Number(k)] ?? k}`,
          );
      throw cause;
    });
    void navigate(`${PAGE}/${id}`);
  });
  return (
    <Card title={t('countyPoints.create')} className="block-gap" data-testid="county-points-create">
      <Form form={form} layout="vertical" initialValues={initialValues(year, counties[0]?.id)}>
        {counties.length > 1 && (
          <Form.Item name="countyId" label={t('countyPoints.create.county')}>
            <Select options={counties.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="year" label={t('countyPoints.year')}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="fund" label={t('countyPoints.fund')}>
            <Input style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="topN" label={t('countyPoints.topN')}>
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="publicityDays" label={t('countyPoints.publicityDays')}>
            <InputNumber min={1} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('countyPoints.create.titleField')}>
          <Input maxLength={100} />
        </Form.Item>
        <Typography.Title level={5}>{t('countyPoints.create.indicators')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('countyPoints.create.indicatorsHint')}
        </Typography.Paragraph>
        <Form.List name="indicators">
          {(fields) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              columns={[
                {
                  title: t('countyPoints.report.indicator'),
                  render: (_, f) =>
                    t(`countyPoints.indicator.${INDICATORS[f.name] ?? 'petitions'}`),
                },
                {
                  title: t('countyPoints.create.include'),
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'include']} valuePropName="checked" noStyle>
                      <Checkbox />
                    </Form.Item>
                  ),
                },
                {
                  title: t('countyPoints.create.weight'),
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'weight']} noStyle>
                      <InputNumber min={1} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('countyPoints.create.perEvent'),
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'perEvent']} noStyle>
                      <InputNumber min={1} />
                    </Form.Item>
                  ),
                },
              ]}
            />
          )}
        </Form.List>
        <Typography.Title level={5}>{t('countyPoints.create.tiers')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('countyPoints.create.tiersHint')}
        </Typography.Paragraph>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  <Form.Item name={[f.name, 'fromRank']} label={t('countyPoints.create.fromRank')}>
                    <InputNumber min={1} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'toRank']} label={t('countyPoints.create.toRank')}>
                    <InputNumber min={1} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'weight']} label={t('countyPoints.create.tierWeight')}>
                    <InputNumber min={1} />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>×</Button>
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add({ fromRank: 1, toRank: 1, weight: 1 })}>
                  {t('countyPoints.create.addTier')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="tieBreak" label={t('countyPoints.create.tieBreak')}>
          <Select
            mode="multiple"
            options={INDICATORS.map((i) => ({ value: i, label: t(`countyPoints.indicator.${i}`) }))}
          />
        </Form.Item>
        <ErrorAlert error={error} unmatched={unmatched} />
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="county-points-submit"
        >
          {t('countyPoints.create.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * 积分换项目: the schemes of the official's county (a village's leaders see theirs once
 * published); the county sets up a year's scheme here.
 */
export default function SchemesPage() {
  const t = useT();
  const me = useMe();
  const { data, error, loading } = useApi<SchemesResponse>(BASE);
  const [creating, setCreating] = useState(false);
  const columns: Column<Row>[] = [
    {
      key: 'title',
      title: t('countyPoints.scheme'),
      primary: true,
      render: (r) => <Link to={`${PAGE}/${r.id}`}>{r.title}</Link>,
    },
    { key: 'county', title: t('countyPoints.create.county'), render: (r) => r.countyName },
    { key: 'fund', title: t('countyPoints.fund'), render: (r) => yuan(r.fund) },
    { key: 'topN', title: t('countyPoints.topN'), render: (r) => r.topN },
    {
      key: 'status',
      title: t('countyPoints.status'),
      render: (r) => {
        const tag = stateTag(t, r.status);
        return <Tag color={tag.color}>{tag.text}</Tag>;
      },
    },
  ];
  const counties = data?.counties ?? [];
  return (
    <Shell
      nav={me.account.kind === 'staff' ? townNav(t, me.staffUnits) : undefined}
      selectedKey="countyPoints"
    >
      <div className="page" data-testid="county-points-page">
        <div className="page-head">
          <Typography.Title level={1} className="no-margin page-title">
            {t('countyPoints.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('countyPoints.hint')}</Typography.Text>
        </div>
        {error && <ErrorAlert error={error} />}
        {counties.length > 0 && !creating && (
          <Button
            className="block-gap"
            onClick={() => setCreating(true)}
            data-testid="county-points-new"
          >
            {t('countyPoints.create')}
          </Button>
        )}
        {creating && <CreateScheme counties={counties} />}
        <DataList
          rows={data?.items ?? []}
          loading={loading}
          rowKey={(r) => r.id}
          columns={columns}
          rowTestId="county-points-row"
          testId="county-points-list"
          empty={t('countyPoints.empty')}
        />
      </div>
    </Shell>
  );
}
