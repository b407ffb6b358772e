import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Checkbox, Input, Space, Table, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { hasMessage, useT } from '../../i18n/index.tsx';
import {
  ConfirmDrawer,
  ExitDrawer,
  LossDrawer,
  ReformDrawer,
  RestoreDrawer,
} from './MemberDrawers.tsx';
import { collectivePage, type Member, type OrgDetail } from './api.ts';

type Act = { kind: 'confirm' | 'reform' } | { kind: 'loss' | 'exit' | 'restore'; member: Member };

/** The register: every person ever on it by number, their status, and the acts the reader may record. */
export function MembersTab({
  villageId,
  data,
  onChange,
}: {
  villageId: string;
  data: OrgDetail;
  onChange: () => void;
}) {
  const t = useT();
  const [act, setAct] = useState<Act | null>(null);
  const [presentOnly, setPresentOnly] = useState(true);
  const [search, setSearch] = useState('');
  const manage = data.abilities.manageCollective;
  const rows = data.members.filter(
    (m) => (!presentOnly || m.status === 'member') && m.name.includes(search.trim()),
  );
  const done = () => {
    setAct(null);
    onChange();
  };
  const props = { villageId, data, onClose: () => setAct(null), onDone: done };
  return (
    <>
      <Space wrap className="block-gap">
        {manage && (
          <Button
            type="primary"
            onClick={() => setAct({ kind: 'confirm' })}
            data-testid="collective-confirm"
          >
            {t('collective.act.confirm')}
          </Button>
        )}
        {manage && data.org.reformedOn && (
          <Button onClick={() => setAct({ kind: 'reform' })} data-testid="collective-reform">
            {t('collective.act.reform')}
          </Button>
        )}
        <Link to={`${collectivePage(villageId)}/orgs/${data.org.id}/register/print`}>
          <Button icon={<PrinterOutlined />} data-testid="collective-register-print">
            {t('collective.member.print')}
          </Button>
        </Link>
        <Checkbox checked={presentOnly} onChange={(e) => setPresentOnly(e.target.checked)}>
          {t('collective.member.filter')}
        </Checkbox>
        <Input.Search
          allowClear
          style={{ width: 200 }}
          placeholder={t('collective.member.name')}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="collective-member-search"
        />
      </Space>
      <Table
        size="small"
        rowKey="personId"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        data-testid="collective-members"
        onRow={(m) => ({ 'data-testid': `collective-member-${m.registerNo}` }) as object}
        columns={[
          { title: t('collective.member.no'), dataIndex: 'registerNo', width: 70 },
          {
            title: t('collective.member.name'),
            key: 'name',
            render: (_: unknown, m: Member) => (
              <span>
                {m.name} {!m.fullCapacity && <Tag>{t('collective.member.minor')}</Tag>}
              </span>
            ),
          },
          {
            title: t('collective.member.gender'),
            dataIndex: 'gender',
            render: (g: Member['gender']) => t(`collective.member.gender.${g}`),
          },
          { title: t('collective.member.id'), dataIndex: 'residentIdNumber' },
          { title: t('collective.member.household'), dataIndex: 'household' },
          {
            title: t('collective.member.status'),
            key: 'status',
            render: (_: unknown, m: Member) => (
              <span data-testid="collective-member-status">
                <Tag color={m.status === 'member' ? 'green' : 'default'}>
                  {t(`collective.member.status.${m.status}`)}
                </Tag>
                {t('collective.member.since')} {t.date(m.since)}
              </span>
            ),
          },
          ...(manage
            ? [
                {
                  title: t('collective.member.actions'),
                  key: 'actions',
                  render: (_: unknown, m: Member) =>
                    m.status === 'member' ? (
                      <Space>
                        <Button
                          size="small"
                          onClick={() => setAct({ kind: 'loss', member: m })}
                          data-testid="collective-loss"
                        >
                          {t('collective.act.loss')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => setAct({ kind: 'exit', member: m })}
                          data-testid="collective-exit"
                        >
                          {t('collective.act.exit')}
                        </Button>
                      </Space>
                    ) : (
                      <Button
                        size="small"
                        onClick={() => setAct({ kind: 'restore', member: m })}
                        data-testid="collective-restore"
                      >
                        {t('collective.act.restore')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {act?.kind === 'confirm' && <ConfirmDrawer {...props} />}
      {act?.kind === 'reform' && <ReformDrawer {...props} />}
      {act?.kind === 'loss' && <LossDrawer {...props} member={act.member} />}
      {act?.kind === 'exit' && <ExitDrawer {...props} member={act.member} />}
      {act?.kind === 'restore' && <RestoreDrawer {...props} member={act.member} />}
    </>
  );
}

/** Each act on the register, newest first, with its ground, resolution and who recorded it. */
export function EventsTab({ data }: { data: OrgDetail }) {
  const t = useT();
  const ground = (g: string) => {
    const key = `collective.ground.${g}`;
    return hasMessage(key) ? t(key) : g;
  };
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={data.events}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      data-testid="collective-events"
      columns={[
        {
          title: t('collective.event.on'),
          dataIndex: 'occurredOn',
          render: (d: string) => t.date(d),
        },
        { title: t('collective.member.name'), dataIndex: 'name' },
        {
          title: t('collective.event.kind'),
          dataIndex: 'kind',
          render: (k: OrgDetail['events'][number]['kind']) => t(`collective.event.kind.${k}`),
        },
        { title: t('collective.event.ground'), dataIndex: 'ground', render: ground },
        {
          title: t('collective.event.reason'),
          key: 'reason',
          render: (_: unknown, e: OrgDetail['events'][number]) =>
            [e.reason, e.evidence].filter((s) => s !== '').join('；'),
        },
        { title: t('collective.event.resolution'), dataIndex: 'resolution' },
        { title: t('collective.event.recordedBy'), dataIndex: 'recordedBy' },
      ]}
    />
  );
}
