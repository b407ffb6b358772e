import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { api as call } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT, type Translator } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import {
  DUES_BASIS_KINDS,
  PAYMENT_METHODS,
  duesApi,
  duesPage,
  fenOf,
  isYuan,
  monthChoices,
  yuan,
  type DuesBasisKind,
  type DuesMember,
  type DuesOverview,
  type PaymentMethod,
} from './api.ts';

/**
 * 党费 in the console: every member's basis and this month's standard, the last month paid, the
 * arrears and the months unpaid in a row (党章第九条's six flagged), the standard itself; the
 * branch records bases and payments, prints and downloads the year's statement for the town, and
 * publishes the dues as 党务公开. Party records: the branch and the town only.
 */
export default function DuesPage() {
  const t = useT();
  const { villageId } = useVillage();
  const api = duesApi(villageId);
  const { data, error, reload } = useApi<DuesOverview>(api);
  const [editing, setEditing] = useState<{ what: 'basis' | 'pay'; member: DuesMember } | null>(
    null,
  );
  const [publishing, setPublishing] = useState(false);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const statementYear = Number(data.today.slice(0, 4));
  const done = () => {
    setEditing(null);
    setPublishing(false);
    reload();
  };
  return (
    <div className="page" data-testid="party-dues-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('partyDues.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('partyDues.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Link
            to={`${duesPage(villageId)}/statement/${statementYear}`}
            data-testid="party-dues-print"
          >
            {t('partyDues.statement.print', { year: statementYear })}
          </Link>
          <Typography.Link href={`${api}/statement.xlsx?year=${statementYear}`} download>
            {t('partyDues.statement.excel')}
          </Typography.Link>
          {!data.canManage && (
            // a reader who does not keep the dues is the town Party committee: all its villages
            <Typography.Link href={`/api/town/party/dues.xlsx?year=${statementYear}`} download>
              {t('partyDues.statement.town')}
            </Typography.Link>
          )}
          {data.canManage && (
            <Button onClick={() => setPublishing(true)} data-testid="party-dues-publish">
              {t('partyDues.publish')}
            </Button>
          )}
        </Space>
      </Flex>
      {data.findings.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="block-gap"
          data-testid="party-dues-findings"
          message={t('partyDues.findings', { n: data.findings.length })}
          description={
            <ul className="no-margin">
              {data.findings.map((f) => (
                <li key={f.personId}>{f.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table
        size="small"
        rowKey="personId"
        dataSource={data.members}
        pagination={false}
        data-testid="party-dues-members"
        columns={[
          { title: t('partyDues.member'), dataIndex: 'name' },
          {
            title: t('partyDues.status'),
            render: (_, m) => t(`partyDues.status.${m.status}`),
          },
          {
            title: t('partyDues.basis'),
            render: (_, m) =>
              m.basis ? (
                <>
                  {t(`partyDues.kind.${m.basis.kind}`)}
                  {m.basis.monthlyIncomeFen !== null && `（${yuan(m.basis.monthlyIncomeFen)}）`}
                </>
              ) : (
                <Tag color="orange">{t('partyDues.basis.none')}</Tag>
              ),
          },
          {
            title: t('partyDues.monthly'),
            render: (_, m) => (m.monthlyDuesFen === null ? '—' : yuan(m.monthlyDuesFen)),
          },
          {
            title: t('partyDues.lastPaid'),
            render: (_, m) =>
              m.lastPaidMonth ? t('partyDues.month', monthParts(m.lastPaidMonth)) : '—',
          },
          {
            title: t('partyDues.arrears'),
            render: (_, m) =>
              m.arrearsMonths === 0
                ? t('partyDues.arrears.none')
                : t('partyDues.arrears.some', { n: m.arrearsMonths, amount: yuan(m.arrearsFen) }),
          },
          {
            title: t('partyDues.run'),
            render: (_, m) => (
              <span data-testid="party-dues-run">
                {m.unpaidRun}
                {m.lapsed && (
                  <Tag color="red" className="inline-gap">
                    {t('partyDues.lapsed', { n: data.lapseMonths })}
                  </Tag>
                )}
              </span>
            ),
          },
          ...(data.canManage
            ? [
                {
                  title: '',
                  render: (_: unknown, m: DuesMember) => (
                    <Space>
                      <Button
                        size="small"
                        onClick={() => setEditing({ what: 'basis', member: m })}
                        data-testid="party-dues-basis"
                      >
                        {t('partyDues.basis.record')}
                      </Button>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setEditing({ what: 'pay', member: m })}
                        data-testid="party-dues-pay"
                      >
                        {t('partyDues.pay')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <StandardCard standard={data.standard} />
      {editing && (
        <MemberModal
          {...editing}
          api={api}
          today={data.today}
          onClose={() => setEditing(null)}
          onDone={done}
        />
      )}
      {publishing && (
        <PublishModal
          path={`${api}/notices`}
          year={statementYear}
          onClose={() => setPublishing(false)}
          onDone={done}
        />
      )}
    </div>
  );
}

const monthParts = (m: string) => ({ year: Number(m.slice(0, 4)), month: Number(m.slice(5, 7)) });

/** The standard in force, as the profile sets it (the rules page has it too). */
function StandardCard({ standard: s }: { standard: DuesOverview['standard'] }) {
  const t = useT();
  const pct = (bp: number) => `${bp / 100}%`;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      className="block-gap"
      title={t('partyDues.standard')}
      data-testid="party-dues-standard"
      items={[
        {
          label: t('partyDues.kind.salaried'),
          children: t('partyDues.standard.salaried', {
            a: yuan(s.salariedUpTo1Fen),
            ra: pct(s.salariedRate1Bp),
            b: yuan(s.salariedUpTo2Fen),
            rb: pct(s.salariedRate2Bp),
            c: yuan(s.salariedUpTo3Fen),
            rc: pct(s.salariedRate3Bp),
            rd: pct(s.salariedRateTopBp),
          }),
        },
        {
          label: t('partyDues.kind.retired'),
          children: t('partyDues.standard.retired', {
            a: yuan(s.retiredUpToFen),
            ra: pct(s.retiredRateBp),
            rb: pct(s.retiredRateTopBp),
          }),
        },
        {
          label: t('partyDues.kind.farmer'),
          children: t('partyDues.standard.fixed', { amount: yuan(s.farmerFen) }),
        },
        {
          label: t('partyDues.kind.reduced'),
          children: t('partyDues.standard.fixed', { amount: yuan(s.reducedFen) }),
        },
      ]}
    />
  );
}

/** The months a form offers, in words (2026年5月). */
const monthOptions = (t: Translator, today: string) =>
  monthChoices(today).map((m) => ({ value: m, label: t('partyDues.month', monthParts(m)) }));

/** An amount in yuan, checked as typed (the server takes fen). */
function YuanField({
  name,
  label,
  extra,
  testId,
}: {
  name: string;
  label: string;
  extra?: string;
  testId: string;
}) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[
        { required: true },
        {
          validator: async (_, v: string) =>
            isYuan(v) ? undefined : Promise.reject(new Error(t('partyDues.money.invalid'))),
        },
      ]}
    >
      <Input inputMode="decimal" suffix={t('partyDues.yuan')} data-testid={testId} />
    </Form.Item>
  );
}

/** A member's basis or payment form, posted to its path under the dues API. */
function MemberModal({
  what,
  api,
  ...props
}: Omit<ModalProps, 'path'> & {
  what: 'basis' | 'pay';
  api: string;
  member: DuesMember;
  today: string;
}) {
  return what === 'basis' ? (
    <BasisModal path={`${api}/bases`} {...props} />
  ) : (
    <PaymentModal path={`${api}/payments`} {...props} />
  );
}

interface ModalProps {
  path: string;
  onClose: () => void;
  onDone: () => void;
}

function BasisModal({
  path,
  member,
  today,
  onClose,
  onDone,
}: ModalProps & { member: DuesMember; today: string }) {
  const t = useT();
  const [form] = Form.useForm<{
    kind: DuesBasisKind;
    fromMonth: string;
    monthlyIncomeFen?: string;
  }>();
  const kind = Form.useWatch('kind', form);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    await call(path, {
      method: 'POST',
      body: {
        personId: member.personId,
        kind: v.kind,
        fromMonth: v.fromMonth,
        monthlyIncomeFen: fenOf(v.monthlyIncomeFen),
      },
    });
    onDone();
  });
  const needsIncome = kind === 'salaried' || kind === 'retired';
  return (
    <Modal
      open
      title={t('partyDues.basis.title', { name: member.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ fromMonth: today.slice(0, 7), kind: member.basis?.kind }}
      >
        <ErrorAlert error={error} unmatched={unmatched} />
        <Form.Item name="kind" label={t('partyDues.basis.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="party-dues-kind"
            options={DUES_BASIS_KINDS.map((k) => ({ value: k, label: t(`partyDues.kind.${k}`) }))}
          />
        </Form.Item>
        {needsIncome && (
          <YuanField
            name="monthlyIncomeFen"
            label={t(kind === 'retired' ? 'partyDues.income.retired' : 'partyDues.income.salaried')}
            testId="party-dues-income"
          />
        )}
        <Form.Item name="fromMonth" label={t('partyDues.basis.from')} rules={[{ required: true }]}>
          <Select options={monthOptions(t, today)} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('partyDues.basis.note')}</Typography.Paragraph>
      </Form>
    </Modal>
  );
}

function PaymentModal({
  path,
  member,
  today,
  onClose,
  onDone,
}: ModalProps & { member: DuesMember; today: string }) {
  const t = useT();
  const [form] = Form.useForm<{
    months: string[];
    amountFen: string;
    method: PaymentMethod;
    paidOn?: { format(f: string): string };
  }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    await call(path, {
      method: 'POST',
      body: {
        personId: member.personId,
        months: v.months,
        amountFen: fenOf(v.amountFen),
        method: v.method,
        ...(v.paidOn ? { paidOn: v.paidOn.format('YYYY-MM-DD') } : {}),
      },
    });
    onDone();
  });
  return (
    <Modal
      open
      title={t('partyDues.pay.title', { name: member.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          months: [today.slice(0, 7)],
          method: 'cash',
          amountFen: member.monthlyDuesFen === null ? '' : (member.monthlyDuesFen / 100).toFixed(2),
        }}
      >
        <ErrorAlert error={error} unmatched={unmatched} />
        <Form.Item name="months" label={t('partyDues.pay.months')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="party-dues-months"
            options={monthOptions(t, today)}
          />
        </Form.Item>
        <YuanField
          name="amountFen"
          label={t('partyDues.pay.amount')}
          extra={
            member.monthlyDuesFen === null
              ? t('partyDues.basis.none')
              : t('partyDues.pay.standard', { amount: yuan(member.monthlyDuesFen) })
          }
          testId="party-dues-amount"
        />
        <Form.Item name="method" label={t('partyDues.pay.method')} rules={[{ required: true }]}>
          <Select
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`partyDues.method.${m}`) }))}
          />
        </Form.Item>
        <Form.Item name="paidOn" label={t('partyDues.pay.on')}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PublishModal({ path, year, onClose, onDone }: ModalProps & { year: number }) {
  const t = useT();
  const [form] = Form.useForm<{ year: number; withNames: boolean }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    await call(path, { method: 'POST', body: { year: v.year, withNames: v.withNames } });
    onDone();
  });
  return (
    <Modal
      open
      title={t('partyDues.publish')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" initialValues={{ year, withNames: false }}>
        <ErrorAlert error={error} unmatched={unmatched} />
        <Typography.Paragraph type="secondary">{t('partyDues.publish.hint')}</Typography.Paragraph>
        <Form.Item name="year" label={t('partyDues.publish.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="withNames" valuePropName="checked">
          <Checkbox data-testid="party-dues-with-names">
            {t('partyDues.publish.withNames')}
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
