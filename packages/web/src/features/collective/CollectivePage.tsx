import { useState } from 'react';
import { Button, Descriptions, Empty, Form, Input, Select, Space, Tabs, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ActDrawer } from './ActDrawer.tsx';
import { CharterTab, charterSummary } from './CharterTab.tsx';
import { EventsTab, MembersTab } from './MembersTab.tsx';
import { collectiveApi, orgApi, type OrgDetail, type OrgInput, type Overview } from './api.ts';

/**
 * 集体经济组织 in the console: the village's organisation (or its groups'), its charter's versions,
 * the register of members with each act that changed it, and the register to print for filing.
 */
export default function CollectivePage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error, reload } = useApi<Overview>(collectiveApi(villageId));
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const orgId = chosen ?? data.orgs[0]?.id ?? null;
  return (
    <div className="page" data-testid="collective-page">
      <div className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('collective.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('collective.hint')}</Typography.Text>
      </div>
      <Space wrap className="block-gap">
        {data.orgs.length > 1 && (
          <Select
            style={{ minWidth: 280 }}
            value={orgId}
            onChange={setChosen}
            options={data.orgs.map((o) => ({ value: o.id, label: o.name }))}
            data-testid="collective-org-select"
          />
        )}
        {data.abilities.manageCollective && (
          <Button onClick={() => setCreating(true)} data-testid="collective-new">
            {t('collective.new')}
          </Button>
        )}
      </Space>
      {orgId ? (
        <OrgView villageId={villageId} orgId={orgId} onChange={reload} />
      ) : (
        <Empty description={t('collective.none')} />
      )}
      {creating && (
        <OrgDrawer
          villageId={villageId}
          groups={data.groups}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
    </div>
  );
}

function OrgView({
  villageId,
  orgId,
  onChange,
}: {
  villageId: string;
  orgId: string;
  onChange: () => void;
}) {
  const t = useT();
  const { data, error, reload } = useApi<OrgDetail>(orgApi(villageId, orgId));
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const { org } = data;
  const changed = () => {
    reload();
    onChange();
  };
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        className="block-gap"
        data-testid="collective-org"
        items={[
          { label: t('collective.org.name'), children: org.name },
          {
            label: t('collective.org.level'),
            children: org.groupName ?? t(`collective.org.level.${org.level}`),
          },
          { label: t('collective.org.code'), children: org.registeredCode ?? '—' },
          { label: t('collective.org.foundedOn'), children: t.date(org.foundedOn) },
          { label: t('collective.org.reformedOn'), children: t.date(org.reformedOn) || '—' },
          {
            label: t('collective.org.members'),
            children: (
              <span data-testid="collective-member-count">
                {t('collective.org.membersCount', {
                  members: org.members,
                  adults: org.membersWithFullCapacity,
                })}
              </span>
            ),
          },
          {
            label: t('collective.org.charter'),
            span: 2,
            children: org.charter ? charterSummary(t, org.charter) : t('collective.org.noCharter'),
          },
        ]}
      />
      <Tabs
        items={[
          {
            key: 'members',
            label: <span data-testid="collective-tab-members">{t('collective.tab.members')}</span>,
            children: <MembersTab villageId={villageId} data={data} onChange={changed} />,
          },
          {
            key: 'charter',
            label: <span data-testid="collective-tab-charter">{t('collective.tab.charter')}</span>,
            children: <CharterTab villageId={villageId} data={data} onChange={changed} />,
          },
          {
            key: 'events',
            label: <span data-testid="collective-tab-events">{t('collective.tab.events')}</span>,
            children: <EventsTab data={data} />,
          },
        ]}
      />
    </>
  );
}

function OrgDrawer({
  villageId,
  groups,
  onClose,
  onDone,
}: {
  villageId: string;
  groups: Overview['groups'];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<OrgInput>();
  const level = Form.useWatch('level', form);
  return (
    <ActDrawer
      title={t('collective.new')}
      testId="collective-org-drawer"
      form={form}
      initialValues={{ level: 'village' }}
      send={(values) => api(`${collectiveApi(villageId)}/orgs`, { method: 'POST', body: values })}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="level" label={t('collective.org.level')}>
        <Select
          options={(['village', 'group'] as const).map((l) => ({
            value: l,
            label: t(`collective.org.level.${l}`),
          }))}
        />
      </Form.Item>
      {level === 'group' && (
        <Form.Item
          name="villagerGroupId"
          label={t('collective.org.group')}
          rules={[{ required: true }]}
        >
          <Select options={groups.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('collective.org.name')} rules={[{ required: true }]}>
        <Input
          maxLength={100}
          placeholder="某某村股份经济合作社"
          data-testid="collective-org-name"
        />
      </Form.Item>
      <Form.Item name="registeredCode" label={t('collective.org.code')}>
        <Input maxLength={18} data-testid="collective-org-code" />
      </Form.Item>
      <Form.Item
        name="foundedOn"
        label={t('collective.org.foundedOn')}
        rules={[{ required: true }]}
      >
        <DateInput notAfterToday testId="collective-org-founded" />
      </Form.Item>
      <Form.Item name="reformedOn" label={t('collective.org.reformedOn')}>
        <DateInput notAfterToday />
      </Form.Item>
    </ActDrawer>
  );
}
