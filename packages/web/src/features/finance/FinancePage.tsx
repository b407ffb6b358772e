import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  App,
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import {
  FileExcelOutlined,
  PlusOutlined,
  PrinterOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList } from '../../components/DataList.tsx';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import {
  financeBase,
  type JournalResponse,
  type PeriodsResponse,
  type StatementItem,
  type StatementResponse,
  type TrialBalanceResponse,
  type Voucher,
  type VoucherImportStarted,
} from './api.ts';
import { VoucherDrawer } from './VoucherDrawer.tsx';
import { BookVoucherDrawer } from './BookVoucherDrawer.tsx';
import { ImportRowsAlert } from './ImportRowsAlert.tsx';
import { VoucherImportProgress } from './VoucherImportProgress.tsx';
import { yuanText } from './money.ts';

const thisMonth = () => todayIso().slice(0, 7);
const lastMonth = () => {
  const [y, m] = thisMonth().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** 财务: the village's journal, trial balance, monthly statement and closing. */
export default function FinancePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'journal';
  return (
    <div className="page" data-testid="finance-page">
      <Flex vertical className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('finance.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('finance.hint')}</Typography.Text>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'journal' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'journal', label: t('finance.tab.journal'), children: <JournalTab /> },
          { key: 'trial', label: t('finance.tab.trialBalance'), children: <TrialBalanceTab /> },
          { key: 'statement', label: t('finance.tab.statement'), children: <StatementTab /> },
          { key: 'periods', label: t('finance.tab.periods'), children: <PeriodsTab /> },
        ]}
      />
    </div>
  );
}

/**
 * The voucher import this tab follows, kept for the browser tab's session so that a clerk who
 * leaves the page during a long import finds its progress again on coming back.
 */
function useFollowedImport(villageId: string): [string | null, (id: string | null) => void] {
  const key = `cunzhi.financeImport.${villageId}`;
  const [followed, setFollowed] = useState(() => {
    try {
      return window.sessionStorage.getItem(key);
    } catch {
      return null;
    }
  });
  const follow = (id: string | null) => {
    try {
      if (id) window.sessionStorage.setItem(key, id);
      else window.sessionStorage.removeItem(key);
    } catch {
      // storage disabled: the import is followed while the page stays open
    }
    setFollowed(id);
  };
  return [followed, follow];
}

