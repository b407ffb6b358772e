import { useState } from 'react';
import { Button, Drawer, Form, Input, Radio, Space, Table, Tag } from 'antd';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { booksApi, type BankAccount, type BooksOverview, type OpenAccountInput } from './api.ts';

interface Props {
  villageId: string;
  org: BooksOverview['orgs'][number];
  data: BooksOverview;
  onChange: () => void;
}

/** The organisation's bank accounts; the keepers register one (in its name) or record it closed. */
export function AccountsTab({ villageId, org, data, onChange }: Props) {
  const t = useT();
  const [opening, setOpening] = useState(false);
  const close = async (a: BankAccount) => {
    await api(`${booksApi(villageId)}/accounts/${a.id}/close`, { method: 'POST', body: {} });
    onChange();
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {data.abilities.keep && (
        <Button
          type="primary"
          onClick={() => setOpening(true)}
          data-testid="collective-account-open"
        >
          {t('collectiveBooks.account.open')}
        </Button>
      )}
      <Table<BankAccount>
        rowKey="id"
        pagination={false}
        dataSource={data.accounts}
        locale={{ emptyText: t('collectiveBooks.account.none') }}
        columns={[
          { title: t('collectiveBooks.account.bank'), dataIndex: 'bankName' },
          { title: t('collectiveBooks.account.no'), dataIndex: 'accountNo' },
          { title: t('collectiveBooks.account.holder'), dataIndex: 'holderName' },
          { title: t('collectiveBooks.account.purpose'), dataIndex: 'purpose' },
          {
            title: t('collectiveBooks.account.opened'),
            render: (_, a) =>
              a.closedOn ? (
                <Tag>{t('collectiveBooks.account.closed', { on: t.date(a.closedOn) })}</Tag>
              ) : (
                t.date(a.openedOn)
              ),
          },
          ...(data.abilities.keep
            ? [
                {
                  key: 'close',
                  render: (_: unknown, a: BankAccount) =>
                    !a.closedOn && (
                      <Button size="small" onClick={() => void close(a)}>
                        {t('collectiveBooks.account.close')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {opening && (
        <AccountDrawer
          villageId={villageId}
          org={org}
          onClose={() => setOpening(false)}
          onDone={() => {
            setOpening(false);
            onChange();
          }}
        />
      )}
    </Space>
  );
}

function AccountDrawer({
  villageId,
  org,
  onClose,
  onDone,
}: {
  villageId: string;
  org: Props['org'];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Omit<OpenAccountInput, 'orgId'>>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${booksApi(villageId)}/accounts`, {
      method: 'POST',
      body: { ...values, orgId: org.id },
    });
    onDone();
  });
  return (
    <Drawer open onClose={onClose} title={t('collectiveBooks.account.open')} width={480}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ holderKind: 'organisation', holderName: org.name }}
        data-testid="collective-account-form"
      >
        <Form.Item
          name="bankName"
          label={t('collectiveBooks.account.bank')}
          rules={[{ required: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="accountNo"
          label={t('collectiveBooks.account.no')}
          rules={[{ required: true }]}
        >
          <Input maxLength={40} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="holderKind" label={t('collectiveBooks.account.holderKind')}>
          <Radio.Group
            options={[
              { value: 'organisation', label: t('collectiveBooks.account.kind.organisation') },
              { value: 'person', label: t('collectiveBooks.account.kind.person') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="holderName"
          label={t('collectiveBooks.account.holder')}
          rules={[{ required: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="purpose" label={t('collectiveBooks.account.purpose')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="openedOn" label={t('collectiveBooks.account.opened')}>
          <DateInput notAfterToday />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {t('collectiveBooks.account.open')}
        </Button>
      </Form>
    </Drawer>
  );
}
