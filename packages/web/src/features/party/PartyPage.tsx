import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Drawer, Flex, Space, Tag, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import {
  partyApi,
  type PartyBoard,
  type PartyMeetingDetail,
  type PartyMeetingRow,
  type PartyMember,
  type PartyUnit,
} from './api.ts';
import { MeetingForm, MemberForm, SeatForm, UnitForm } from './forms.tsx';
import { CadenceTag } from './parts.tsx';

type Open = 'unit' | 'member' | 'seat' | 'meeting' | null;

/**
 * 党组织和“三会一课”: the village Party organisation as it stands — each unit with its formal and
 * probationary members, its committee, and 三会一课 period by period (overdue in red); the
 * meetings as recorded (a 支委会 short of half its committee marked 不计入); the members. Party
 * records: the branch committee and the town see this page, villagers never.
 */
export default function PartyPage() {
  const t = useT();
  const { villageId } = useVillage();
  const api = partyApi(villageId);
  const { data, error, reload } = useApi<PartyBoard>(api);
  const [open, setOpen] = useState<Open>(null);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const manage = data.abilities.manageParty === true;
  const done = () => {
    setOpen(null);
    reload();
  };
  const unitName = (id: string | null) =>
    data.units.find((u) => u.id === id)?.name ?? t('party.unassigned');
  return (
    <div className="page" data-testid="party-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('party.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('party.hint')}</Typography.Text>
        </div>
        {manage && (
          <Space wrap>
            <Button onClick={() => setOpen('unit')} data-testid="party-new-unit">
              {t('party.unit.new')}
            </Button>
            <Button onClick={() => setOpen('member')} data-testid="party-new-member">
              {t('party.member.new')}
            </Button>
            <Button onClick={() => setOpen('seat')} disabled={data.units.length === 0}>
              {t('party.seat.new')}
            </Button>
            <Button
              type="primary"
              onClick={() => setOpen('meeting')}
              disabled={data.units.length === 0}
              data-testid="party-new-meeting"
            >
              {t('party.meeting.new')}
            </Button>
          </Space>
        )}
      </Flex>
      {data.units.length === 0 && <Alert type="info" showIcon message={t('party.none')} />}
      {data.units.map((u) => (
        <UnitCard key={u.id} unit={u} parent={u.parentId ? unitName(u.parentId) : null} />
      ))}
      <Typography.Title level={2}>{t('party.meetings')}</Typography.Title>
      <MeetingList rows={data.meetings} unitName={unitName} onOpen={setMeetingId} />
      <Typography.Title level={2}>
        {t('party.members', { n: data.members.length })}
      </Typography.Title>
      <MemberList rows={data.members} unitName={unitName} />
      {open === 'unit' && (
        <UnitForm api={api} board={data} onDone={done} onCancel={() => setOpen(null)} />
      )}
      {open === 'member' && (
        <MemberForm
          api={api}
          board={data}
          villageId={villageId}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'seat' && (
        <SeatForm api={api} board={data} onDone={done} onCancel={() => setOpen(null)} />
      )}
      {open === 'meeting' && (
        <MeetingForm api={api} board={data} onDone={done} onCancel={() => setOpen(null)} />
      )}
      <MeetingDrawer
        api={api}
        villageId={villageId}
        id={meetingId}
        onClose={() => setMeetingId(null)}
      />
    </div>
  );
}

function UnitCard({ unit, parent }: { unit: PartyUnit; parent: string | null }) {
  const t = useT();
  // the latest periods first, every kind (the window is this year and last)
  const rows = [...unit.cadence].sort((a, b) => b.endsOn.localeCompare(a.endsOn)).slice(0, 24);
  const columns: Column<PartyUnit['cadence'][number]>[] = [
    {
      key: 'kind',
      title: t('party.meeting.kind'),
      primary: true,
      render: (r) => t(`party.kind.${r.kind}`),
    },
    { key: 'period', title: t('party.period'), render: (r) => r.period },
    { key: 'held', title: t('party.held'), render: (r) => `${r.held} / ${r.required}` },
    { key: 'state', title: t('party.state'), render: (r) => <CadenceTag state={r.state} /> },
  ];
  return (
    <Card
      className="section-card"
      data-testid="party-unit"
      title={
        <Space wrap>
          <span>{unit.name}</span>
          <Tag>{t(`party.unitKind.${unit.kind}`)}</Tag>
          {parent && <Typography.Text type="secondary">{parent}</Typography.Text>}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
        <Descriptions.Item label={t('party.formal')}>{unit.formal}</Descriptions.Item>
        <Descriptions.Item label={t('party.probationary')}>{unit.probationary}</Descriptions.Item>
        <Descriptions.Item label={t('party.foundedOn')}>{t.date(unit.foundedOn)}</Descriptions.Item>
        {unit.themeDay !== null && (
          <Descriptions.Item label={t('party.themeDay')}>
            {t('party.themeDay.value', { day: unit.themeDay })}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('party.committee')} span={4}>
          {unit.seats.length === 0
            ? '—'
            : unit.seats.map((s) => `${s.name}（${t(`party.role.${s.role}`)}）`).join('、')}
        </Descriptions.Item>
      </Descriptions>
      {unit.findings.map((f) => (
        <Alert
          key={f.message}
          type={f.severity === 'violation' ? 'error' : 'warning'}
          showIcon
          message={f.message}
          className="finding"
          data-testid={`party-finding-${f.severity}`}
        />
      ))}
      <DataList
        rows={rows}
        rowKey={(r) => `${r.kind}-${r.startsOn}`}
        columns={columns}
        testId="party-cadence"
        empty={t('party.cadence.none')}
      />
    </Card>
  );
}

function MeetingList(props: {
  rows: PartyMeetingRow[];
  unitName: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const columns: Column<PartyMeetingRow>[] = [
    { key: 'on', title: t('party.meeting.heldOn'), primary: true, render: (m) => t.date(m.heldOn) },
    { key: 'unit', title: t('party.unit'), render: (m) => props.unitName(m.unitId) },
    {
      key: 'kind',
      title: t('party.meeting.kind'),
      render: (m) => (
        <>
          {t(`party.kind.${m.kind}`)}{' '}
          {!m.counted && <Tag color="error">{t('party.meeting.notCounted')}</Tag>}
        </>
      ),
    },
    { key: 'topic', title: t('party.meeting.topic'), render: (m) => m.topic },
    {
      key: 'attendance',
      title: t('party.meeting.attendance'),
      render: (m) =>
        t('party.meeting.counts', { present: m.present, leave: m.leave, absent: m.absent }),
    },
  ];
  return (
    <DataList
      rows={props.rows}
      rowKey={(m) => m.id}
      columns={columns}
      onOpen={(m) => props.onOpen(m.id)}
      testId="party-meetings"
      empty={t('party.meetings.none')}
    />
  );
}

function MemberList(props: { rows: PartyMember[]; unitName: (id: string | null) => string }) {
  const t = useT();
  const columns: Column<PartyMember>[] = [
    { key: 'name', title: t('party.member.name'), primary: true, render: (m) => m.name },
    { key: 'unit', title: t('party.unit'), render: (m) => props.unitName(m.unitId) },
    {
      key: 'status',
      title: t('party.member.status'),
      render: (m) => t(`party.status.${m.status}`),
    },
    {
      key: 'category',
      title: t('party.member.category'),
      render: (m) =>
        m.category
          ? `${t(`party.category.${m.category}`)}${m.whereabouts ? `（${m.whereabouts}）` : ''}`
          : t('party.member.unrecorded'),
    },
    {
      key: 'joined',
      title: t('party.member.joinedOn'),
      render: (m) => (m.joinedOn ? t.date(m.joinedOn) : '—'),
    },
  ];
  return (
    <DataList
      rows={props.rows}
      rowKey={(m) => m.personId}
      columns={columns}
      testId="party-members"
    />
  );
}

function MeetingDrawer(props: {
  api: string;
  villageId: string;
  id: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const { data } = useApi<PartyMeetingDetail>(
    props.id ? `${props.api}/meetings/${props.id}` : null,
  );
  return (
    <Drawer
      open={props.id !== null}
      onClose={props.onClose}
      width={560}
      title={t('party.meeting.record')}
    >
      {data && data.id === props.id && (
        <div data-testid="party-meeting-detail">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('party.unit')}>{data.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('party.meeting.kind')}>
              {t(`party.kind.${data.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('party.meeting.heldOn')}>
              {t.date(data.heldOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('party.meeting.venue')}>{data.venue}</Descriptions.Item>
            <Descriptions.Item label={t('party.meeting.host')}>{data.hostName}</Descriptions.Item>
            <Descriptions.Item label={t('party.meeting.topic')}>{data.topic}</Descriptions.Item>
          </Descriptions>
          {!data.counted && (
            <Alert type="error" showIcon message={t('party.meeting.notCountedHint')} />
          )}
          <Typography.Title level={4}>{t('party.meeting.minutes')}</Typography.Title>
          <Typography.Paragraph className="pre-wrap">{data.minutes}</Typography.Paragraph>
          <Typography.Title level={4}>{t('party.meeting.attendance')}</Typography.Title>
          {data.attendance.map((a) => (
            <div key={a.personId}>
              {a.name} · {t(`party.presence.${a.presence}`)}
              {a.leaveReason ? `（${a.leaveReason}）` : ''}
              {a.rating ? ` · ${t(`party.rating.${a.rating}`)}` : ''}
            </div>
          ))}
          <Typography.Title level={4}>{t('party.meeting.photos')}</Typography.Title>
          <AttachmentsPanel
            villageId={props.villageId}
            ownerKind="partyMeeting"
            ownerId={data.id}
          />
        </div>
      )}
    </Drawer>
  );
}
