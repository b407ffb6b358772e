import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Breadcrumb, Button, Flex, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { DemandView, MeetingSummary, MeetingsResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { todayIso } from '../../components/DateInput.tsx';
import { DemandsSection } from './DemandsSection.tsx';
import { FindingsAlert, kindName, RefusalAlert, ReviewTag, StatusTag } from './parts.tsx';
import type { ConveneValues } from './ConveneDrawer.tsx';

const ConveneDrawer = lazy(() => import('./ConveneDrawer.tsx'));

/** 会议: upcoming and past meetings, frequency warnings, demands, and 召集会议. */
export default function MeetingsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId, data: village } = useVillage();
  const { data, error, loading, reload } = useApi<MeetingsResponse>(
    `/api/villages/${villageId}/meetings`,
  );
  const [convening, setConvening] = useState<Partial<ConveneValues> | null>(null);
  const abilities = { ...village.abilities, ...data?.abilities };
  const base = `/v/${villageId}`;

  const { upcoming, past } = useMemo(() => {
    const items = data?.items ?? [];
    const today = todayIso();
    const up = items
      .filter((m) => m.status === 'open' || (m.status === 'planned' && m.meetingOn >= today))
      .sort((a, b) => (a.meetingOn + a.startsAt).localeCompare(b.meetingOn + b.startsAt));
    const ids = new Set(up.map((m) => m.id));
    const rest = items
      .filter((m) => !ids.has(m.id))
      .sort((a, b) => (b.meetingOn + b.startsAt).localeCompare(a.meetingOn + a.startsAt));
    return { upcoming: up, past: rest };
  }, [data]);

  const columns: Column<MeetingSummary>[] = [
    {
      key: 'title',
      title: t('meetings.field.title'),
      primary: true,
      render: (m) => (
        <Link
          to={`${base}/meetings/${m.id}`}
          onClick={(e) => e.stopPropagation()}
          data-testid="meeting-link"
        >
          {m.title}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('meetings.field.kind'),
      render: (m) => kindName(t, m.kind, m.kindName),
    },
    {
      key: 'when',
      title: t('meetings.field.when'),
      render: (m) => `${t.date(m.meetingOn)}${m.startsAt ? ` ${m.startsAt}` : ''}`,
    },
    { key: 'place', title: t('meetings.field.place'), render: (m) => m.place || '—' },
    {
      key: 'status',
      title: t('meetings.field.status'),
      render: (m) => (
        <>
          <StatusTag status={m.status} />
          {m.invalid && (
            <Tag color="red" data-testid="meeting-invalid">
              {t('meetings.invalid')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'review',
      title: t('meetings.field.agendaReview'),
      render: (m) => <ReviewTag status={m.agendaReview} />,
    },
  ];

  const list = (rows: MeetingSummary[], testId: string, empty: string) => (
    <DataList
      rows={rows}
      rowKey={(m) => m.id}
      columns={columns}
      loading={loading && !data}
      onOpen={(m) => void navigate(`${base}/meetings/${m.id}`)}
      rowTestId="meeting-row"
      testId={testId}
      empty={empty}
    />
  );

  const convene = (demand: DemandView) =>
    setConvening({
      kind: demand.kind,
      demandId: demand.id,
      title: t('meetings.convene.fromDemand', {
        meeting: kindName(t, demand.kind, demand.kindName),
      }),
    });

  return (
    <div className="page" data-testid="meetings-page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={base}>{village.village.name}</Link> },
          { title: t('meetings.title') },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('meetings.title')}
        </Typography.Title>
        {abilities.runMeetings && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setConvening({})}
            data-testid="meeting-convene"
          >
            {t('meetings.convene')}
          </Button>
        )}
      </Flex>
      <RefusalAlert error={error} />
      <FindingsAlert findings={data?.findings ?? []} />
      <Tabs
        className="block-gap"
        items={[
          {
            key: 'upcoming',
            label: t('meetings.upcoming', { count: upcoming.length }),
            children: list(upcoming, 'meetings-upcoming', t('meetings.upcoming.empty')),
          },
          {
            key: 'past',
            label: t('meetings.past', { count: past.length }),
            children: list(past, 'meetings-past', t('meetings.past.empty')),
          },
        ]}
      />
      <DemandsSection
        villageId={villageId}
        canRun={!!abilities.runMeetings}
        canTakePart={!!abilities.takePart}
        onConvene={convene}
      />
      {convening && (
        <Suspense fallback={null}>
          <ConveneDrawer
            villageId={villageId}
            preset={convening}
            onClose={() => setConvening(null)}
            onDone={(id) => {
              setConvening(null);
              reload();
              void navigate(`${base}/meetings/${id}`);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
