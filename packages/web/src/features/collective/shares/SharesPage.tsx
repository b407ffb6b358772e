import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Button,
  Descriptions,
  Empty,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { api, withQuery } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { collectiveApi, type Overview } from '../api.ts';
import { ShareActDrawer, type ShareAct } from './ShareDrawers.tsx';
import { RegisterImport } from './RegisterImport.tsx';
import {
  certificatePrintPage,
  sharesApi,
  type Holder,
  type ShareEntry,
  type SharesRegister,
} from './api.ts';

/**
 * 股权量化 in the console: who holds how many units of each class on a day, summed per household
 * with its 股权证; every change explained; the 股东名册 import; transfers, inheritances and a
 * newborn's grant through drawers that the server checks against the law and the charter.
 */
export default function SharesPage() {
  const t = useT();
  const { villageId } = useVillage();
  const orgs = useApi<Overview>(collectiveApi(villageId));
  const [chosen, setChosen] = useState<string | undefined>();
  const [on, setOn] = useState<string | undefined>();
  const orgId = chosen ?? orgs.data?.orgs[0]?.id;
  if (orgs.error && !orgs.data) return <ErrorAlert error={orgs.error} />;
  if (!orgs.data) return <PageLoading />;
  return (
    <div className="page" data-testid="shares-page">
      <div className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('shares.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('shares.hint')}</Typography.Text>
      </div>
      {!orgId ? (
        <Empty description={t('shares.noOrg')} />
      ) : (
        <>
          <Space wrap className="block-gap">
            {orgs.data.orgs.length > 1 && (
              <Select
                aria-label={t('shares.org')}
                value={orgId}
                onChange={setChosen}
                options={orgs.data.orgs.map((o) => ({ value: o.id, label: o.name }))}
                style={{ minWidth: 280 }}
              />
            )}
            <span>{t('shares.on')}</span>
            <DateInput value={on} onChange={(v) => setOn(v || undefined)} />
          </Space>
          <OrgShares key={orgId} villageId={villageId} orgId={orgId} on={on} />
        </>
      )}
    </div>
  );
}

function OrgShares({ villageId, orgId, on }: { villageId: string; orgId: string; on?: string }) {
  const t = useT();
  const base = sharesApi(villageId, orgId);
  const { data, error, reload } = useApi<SharesRegister>(withQuery(base, { on }));
  const [act, setAct] = useState<ShareAct | null>(null);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const manage = data.abilities.manageShares;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Summary data={data} />
      {manage && (
        <Space wrap>
          {(['transfer', 'inherit', 'grant'] as const).map((a) => (
            <Button key={a} onClick={() => setAct(a)} data-testid={`shares-${a}`}>
              {t(`shares.act.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      <Tabs
        items={[
          {
            key: 'holders',
            label: t('shares.tab.holders'),
            children: <HolderTable holders={data.holders} data={data} />,
          },
          {
            key: 'households',
            label: t('shares.tab.households'),
            children: (
              <HouseholdTable
                data={data}
                base={base}
                villageId={villageId}
                orgId={orgId}
                onChange={reload}
              />
            ),
          },
          {
            key: 'entries',
            label: t('shares.tab.entries'),
            children: <EntryTable entries={data.entries} />,
          },
          ...(manage
            ? [
                {
                  key: 'import',
                  label: t('shares.tab.import'),
                  children: (
                    <RegisterImport
                      villageId={villageId}
                      base={base}
                      data={data}
                      onImported={reload}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {act && (
        <ShareActDrawer
          act={act}
          base={base}
          villageId={villageId}
          onClose={() => setAct(null)}
          onDone={() => {
            setAct(null);
            reload();
          }}
        />
      )}
    </Space>
  );
}

function Summary({ data }: { data: SharesRegister }) {
  const t = useT();
  const c = data.charter;
  return (
    <Descriptions size="small" bordered column={2} data-testid="shares-summary">
      <Descriptions.Item label={t('shares.classes')}>
        {c
          ? c.shareClasses
              .map((s) =>
                t('shares.classWeight', {
                  name: t(`shares.class.${s.shareClass}`),
                  weight: s.weight,
                }),
              )
              .join('；')
          : t('shares.noCharter')}
      </Descriptions.Item>
      <Descriptions.Item label={t('shares.mode')}>
        {c
          ? t('shares.modeText', {
              mode: t(`shares.mode.${c.shareMode}`),
              newborn: t(`shares.newborn.${c.newborn}`),
            })
          : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('shares.quantifiedOn')}>
        {data.quantifiedOn ? t.date(data.quantifiedOn) : t('shares.notQuantified')}
      </Descriptions.Item>
      <Descriptions.Item label={t('shares.totals')}>
        {t('shares.totalsText', {
          on: t.date(data.on),
          members: t.num(data.totals.members),
          households: t.num(data.totals.households),
          units: t.num(data.totals.units),
        })}
      </Descriptions.Item>
    </Descriptions>
  );
}

function HolderTable({ holders, data }: { holders: Holder[]; data: SharesRegister }) {
  const t = useT();
  const classes = data.charter?.shareClasses.map((c) => c.shareClass) ?? [];
  return (
    <Table<Holder>
      rowKey="personId"
      size="small"
      dataSource={holders}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('shares.noHolders') }}
      data-testid="shares-holders"
      columns={[
        { title: t('shares.col.registerNo'), dataIndex: 'registerNo', width: 90 },
        { title: t('shares.col.name'), dataIndex: 'name' },
        { title: t('shares.col.household'), dataIndex: 'householdNumber' },
        ...classes.map((c) => ({
          key: c,
          title: t(`shares.class.${c}`),
          render: (_: unknown, h: Holder) => t.num(h.classes[c]),
        })),
        { title: t('shares.col.units'), render: (_, h) => <strong>{t.num(h.units)}</strong> },
      ]}
    />
  );
}

function HouseholdTable({
  data,
  base,
  villageId,
  orgId,
  onChange,
}: {
  data: SharesRegister;
  base: string;
  villageId: string;
  orgId: string;
  onChange: () => void;
}) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const issue = async (householdId: string) => {
    setError(null);
    try {
      await api(`${base}/certificates`, { method: 'POST', body: { householdId } });
      onChange();
    } catch (cause) {
      setError(cause);
    }
  };
  const issueMissing = async () => {
    setError(null);
    try {
      await api(`${base}/certificates/missing`, { method: 'POST', body: {} });
      onChange();
    } catch (cause) {
      setError(cause);
    }
  };
  const missing = data.households.filter((h) => !h.certificate).length;
  type Row = SharesRegister['households'][number];
  return (
    <>
      <ErrorAlert error={error} />
      {data.abilities.manageShares && missing > 0 && (
        <Popconfirm
          title={t('shares.issueMissingConfirm', { count: missing })}
          onConfirm={() => void issueMissing()}
        >
          <Button className="block-gap" data-testid="shares-issue-missing">
            {t('shares.issueMissing', { count: missing })}
          </Button>
        </Popconfirm>
      )}
      <Table<Row>
        rowKey="householdId"
        size="small"
        dataSource={data.households}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="shares-households"
        columns={[
          { title: t('shares.col.household'), dataIndex: 'householdNumber' },
          { title: t('shares.col.holders'), dataIndex: 'holders' },
          { title: t('shares.col.units'), render: (_, h) => t.num(h.units) },
          {
            title: t('shares.col.certificate'),
            render: (_, h) =>
              h.certificate ? (
                <Space>
                  <Link to={certificatePrintPage(villageId, orgId, h.certificate.id)}>
                    {t('shares.certificateNo', { number: h.certificate.number })}
                  </Link>
                  {h.certificate.units !== h.units && (
                    <Tag color="warning">{t('shares.certificateStale')}</Tag>
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('shares.noCertificate')}</Typography.Text>
              ),
          },
          ...(data.abilities.manageShares
            ? [
                {
                  key: 'issue',
                  render: (_: unknown, h: Row) => (
                    <Popconfirm
                      title={
                        h.certificate
                          ? t('shares.reissueConfirm', { number: h.certificate.number })
                          : t('shares.issueConfirm')
                      }
                      onConfirm={() => void issue(h.householdId)}
                    >
                      <Button size="small" data-testid="shares-issue">
                        {h.certificate ? t('shares.reissue') : t('shares.issue')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

function EntryTable({ entries }: { entries: ShareEntry[] }) {
  const t = useT();
  return (
    <Table<ShareEntry>
      rowKey="id"
      size="small"
      dataSource={entries}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="shares-entries"
      columns={[
        { title: t('shares.col.on'), render: (_, e) => t.date(e.effectiveOn), width: 140 },
        { title: t('shares.col.name'), dataIndex: 'name' },
        { title: t('shares.col.kind'), render: (_, e) => t(`shares.kind.${e.kind}`) },
        { title: t('shares.col.class'), render: (_, e) => t(`shares.class.${e.shareClass}`) },
        {
          title: t('shares.col.units'),
          render: (_, e) => (e.units > 0 ? `+${t.num(e.units)}` : t.num(e.units)),
        },
        {
          title: t('shares.col.note'),
          render: (_, e) =>
            [e.counterpartName ? t('shares.counterpart', { name: e.counterpartName }) : '', e.note]
              .filter(Boolean)
              .join('；'),
        },
      ]}
    />
  );
}
