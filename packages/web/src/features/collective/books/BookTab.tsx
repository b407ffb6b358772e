import { useState } from 'react';
import { Button, Drawer, Form, Input, Select, Space, Table, Typography } from 'antd';
import { CHART, isPostable } from '@cunzhi/core/finance/accounts';
import { yuanText } from '@cunzhi/core/finance/voucher';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { fenOf } from '../../finance/money.ts';
import { booksApi, type BooksOverview, type OrgVoucher } from './api.ts';

interface Props {
  villageId: string;
  orgId: string;
  data: BooksOverview;
  onChange: () => void;
}

type Balance = BooksOverview['balances'][number];

/** The organisation's book: its latest vouchers (the committee's twin named) and each account's balance. */
export function BookTab({ villageId, orgId, data, onChange }: Props) {
  const t = useT();
  const [booking, setBooking] = useState(false);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {data.abilities.keep && (
        <Button
          type="primary"
          onClick={() => setBooking(true)}
          data-testid="collective-voucher-new"
        >
          {t('collectiveBooks.book.new')}
        </Button>
      )}
      <Table<OrgVoucher>
        rowKey="id"
        size="small"
        dataSource={data.vouchers}
        locale={{ emptyText: t('collectiveBooks.book.none') }}
        data-testid="collective-vouchers"
        columns={[
          { title: t('collectiveBooks.book.number'), dataIndex: 'number' },
          { title: t('collectiveBooks.book.date'), render: (_, v) => t.date(v.on) },
          {
            title: t('collectiveBooks.book.summary'),
            render: (_, v) => (
              <>
                {v.summary}
                {v.villageVoucherNumber && (
                  <Typography.Text type="secondary">
                    {' '}
                    {t('collectiveBooks.book.committeeVoucher', { number: v.villageVoucherNumber })}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: t('collectiveBooks.book.amount'),
            align: 'right',
            render: (_, v) => yuanText(v.totalFen),
          },
        ]}
        expandable={{
          expandedRowRender: (v) =>
            v.lines.map((l, i) => (
              <div key={i}>
                {l.account.code} {t.pick(l.account.name)}{' '}
                {l.debitFen
                  ? t('collectiveBooks.book.dr', { amount: yuanText(l.debitFen) })
                  : t('collectiveBooks.book.cr', { amount: yuanText(l.creditFen) })}
                {l.counterparty ? ` · ${l.counterparty}` : ''}
              </div>
            )),
        }}
      />
      <Typography.Title level={3}>{t('collectiveBooks.book.balances')}</Typography.Title>
      <Table<Balance>
        rowKey={(b) => b.account.code}
        size="small"
        pagination={false}
        dataSource={data.balances}
        columns={[
          {
            title: t('collectiveBooks.book.account'),
            render: (_, b) => `${b.account.code} ${t.pick(b.account.name)}`,
          },
          {
            title: t('collectiveBooks.book.debit'),
            align: 'right',
            render: (_, b) => yuanText(b.debitFen),
          },
          {
            title: t('collectiveBooks.book.credit'),
            align: 'right',
            render: (_, b) => yuanText(b.creditFen),
          },
          {
            title: t('collectiveBooks.book.balance'),
            align: 'right',
            render: (_, b) => yuanText(b.balanceFen),
          },
        ]}
      />
      {booking && (
        <VoucherDrawer
          villageId={villageId}
          orgId={orgId}
          onClose={() => setBooking(false)}
          onDone={() => {
            setBooking(false);
            onChange();
          }}
        />
      )}
    </Space>
  );
}

interface VoucherForm {
  on: string;
  summary: string;
  debit: string;
  credit: string;
  amount: string;
  counterparty?: string;
}

/** A two-line voucher (one debit, one credit): what a clerk books most; the server checks it as the ledger does. */
function VoucherDrawer({
  villageId,
  orgId,
  onClose,
  onDone,
}: {
  villageId: string;
  orgId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<VoucherForm>();
  const accounts = CHART.filter((a) => isPostable(a.code)).map((a) => ({
    value: a.code,
    label: `${a.code} ${t.pick(a)}`,
  }));
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    const fen = fenOf(v.amount) ?? Number.NaN;
    const counterparty = v.counterparty?.trim() || undefined;
    await api(`${booksApi(villageId)}/vouchers`, {
      method: 'POST',
      body: {
        orgId,
        on: v.on,
        summary: v.summary,
        lines: [
          { accountCode: v.debit, debitFen: fen, creditFen: 0, counterparty },
          { accountCode: v.credit, debitFen: 0, creditFen: fen, counterparty },
        ],
      },
    });
    onDone();
  });
  return (
    <Drawer open onClose={onClose} title={t('collectiveBooks.book.new')} width={520}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" data-testid="collective-voucher-form">
        <Form.Item name="on" label={t('collectiveBooks.book.date')} rules={[{ required: true }]}>
          <DateInput notAfterToday />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('collectiveBooks.book.summary')}
          rules={[{ required: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="debit"
          label={t('collectiveBooks.book.debitAccount')}
          rules={[{ required: true }]}
        >
          <Select showSearch optionFilterProp="label" options={accounts} />
        </Form.Item>
        <Form.Item
          name="credit"
          label={t('collectiveBooks.book.creditAccount')}
          rules={[{ required: true }]}
        >
          <Select showSearch optionFilterProp="label" options={accounts} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('collectiveBooks.book.amount')}
          rules={[{ required: true }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="counterparty" label={t('collectiveBooks.book.counterparty')}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {t('collectiveBooks.book.new')}
        </Button>
      </Form>
    </Drawer>
  );
}
