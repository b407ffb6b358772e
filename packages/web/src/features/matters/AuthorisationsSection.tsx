import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type {
  AuthorisationInput,
  AuthorisationView,
  AuthorisationsResponse,
  MatterCategory,
  ResolutionsResponse,
} from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert, RuleTag, whereText } from './parts.tsx';

/**
 * Authorisations (VCOL Art. 24 §2): an assembly resolution lets the
 * representatives' meeting decide listed matters for a period.
 */
export function AuthorisationsSection({ villageId }: { villageId: string }) {
  const t = useT();
  const base = `/v/${villageId}`;
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<AuthorisationsResponse>(
    `/api/villages/${villageId}/authorisations`,
  );
  const [creating, setCreating] = useState(false);
  const [revokeError, setRevokeError] = useState<unknown>(null);

  const revoke = async (a: AuthorisationView) => {
    setRevokeError(null);
    try {
      await api(`/api/villages/${villageId}/authorisations/${a.id}/revoke`, {
        method: 'POST',
        body: {},
      });
      void message.success(t('rules.authorisations.revoked'));
      reload();
    } catch (cause) {
      setRevokeError(cause);
    }
  };

  const canManage = data?.abilities.manageMatters ?? false;
  const columns: Column<AuthorisationView>[] = [
    {
      key: 'resolution',
      title: t('rules.authorisations.resolution'),
      primary: true,
      render: (a) =>
        a.resolution ? (
          <Link to={`${base}/resolutions/${a.resolution.id}/print`}>{a.resolution.numberText}</Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'categories',
      title: t('rules.authorisations.categories'),
      render: (a) => (
        <Space size={[4, 4]} wrap>
          {a.categories.map((c) => (
            <Tag key={c.category}>{t.pick(c.name)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'period',
      title: t('rules.authorisations.period'),
      render: (a) => t('notices.period.range', { from: t.date(a.startsOn), to: t.date(a.endsOn) }),
    },
    {
      key: 'status',
      title: t('rules.authorisations.status'),
      render: (a) =>
        a.revokedOn ? (
          <Tag color="red">
            {t('rules.authorisations.status.revoked', { date: t.date(a.revokedOn) })}
          </Tag>
        ) : a.inForce ? (
          <Tag color="green" data-testid="authorisation-in-force">
            {t('rules.authorisations.status.inForce')}
          </Tag>
        ) : (
          <Tag>{t('rules.authorisations.status.notInForce')}</Tag>
        ),
    },
  ];
  if (canManage)
    columns.push({
      key: 'revoke',
      title: '',
      render: (a) =>
        a.revokedOn ? null : (
          <Popconfirm
            title={t('rules.authorisations.revoke.confirm')}
            okText={t('rules.authorisations.revoke')}
            okButtonProps={{ danger: true, 'data-testid': 'authorisation-revoke-ok' }}
            cancelText={t('app.cancel')}
            onConfirm={() => revoke(a)}
          >
            <Button
              danger
              size="small"
              onClick={(e) => e.stopPropagation()}
              data-testid="authorisation-revoke"
            >
              {t('rules.authorisations.revoke')}
            </Button>
          </Popconfirm>
        ),
    });

  return (
    <section className="block-gap-top" data-testid="authorisations">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={4} className="no-margin">
            {t('rules.authorisations.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('rules.authorisations.hint')}{' '}
            {data && (
              <>
                <RuleTag rule={data.rule} /> {whereText(t, data.rule)}
              </>
            )}
          </Typography.Text>
        </div>
        {canManage && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="authorisation-new"
          >
            {t('rules.authorisations.new')}
          </Button>
        )}
      </Flex>
      {error && !data ? <ErrorAlert error={error} /> : null}
      <RefusalAlert error={revokeError} />
      <DataList
        rows={data?.items ?? []}
        rowKey={(a) => a.id}
        columns={columns}
        loading={loading}
        rowTestId="authorisation-row"
        testId="authorisations-list"
        empty={t('rules.authorisations.none')}
      />
      {creating && data && (
        <NewAuthorisationDrawer
          villageId={villageId}
          delegable={data.delegable}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
    </section>
  );
}

interface Values {
  resolutionId?: string;
  categories: MatterCategory[];
  startsOn: string | null;
  endsOn: string | null;
}

function NewAuthorisationDrawer({
  villageId,
  delegable,
  onClose,
  onCreated,
}: {
  villageId: string;
  delegable: AuthorisationsResponse['delegable'];
  onClose: () => void;
  onCreated: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const resolutions = useApi<ResolutionsResponse>(`/api/villages/${villageId}/resolutions`);
  const assembly = (resolutions.data?.items ?? []).filter(
    (r) => r.meeting.kind === 'villagersAssembly' && r.validity.valid,
  );

  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body: AuthorisationInput = {
      resolutionId: values.resolutionId ?? '',
      categories: values.categories,
      startsOn: values.startsOn ?? '',
      endsOn: values.endsOn ?? '',
    };
    await api(`/api/villages/${villageId}/authorisations`, { method: 'POST', body });
    onCreated();
  });

  return (
    <FormDrawer
      title={t('rules.authorisations.new')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="authorisation-drawer"
    >
      <RefusalAlert error={error} />
      {unmatched.length > 0 && (
        <Alert
          type="error"
          className="block-gap"
          title={unmatched.map((f) => f.message).join(t('matters.listSep'))}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ categories: [] }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.resolutionId) {
            const r = assembly.find((x) => x.id === changed.resolutionId);
            if (r && !form.getFieldValue('startsOn'))
              form.setFieldsValue({ startsOn: r.adoptedOn });
          }
        }}
      >
        <Form.Item
          name="resolutionId"
          label={t('rules.authorisations.resolution')}
          extra={t('rules.authorisations.resolution.hint')}
          rules={[{ required: true, message: t('rules.authorisations.form.resolutionRequired') }]}
        >
          <Select
            loading={resolutions.loading}
            placeholder={t('rules.authorisations.resolution.placeholder')}
            notFoundContent={t('rules.authorisations.noAssemblyResolutions')}
            options={assembly.map((r) => ({ value: r.id, label: `${r.numberText} ${r.title}` }))}
            data-testid="authorisation-resolution"
          />
        </Form.Item>
        <Form.Item
          name="categories"
          label={t('rules.authorisations.categories')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('rules.authorisations.form.categoriesRequired'),
            },
          ]}
        >
          <Checkbox.Group className="category-checks" data-testid="authorisation-categories">
            <Space orientation="vertical">
              {delegable.map((c) => (
                <Checkbox
                  key={c.category}
                  value={c.category}
                  data-testid={`authorisation-category-${c.category}`}
                >
                  {t.pick(c.name)}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="startsOn"
            label={t('rules.authorisations.startsOn')}
            rules={[{ required: true, message: t('matters.form.dateRequired') }]}
            className="grow-field"
          >
            <DateInput testId="authorisation-starts" />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('rules.authorisations.endsOn')}
            rules={[{ required: true, message: t('matters.form.dateRequired') }]}
            className="grow-field"
          >
            <DateInput testId="authorisation-ends" />
          </Form.Item>
        </Flex>
      </Form>
    </FormDrawer>
  );
}
