import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { api as call } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { DefineDutyInput, DutiesResponse } from './api.ts';

type Item = DutiesResponse['items'][number];
const CADENCES = ['weekly', 'monthly', 'quarterly', 'yearly', 'asNeeded'] as const;
const STATE_COLOR = { done: 'green', due: 'blue', overdue: 'red', asNeeded: 'default' } as const;

/** The 片长 duty list: where each item stands in the grid chosen, every grid's counts, and the log. */
export function DutiesTab({ api }: { api: string }) {
  const t = useT();
  const [gridId, setGridId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { data, error, reload } = useApi<DutiesResponse>(
    `${api}/duties${gridId ? `?gridId=${gridId}` : ''}`,
  );
  const [logError, setLogError] = useState<unknown>(null);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const mayLog =
    data.gridId !== null && data.ownGridIds.includes(data.gridId) && data.abilities.logDuties;
  const log = async (item: Item) => {
    setLogError(null);
    try {
      await call(`${api}/duties/${item.id}/log`, { method: 'POST', body: { gridId: data.gridId } });
      reload();
    } catch (cause) {
      setLogError(cause);
    }
  };
  const columns: Column<Item>[] = [
    { key: 'number', title: t('liaison.duty.number'), render: (r) => r.number, width: 60 },
    {
      key: 'category',
      title: t('liaison.duty.category'),
      render: (r) => r.category,
      hideOnPhone: true,
    },
    {
      key: 'title',
      title: t('liaison.duty.title'),
      primary: true,
      render: (r) => (
        <span className="cell-wrap">
          {r.title} {r.example && <Tag>{t('liaison.duty.example')}</Tag>}
        </span>
      ),
    },
    {
      key: 'cadence',
      title: t('liaison.duty.cadence'),
      render: (r) => t(`liaison.duty.cadence.${r.cadence}`),
    },
    {
      key: 'state',
      title: t('liaison.duty.state'),
      render: (r) =>
        r.state ? <Tag color={STATE_COLOR[r.state]}>{t(`liaison.duty.state.${r.state}`)}</Tag> : '',
    },
    {
      key: 'last',
      title: t('liaison.duty.lastDone'),
      render: (r) => (r.lastDoneOn ? t.date(r.lastDoneOn) : ''),
    },
    ...(mayLog
      ? [
          {
            key: 'log',
            title: '',
            render: (r: Item) => (
              <Button size="small" onClick={() => void log(r)} data-testid="liaison-duty-log">
                {t('liaison.duty.log')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Space wrap className="block-gap">
        <Select
          style={{ minWidth: 200 }}
          value={data.gridId ?? undefined}
          placeholder={t('liaison.grid')}
          onChange={(v: string) => setGridId(v)}
          options={data.grids.map((g) => ({
            value: g.id,
            label: `${g.name}${g.chiefName ? `（${g.chiefName}）` : ''}`,
          }))}
          data-testid="liaison-duty-grid"
        />
        {data.abilities.manageDuties && (
          <Button onClick={() => setAdding(true)} data-testid="liaison-duty-add">
            {t('liaison.duty.add')}
          </Button>
        )}
      </Space>
      <ErrorAlert error={logError} />
      <DataList
        rows={data.items}
        rowKey={(r) => r.id}
        columns={columns}
        testId="liaison-duties"
        empty={t('liaison.duty.none')}
      />
      <Typography.Title level={3}>{t('liaison.duty.grids')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={data.grids}
        columns={[
          { title: t('liaison.grid'), dataIndex: 'name' },
          { title: t('liaison.duty.chief'), dataIndex: 'chiefName' },
          {
            title: t('liaison.duty.state'),
            render: (_, g) => (
              <span>
                {t('liaison.duty.counts', { done: g.done, due: g.due, overdue: g.overdue })}
                {g.overdue > 0 && <Tag color="red">{t('liaison.overdue')}</Tag>}
              </span>
            ),
          },
        ]}
      />
      <Typography.Title level={3}>{t('liaison.duty.logTitle')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        dataSource={data.log}
        columns={[
          { title: t('liaison.duty.doneOn'), render: (_, l) => t.date(l.doneOn) },
          { title: t('liaison.grid'), dataIndex: 'gridName' },
          { title: t('liaison.duty.title'), render: (_, l) => `${l.dutyNumber}. ${l.dutyTitle}` },
          { title: t('liaison.note'), dataIndex: 'note' },
        ]}
      />
      {adding && (
        <AddDuty
          path={`${api}/duties`}
          onClose={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </>
  );
}

function AddDuty({ path, onClose }: { path: string; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<DefineDutyInput>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    await call(path, { method: 'POST', body: v });
    onClose();
  });
  return (
    <Modal
      open
      title={t('liaison.duty.add')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" initialValues={{ cadence: 'monthly', example: false }}>
        <ErrorAlert error={error} unmatched={unmatched} />
        <Form.Item
          name="category"
          label={t('liaison.duty.category')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('liaison.duty.title')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="cadence" label={t('liaison.duty.cadence')}>
          <Select
            options={CADENCES.map((c) => ({ value: c, label: t(`liaison.duty.cadence.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="example" label={t('liaison.duty.example')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