function JournalTab() {
  const t = useT();
  const { message } = App.useApp();
  const { villageId } = useVillage();
  const base = financeBase(villageId);
  const [filter, setFilter] = useState({ from: '', to: '', account: '', text: '' });
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const [open, setOpen] = useState<string | null>(null);
  const [booking, setBooking] = useState(false);
  const [asOf, setAsOf] = useState<string | null>(`${todayIso().slice(0, 4)}-01-01`);
  const [importError, setImportError] = useState<unknown>(null);
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== ''));
  const pageQuery = new URLSearchParams(query);
  pageQuery.set('page', String(page.page));
  pageQuery.set('pageSize', String(page.pageSize));
  const { data, error, loading, reload } = useApi<JournalResponse>(`${base}/vouchers?${pageQuery}`);
  const [importId, followImport] = useFollowedImport(villageId);
  // opening balances are booked at once; a year of vouchers is booked by a job the page follows
  const importFile = async (kind: 'opening' | 'vouchers', file: File) => {
    const body = new FormData();
    body.append('file', file);
    setImportError(null);
    followImport(null);
    try {
      if (kind === 'vouchers') {
        const started = await api<VoucherImportStarted>(`${base}/imports/vouchers`, {
          method: 'POST',
          body,
        });
        followImport(started.importId);
        return;
      }
      const done = await api<{ accounts: number }>(
        `${base}/imports/opening-balances?asOf=${encodeURIComponent(asOf ?? '')}`,
        { method: 'POST', body },
      );
      void message.success(t('finance.import.done', { count: done.accounts }));
      reload();
    } catch (cause) {
      setImportError(cause);
    }
  };
  const uploadButton = (kind: 'opening' | 'vouchers', label: string) => (
    <Upload
      accept=".xlsx"
      showUploadList={false}
      beforeUpload={(file) => {
        void importFile(kind, file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} data-testid={`finance-import-${kind}`}>
        {label}
      </Button>
    </Upload>
  );
  return (
    <>
      <Space wrap className="block-gap">
        <DateInput
          value={filter.from || null}
          onChange={(v) => setFilter({ ...filter, from: v ?? '' })}
        />
        <DateInput
          value={filter.to || null}
          onChange={(v) => setFilter({ ...filter, to: v ?? '' })}
        />
        <Input
          placeholder={t('finance.filter.account')}
          value={filter.account}
          onChange={(e) => setFilter({ ...filter, account: e.target.value })}
          style={{ width: 110 }}
        />
        <Input.Search
          placeholder={t('finance.filter.text')}
          allowClear
          onSearch={(text) => setFilter({ ...filter, text })}
          style={{ width: 240 }}
        />
        <a href={`${base}/vouchers.xlsx?${query}`} download>
          <Button icon={<FileExcelOutlined />}>{t('finance.export')}</Button>
        </a>
        {data?.abilities.book ? (
          <>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setBooking(true)}
              data-testid="finance-book"
            >
              {t('finance.book')}
            </Button>
            <span>{t('finance.import.asOf')}</span>
            <DateInput value={asOf} onChange={setAsOf} />
            {uploadButton('opening', t('finance.import.opening'))}
            {uploadButton('vouchers', t('finance.import.vouchers'))}
          </>
        ) : null}
      </Space>
      <ImportRowsAlert error={importError} />
      {importId ? (
        <VoucherImportProgress
          villageId={villageId}
          importId={importId}
          onBooked={reload}
          onDismiss={() => followImport(null)}
        />
      ) : null}
      <ErrorAlert error={error} />
      <DataList<Voucher>
        rows={data?.items ?? []}
        rowKey={(v) => v.id}
        loading={loading}
        testId="finance-journal"
        rowTestId="finance-voucher-row"
        onOpen={(v) => setOpen(v.id)}
        paging={{
          page: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
        columns={[
          { key: 'on', title: t('finance.col.on'), render: (v) => t.date(v.on) },
          { key: 'number', title: t('finance.col.number'), render: (v) => v.number, primary: true },
          {
            key: 'summary',
            title: t('finance.col.summary'),
            render: (v) => (
              <Space size={4} wrap>
                {v.summary}
                {v.source !== 'manual' ? <Tag>{t(`finance.source.${v.source}`)}</Tag> : null}
                {v.reversedById ? <Tag color="red">{t('finance.reversed')}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'accounts',
            title: t('finance.col.account'),
            render: (v) =>
              v.lines.map((l) => `${l.account.code} ${t.pick(l.account.name)}`).join('；'),
          },
          {
            key: 'total',
            title: t('finance.col.total'),
            align: 'right',
            render: (v) => v.total.text,
          },
          { key: 'receipts', title: t('finance.col.receipts'), render: (v) => t.num(v.receipts) },
        ]}
      />
      {open ? (
        <VoucherDrawer voucherId={open} onClose={() => setOpen(null)} onChanged={reload} />
      ) : null}
      {booking ? (
        <BookVoucherDrawer
          onClose={() => setBooking(false)}
          onBooked={() => {
            setBooking(false);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

const sideText = (
  t: ReturnType<typeof useT>,
  b: { side: 'debit' | 'credit' | 'zero'; fen: number },
) => (b.side === 'zero' ? '' : `${t(`finance.side.${b.side}`)} ${yuanText(b.fen)}`);

function TrialBalanceTab() {
  const t = useT();
  const { villageId } = useVillage();
  const [period, setPeriod] = useState(thisMonth());
  const { data, error, loading } = useApi<TrialBalanceResponse>(
    `${financeBase(villageId)}/trial-balance?period=${period}`,
  );
  type Row = TrialBalanceResponse['rows'][number];
  return (
    <>
      <Space className="block-gap">
        <span>{t('finance.tb.period')}</span>
        <Input
          type="month"
          value={period}
          onChange={(e) => setPeriod(e.target.value || thisMonth())}
        />
        {data ? (
          <Tag color={data.balanced ? 'green' : 'red'} data-testid="finance-tb-balanced">
            {t(data.balanced ? 'finance.tb.balanced' : 'finance.tb.unbalanced')}
          </Tag>
        ) : null}
      </Space>
      <ErrorAlert error={error} />
      <Table<Row>
        data-testid="finance-trial-balance"
        rowKey={(r) => r.account.code}
        loading={loading}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'account',
            title: t('finance.col.account'),
            render: (_, r) => (
              <span style={{ paddingLeft: r.level === 2 ? 16 : 0 }}>
                {r.account.code} {t.pick(r.account.name)}
              </span>
            ),
          },
          {
            key: 'opening',
            title: t('finance.col.opening'),
            align: 'right',
            render: (_, r) => sideText(t, r.opening),
          },
          {
            key: 'debit',
            title: t('finance.col.debit'),
            align: 'right',
            render: (_, r) => yuanText(r.debitFen),
          },
          {
            key: 'credit',
            title: t('finance.col.credit'),
            align: 'right',
            render: (_, r) => yuanText(r.creditFen),
          },
          {
            key: 'closing',
            title: t('finance.col.closing'),
            align: 'right',
            render: (_, r) => sideText(t, r.closing),
          },
        ]}
        summary={() =>
          data ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('finance.tb.totals')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {yuanText(data.totals.openingDebitFen)} / {yuanText(data.totals.openingCreditFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {yuanText(data.totals.debitFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {yuanText(data.totals.creditFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {yuanText(data.totals.closingDebitFen)} / {yuanText(data.totals.closingCreditFen)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}

function StatementTab() {
  const t = useT();
  const { villageId } = useVillage();
  const [period, setPeriod] = useState(lastMonth());
  const base = financeBase(villageId);
  const { data, error, reload } = useApi<StatementResponse>(`${base}/statements/${period}`);
  return (
    <>
      <Space className="block-gap" wrap>
        <span>{t('finance.tb.period')}</span>
        <Input
          type="month"
          value={period}
          onChange={(e) => setPeriod(e.target.value || lastMonth())}
        />
        <Link to={`/v/${villageId}/finance/statements/${period}/print`}>
          <Button icon={<PrinterOutlined />}>{t('finance.st.print')}</Button>
        </Link>
        <a href={`${base}/statements/${period}/xlsx`} download>
          <Button icon={<FileExcelOutlined />}>{t('finance.export')}</Button>
        </a>
      </Space>
      <ErrorAlert error={error} />
      {data ? <StatementView statement={data} /> : null}
      {data ? <ReviewAndPublish statement={data} onChanged={reload} /> : null}
    </>
  );
}

function ItemsTable({ items }: { items: StatementItem[] }) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <Table<StatementItem>
        size="small"
        rowKey={(i) => `${i.voucherId}-${i.amountFen}-${i.summary}`}
        dataSource={items}
        pagination={false}
        onRow={(i) => ({ onClick: () => setOpen(i.voucherId), className: 'data-row-clickable' })}
        columns={[
          { key: 'on', title: t('finance.col.on'), render: (_, i) => t.date(i.on) },
          { key: 'number', title: t('finance.col.number'), render: (_, i) => i.number },
          { key: 'summary', title: t('finance.col.summary'), render: (_, i) => i.summary },
          { key: 'cp', title: t('finance.col.counterparty'), render: (_, i) => i.counterparty },
          {
            key: 'amount',
            title: t('finance.col.total'),
            align: 'right',
            render: (_, i) => yuanText(i.amountFen),
          },
        ]}
      />
      {open ? (
        <VoucherDrawer voucherId={open} onClose={() => setOpen(null)} onChanged={() => undefined} />
      ) : null}
    </>
  );
}

/** The statement on screen: lines with their vouchers, totals with capitals, balances, the fund. */
export function StatementView({ statement: s }: { statement: StatementResponse }) {
  const t = useT();
  const lines = (kind: 'income' | 'spending') =>
    s[kind].map((l) => (
      <Card
        key={l.account.code}
        size="small"
        className="block-gap"
        title={`${t.pick(l.account.name)}：${l.total.text}`}
        extra={
          l.budgetFen !== null
            ? `${t('finance.col.budget')} ${yuanText(l.budgetFen)} · ${t('finance.col.ytd')} ${yuanText(l.yearToDateFen)}`
            : null
        }
      >
        <ItemsTable items={l.items} />
      </Card>
    ));
  return (
    <div data-testid="finance-statement">
      {!s.closed ? (
        <Alert type="warning" showIcon title={t('finance.st.notClosed')} className="block-gap" />
      ) : null}
      <Typography.Title level={3}>{s.title}</Typography.Title>
      <Typography.Title level={4}>
        {t('finance.st.income')}：{s.incomeTotal.text}（
        {t('finance.st.capitals', { capitals: s.incomeTotal.capitals })}）
      </Typography.Title>
      {lines('income')}
      <Typography.Title level={4}>
        {t('finance.st.spending')}：{s.spendingTotal.text}（
        {t('finance.st.capitals', { capitals: s.spendingTotal.capitals })}）
      </Typography.Title>
      {lines('spending')}
      <Descriptions bordered size="small" column={2} className="block-gap">
        <Descriptions.Item label={`${t('finance.st.cash')} ${t('finance.st.monthStart')}`}>
          {s.cash.opening.text}
        </Descriptions.Item>
        <Descriptions.Item label={`${t('finance.st.cash')} ${t('finance.st.monthEnd')}`}>
          {s.cash.closing.text}
        </Descriptions.Item>
        <Descriptions.Item label={`${t('finance.st.bank')} ${t('finance.st.monthStart')}`}>
          {s.bank.opening.text}
        </Descriptions.Item>
        <Descriptions.Item label={`${t('finance.st.bank')} ${t('finance.st.monthEnd')}`}>
          {s.bank.closing.text}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('finance.st.psf')} className="block-gap">
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('finance.st.monthStart')}>
            {s.publicServiceFunds.opening.text}
          </Descriptions.Item>
          <Descriptions.Item label={t('finance.st.psf.allocated')}>
            {s.publicServiceFunds.allocated.text}
          </Descriptions.Item>
          <Descriptions.Item label={t('finance.st.psf.used')}>
            {s.publicServiceFunds.used.text}
          </Descriptions.Item>
          <Descriptions.Item label={t('finance.st.monthEnd')}>
            {s.publicServiceFunds.closing.text}
          </Descriptions.Item>
        </Descriptions>
        <ItemsTable items={[...s.publicServiceFunds.allocations, ...s.publicServiceFunds.uses]} />
      </Card>
    </div>
  );
}

function ReviewAndPublish({
  statement: s,
  onChanged,
}: {
  statement: StatementResponse;
  onChanged: () => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  const [passed, setPassed] = useState(true);
  const [opinion, setOpinion] = useState('');
  const [error, setError] = useState<unknown>(null);
  const url = `${financeBase(villageId)}/statements/${s.period}`;
  const send = async (path: string, body: unknown) => {
    setError(null);
    try {
      await api(`${url}/${path}`, { method: 'POST', body });
      onChanged();
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <Card size="small" title={t('finance.st.review')} data-testid="finance-review">
      <ErrorAlert error={error} />
      {s.review ? (
        <Alert
          type={s.review.passed ? 'success' : 'error'}
          showIcon
          title={t(s.review.passed ? 'finance.st.review.passed' : 'finance.st.review.rejected')}
          description={`${s.review.opinion}（${t('finance.st.review.by', { name: s.review.reviewedBy, at: t.dateTime(s.review.reviewedAt) })}）`}
          className="block-gap"
        />
      ) : null}
      {s.abilities.review && s.closed && !s.noticeId ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            <Switch checked={passed} onChange={setPassed} data-testid="finance-review-passed" />
            {t(passed ? 'finance.st.review.passed' : 'finance.st.review.rejected')}
          </Space>
          <Input.TextArea
            placeholder={t('finance.st.review.opinion')}
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
            maxLength={1000}
            data-testid="finance-review-opinion"
          />
          <Button
            type="primary"
            onClick={() => void send('review', { passed, opinion })}
            data-testid="finance-review-submit"
          >
            {t('finance.st.review')}
          </Button>
        </Space>
      ) : null}
      {s.noticeId ? (
        <Space>
          <Tag color="green">{t('finance.st.published')}</Tag>
          <Link to={`/v/${villageId}/notices/${s.noticeId}`} data-testid="finance-notice-link">
            {t('finance.st.openNotice')}
          </Link>
        </Space>
      ) : s.abilities.publish && s.review?.passed ? (
        <Popconfirm
          title={t('finance.st.publish')}
          onConfirm={() => void send('publish', {})}
          okButtonProps={{ 'data-testid': 'finance-publish-ok' }}
        >
          <Button type="primary" data-testid="finance-publish">
            {t('finance.st.publish')}
          </Button>
        </Popconfirm>
      ) : null}
    </Card>
  );
}

function PeriodsTab() {
  const t = useT();
  const { villageId } = useVillage();
  const base = financeBase(villageId);
  const { data, error, loading, reload } = useApi<PeriodsResponse>(`${base}/periods`);
  const journal = useApi<JournalResponse>(`${base}/vouchers?pageSize=1`);
  const mayClose = journal.data?.abilities.close ?? false;
  const [closeError, setCloseError] = useState<unknown>(null);
  type Row = PeriodsResponse['items'][number];
  const close = async (period: string) => {
    setCloseError(null);
    try {
      await api(`${base}/periods/${period}/close`, { method: 'POST', body: {} });
      reload();
    } catch (cause) {
      setCloseError(cause);
    }
  };
  return (
    <>
      <ErrorAlert error={error ?? closeError} />
      <DataList<Row>
        rows={data?.items ?? []}
        rowKey={(r) => r.period}
        loading={loading}
        testId="finance-periods"
        columns={[
          { key: 'period', title: t('finance.tb.period'), render: (r) => r.period, primary: true },
          {
            key: 'closed',
            title: t('finance.periods.closed'),
            render: (r) =>
              r.closed ? (
                <Tag color="green">{t('finance.periods.closed')}</Tag>
              ) : (
                <Tag>{t('finance.periods.open')}</Tag>
              ),
          },
          {
            key: 'vouchers',
            title: t('finance.periods.vouchers'),
            render: (r) => t.num(r.vouchers),
          },
          { key: 'by', title: t('finance.periods.closedBy'), render: (r) => r.closedBy ?? '' },
          {
            key: 'statement',
            title: t('finance.periods.statement'),
            render: (r) => t(`finance.periods.statement.${r.statement}`),
          },
          {
            key: 'action',
            title: '',
            hideOnPhone: true,
            render: (r) =>
              mayClose && !r.closed ? (
                <Popconfirm
                  title={t('finance.periods.close')}
                  onConfirm={() => void close(r.period)}
                  okButtonProps={{ 'data-testid': 'finance-close-ok' }}
                >
                  <Button size="small" data-testid={`finance-close-${r.period}`}>
                    {t('finance.periods.close')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </>
  );
}
