import { useState } from 'react';
import { Button, Descriptions, Drawer, Input, Space, Table, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { financeBase, type Voucher, type VoucherResponse } from './api.ts';
import { yuanText } from './money.ts';

/** One voucher: its lines, its receipts (open them, add one), and its reversal. */
export function VoucherDrawer({
  voucherId,
  onClose,
  onChanged,
}: {
  voucherId: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const url = `${financeBase(villageId)}/vouchers/${voucherId}`;
  const { data, error, reload } = useApi<VoucherResponse>(url);
  const [actionError, setActionError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const [on, setOn] = useState<string | null>(todayIso());
  const act = async (work: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await work();
      reload();
      onChanged();
    } catch (cause) {
      setActionError(cause);
    }
  };
  const v = data?.voucher;
  const mayReverse = data?.abilities.book && v && !v.reversedById && v.source !== 'reversal';
  return (
    <Drawer
      open
      size={720}
      onClose={onClose}
      title={v ? t('finance.voucher.title', { number: v.number }) : ''}
      data-testid="finance-voucher"
    >
      <ErrorAlert error={error ?? actionError} />
      {v ? (
        <>
          <Descriptions size="small" column={2} className="block-gap">
            <Descriptions.Item label={t('finance.col.on')}>{t.date(v.on)}</Descriptions.Item>
            <Descriptions.Item label={t('finance.voucher.bookedBy')}>
              {v.bookedBy ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('finance.col.summary')} span={2}>
              {v.summary} <Tag>{t(`finance.source.${v.source}`)}</Tag>
              {v.reversedById ? <Tag color="red">{t('finance.reversed')}</Tag> : null}
            </Descriptions.Item>
          </Descriptions>
          <Table<Voucher['lines'][number]>
            size="small"
            pagination={false}
            rowKey={(l) => `${l.account.code}-${l.debitFen}-${l.creditFen}-${l.counterparty ?? ''}`}
            dataSource={v.lines}
            className="block-gap"
            columns={[
              {
                key: 'account',
                title: t('finance.col.account'),
                render: (_, l) => `${l.account.code} ${t.pick(l.account.name)}`,
              },
              {
                key: 'debit',
                title: t('finance.col.debit'),
                align: 'right',
                render: (_, l) => (l.debitFen ? yuanText(l.debitFen) : ''),
              },
              {
                key: 'credit',
                title: t('finance.col.credit'),
                align: 'right',
                render: (_, l) => (l.creditFen ? yuanText(l.creditFen) : ''),
              },
              {
                key: 'cp',
                title: t('finance.col.counterparty'),
                render: (_, l) => l.counterparty ?? '',
              },
            ]}
          />
          <div className="block-gap" data-testid="finance-receipts">
            <strong>{t('finance.col.receipts')}</strong>
            {data.receipts.length === 0 ? (
              <div>{t('finance.voucher.noReceipts')}</div>
            ) : (
              <ul>
                {data.receipts.map((r) => (
                  <li key={r.id}>
                    <a href={`${url}/receipts/${r.id}`} target="_blank" rel="noreferrer">
                      {r.fileName}
                    </a>{' '}
                    <code title={r.sha256}>{r.sha256.slice(0, 16)}…</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {data.abilities.book ? (
            <Upload
              accept="image/jpeg,image/png,application/pdf"
              showUploadList={false}
              beforeUpload={(file) => {
                const body = new FormData();
                body.append('file', file);
                void act(() => api(`${url}/receipts`, { method: 'POST', body }));
                return false;
              }}
            >
              <Button
                icon={<UploadOutlined />}
                className="block-gap"
                data-testid="finance-receipt-upload"
              >
                {t('finance.voucher.upload')}
              </Button>
            </Upload>
          ) : null}
          {mayReverse ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <span>{t('finance.voucher.reverseOn')}</span>
              <DateInput value={on} onChange={setOn} />
              <Input
                placeholder={t('finance.voucher.reverseReason')}
                value={reason}
                maxLength={100}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button
                danger
                onClick={() =>
                  void act(() =>
                    api(`${url}/reversal`, {
                      method: 'POST',
                      body: { reason, ...(on ? { on } : {}) },
                    }),
                  )
                }
              >
                {t('finance.voucher.reverse')}
              </Button>
            </Space>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
