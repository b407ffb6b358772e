import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useVillage } from '../../app/villageContext.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { assistanceApi, type AssistanceResponse, type ConsentView } from './api.ts';
import { ConsentDrawer } from './ConsentDrawer.tsx';

interface MeetingItem {
  id: string;
  title: string;
  meetingOn: string;
  status: string;
}

/** 代办 for the cadres: record a consent, check a villager in under it, and the two lists. */
export default function AssistancePage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error, reload } = useApi<AssistanceResponse>(assistanceApi(villageId));
  const meetings = useApi<{ items: MeetingItem[] }>(`/api/villages/${villageId}/meetings`);
  const [drawer, setDrawer] = useState(false);
  const [personId, setPersonId] = useState<string>();
  const [meetingId, setMeetingId] = useState<string>();
  const [failed, setFailed] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <Spinner />;

  const checkInHolders = data.consents.filter((c) => c.inForce && c.acts.includes('checkIn'));
  const open = (meetings.data?.items ?? []).filter(
    (m) => m.status === 'open' || m.status === 'planned',
  );
  const checkIn = async () => {
    setFailed(null);
    setDone(null);
    try {
      const r = await api<{ act: { person: { name: string } } }>(
        `${assistanceApi(villageId)}/check-ins`,
        { method: 'POST', body: { personId, meetingId } },
      );
      setDone(t('assistance.checkedIn', { name: r.act.person.name }));
      reload();
    } catch (e) {
      setFailed(e);
    }
  };
  const revoke = async (c: ConsentView) => {
    await api(`${assistanceApi(villageId)}/consents/${c.id}/revoke`, { method: 'POST' }).catch(
      setFailed,
    );
    reload();
  };
  return (
    <div className="page" data-testid="assistance-page">
      <Typography.Title level={3}>{t('assistance.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('assistance.intro')}</Typography.Paragraph>
      {failed !== null && <ErrorAlert error={failed} />}
      <Card title={t('assistance.doCheckIn')} className="block-gap">
        <Space wrap>
          <Select
            style={{ minWidth: 200 }}
            value={personId}
            onChange={setPersonId}
            placeholder={t('assistance.person')}
            options={[...new Map(checkInHolders.map((c) => [c.person.id, c.person.name]))].map(
              ([value, label]) => ({ value, label }),
            )}
            data-testid="checkin-person"
          />
          <Select
            style={{ minWidth: 280 }}
            value={meetingId}
            onChange={setMeetingId}
            placeholder={t('assistance.meetingPlaceholder')}
            options={open.map((m) => ({
              value: m.id,
              label: `${m.title}（${t.date(m.meetingOn)}）`,
            }))}
            data-testid="checkin-meeting"
          />
          <Button
            type="primary"
            disabled={!personId || !meetingId}
            onClick={() => void checkIn()}
            data-testid="checkin-assisted"
          >
            {t('assistance.doCheckIn')}
          </Button>
        </Space>
        {done && (
          <Alert
            className="block-gap-top"
            type="success"
            message={done}
            data-testid="checkin-done"
          />
        )}
      </Card>
      <Card
        title={t('assistance.consents')}
        className="block-gap"
        extra={
          <Button onClick={() => setDrawer(true)} data-testid="consent-new">
            {t('assistance.newConsent')}
          </Button>
        }
      >
        <Table<ConsentView>
          size="small"
          rowKey="id"
          dataSource={data.consents}
          pagination={false}
          data-testid="consents-table"
          columns={[
            { key: 'person', title: t('assistance.person'), render: (_, c) => c.person.name },
            {
              key: 'agent',
              title: t('assistance.agent'),
              render: (_, c) =>
                c.agentName
                  ? t('assistance.agent.relative', { name: c.agentName })
                  : t('assistance.agent.cadres'),
            },
            {
              key: 'acts',
              title: t('assistance.actsLabel'),
              render: (_, c) => c.actNames.map((n) => t.pick(n)).join('、'),
            },
            { key: 'until', title: t('assistance.endsOn'), render: (_, c) => t.date(c.endsOn) },
            {
              key: 'state',
              title: t('assistance.evidence'),
              render: (_, c) => (
                <Space size={4} wrap>
                  <Tag>{t(`assistance.evidence.${c.evidence}`)}</Tag>
                  {c.evidence === 'paper' && !c.formAttached && (
                    <Tag color="orange">{t('assistance.formMissing')}</Tag>
                  )}
                  {c.revokedOn ? (
                    <Tag>{t('assistance.revoked', { date: t.date(c.revokedOn) })}</Tag>
                  ) : (
                    <Tag color={c.inForce ? 'green' : 'default'}>
                      {c.inForce ? t('assistance.inForce') : t('assistance.notInForce')}
                    </Tag>
                  )}
                </Space>
              ),
            },
            {
              key: 'revoke',
              title: '',
              render: (_, c) =>
                !c.revokedOn && (
                  <Button size="small" type="link" onClick={() => void revoke(c)}>
                    {t('assistance.revoke')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('assistance.acts')} className="block-gap">
        <Table
          size="small"
          rowKey="id"
          dataSource={data.acts}
          pagination={data.acts.length > 20 ? { pageSize: 20 } : false}
          data-testid="acts-table"
          columns={[
            { key: 'at', title: '', render: (_, a) => t.dateTime(a.doneAt) },
            { key: 'person', title: t('assistance.person'), render: (_, a) => a.person.name },
            {
              key: 'act',
              title: t('assistance.actsLabel'),
              render: (_, a) => `${t.pick(a.actName)}：${a.subject}`,
            },
            { key: 'agent', title: t('assistance.agent'), render: (_, a) => a.agentName },
          ]}
        />
      </Card>
      {drawer && (
        <ConsentDrawer
          villageId={villageId}
          onClose={() => {
            setDrawer(false);
            reload();
          }}
        />
      )}
    </div>
  );
}
