import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Button,
  Card,
  Drawer,
  Empty,
  Flex,
  Popconfirm,
  Space,
  Tabs,
  Tag,
  Typography,
  App as AntApp,
} from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import {
  activitiesPath,
  villageApi,
  type ActivitiesData,
  type MicroActivity,
  type MicroUnit,
  type Nomination,
  type Selection,
} from './api.ts';
import { ActivityDrawer, UnitDrawer } from './RegisterDrawers.tsx';
import { NominateDrawer, OpenDrawer, ReviewDrawer, VoteDrawer } from './SelectionDrawers.tsx';
import './activities.css';

type Open =
  | { kind: 'unit' | 'activity' | 'open' }
  | { kind: 'photos'; ownerKind: string; ownerId: string; title: string }
  | { kind: 'nominate' | 'vote' | 'review'; selection: Selection }
  | null;

/**
 * 一领四微: the register of micro-venues, organisations and services, the log of activities with
 * their photos, and the quarterly selections taken from nominations through the representatives'
 * vote and the two committees' review to publication, with the picture sheet and the honours roll.
 */
export default function ActivitiesPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const { villageId } = useVillage();
  const base = villageApi(villageId);
  const { data, error, reload } = useApi<ActivitiesData>(`${base}/activities`);
  const [open, setOpen] = useState<Open>(null);
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { abilities } = data;
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    reload();
  };
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      reload();
    } catch (cause) {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const unitColumns: Column<MicroUnit>[] = [
    {
      key: 'kind',
      title: t('activities.unit.kind'),
      render: (u) => t(`activities.kind.${u.kind}`),
      width: 96,
    },
    {
      key: 'name',
      title: t('activities.unit.name'),
      primary: true,
      render: (u) => (
        <>
          {u.name} {!u.active && <Tag>{t('activities.unit.inactive')}</Tag>}
        </>
      ),
    },
    { key: 'place', title: t('activities.unit.place'), render: (u) => u.place },
    { key: 'leader', title: t('activities.unit.leader'), render: (u) => u.leaderName ?? '' },
    {
      key: 'org',
      title: t('activities.unit.organization'),
      render: (u) => u.organizationName ?? '',
    },
    {
      key: 'toggle',
      title: '',
      render: (u) =>
        abilities.manageActivities && (
          <Button
            size="small"
            onClick={() =>
              void act(() =>
                api(`${base}/activities/units/${u.id}`, {
                  method: 'PATCH',
                  body: { active: !u.active },
                }),
              )
            }
          >
            {t(u.active ? 'activities.unit.deactivate' : 'activities.unit.activate')}
          </Button>
        ),
    },
  ];
  const logColumns: Column<MicroActivity>[] = [
    { key: 'on', title: t('activities.log.heldOn'), render: (a) => t.date(a.heldOn), width: 130 },
    { key: 'title', title: t('activities.log.title'), render: (a) => a.title, primary: true },
    { key: 'venue', title: t('activities.log.venue'), render: (a) => a.venueName ?? '' },
    { key: 'org', title: t('activities.log.organizer'), render: (a) => a.organizerName ?? '' },
    {
      key: 'n',
      title: t('activities.log.participants'),
      render: (a) => a.participants,
      align: 'right',
    },
    {
      key: 'photos',
      title: t('activities.photos'),
      render: (a) => (
        <Button
          size="small"
          onClick={() =>
            setOpen({ kind: 'photos', ownerKind: 'microActivity', ownerId: a.id, title: a.title })
          }
        >
          {t('activities.log.photos', { n: a.photos })}
        </Button>
      ),
    },
  ];

  const tabs = [
    {
      key: 'units',
      label: t('activities.tab.units'),
      children: (
        <>
          {abilities.manageActivities && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setOpen({ kind: 'unit' })}
              data-testid="activities-unit-add"
            >
              {t('activities.unit.add')}
            </Button>
          )}
          <DataList
            rows={data.units}
            rowKey={(u) => u.id}
            columns={unitColumns}
            empty={t('activities.units.empty')}
            rowTestId="activities-unit"
          />
        </>
      ),
    },
    {
      key: 'log',
      label: t('activities.tab.log'),
      children: (
        <>
          {abilities.manageActivities && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setOpen({ kind: 'activity' })}
              data-testid="activities-log-add"
            >
              {t('activities.log.add')}
            </Button>
          )}
          <DataList
            rows={data.activities}
            rowKey={(a) => a.id}
            columns={logColumns}
            empty={t('activities.log.empty')}
            rowTestId="activities-log"
          />
        </>
      ),
    },
    {
      key: 'selections',
      label: t('activities.tab.selections'),
      children: (
        <SelectionsTab
          data={data}
          villageId={villageId}
          onOpen={setOpen}
          onPublish={(s) =>
            void act(() => api(`${base}/selections/${s.id}/publication`, { method: 'POST' }))
          }
        />
      ),
    },
  ];

  return (
    <div className="page" data-testid="activities-page">
      <Typography.Title level={3}>{t('activities.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('activities.hint')}</Typography.Paragraph>
      <Tabs items={tabs} />
      {open?.kind === 'unit' && (
        <UnitDrawer villageId={villageId} units={data.units} onClose={close} onDone={done} />
      )}
      {open?.kind === 'activity' && (
        <ActivityDrawer villageId={villageId} units={data.units} onClose={close} onDone={done} />
      )}
      {open?.kind === 'open' && <OpenDrawer villageId={villageId} onClose={close} onDone={done} />}
      {open?.kind === 'nominate' && (
        <NominateDrawer
          villageId={villageId}
          selection={open.selection}
          units={data.units}
          onClose={close}
          onDone={done}
        />
      )}
      {open?.kind === 'vote' && (
        <VoteDrawer
          villageId={villageId}
          selection={open.selection}
          meetings={data.meetings}
          onClose={close}
          onDone={done}
        />
      )}
      {open?.kind === 'review' && (
        <ReviewDrawer
          villageId={villageId}
          selection={open.selection}
          onClose={close}
          onDone={done}
        />
      )}
      {open?.kind === 'photos' && (
        <Drawer open title={open.title} onClose={done} destroyOnHidden>
          <AttachmentsPanel
            villageId={villageId}
            ownerKind={open.ownerKind}
            ownerId={open.ownerId}
          />
        </Drawer>
      )}
    </div>
  );
}

/** The quarterly selections, newest first, each with its nominations and the step it is at. */
function SelectionsTab({
  data,
  villageId,
  onOpen,
  onPublish,
}: {
  data: ActivitiesData;
  villageId: string;
  onOpen: (o: Open) => void;
  onPublish: (s: Selection) => void;
}) {
  const t = useT();
  const runs = data.abilities.runSelections;
  const year = data.selections[0]?.year ?? new Date().getFullYear();
  const columns: Column<Nomination>[] = [
    {
      key: 'nominee',
      title: t('activities.nomination.nominee'),
      render: (n) => n.nomineeName,
      primary: true,
    },
    {
      key: 'by',
      title: t('activities.nomination.by'),
      render: (n) => `${t(`activities.nomination.source.${n.source}`)}：${n.nominatedByName}`,
    },
    { key: 'reason', title: t('activities.nomination.reason'), render: (n) => n.reason },
    {
      key: 'yes',
      title: t('activities.nomination.yes'),
      render: (n) => n.yes ?? '',
      align: 'right',
    },
    {
      key: 'outcome',
      title: t('activities.nomination.outcome'),
      render: (n) => (
        <>
          {t(`activities.nomination.outcome.${n.outcome}`)}
          {n.reviewNote && `：${n.reviewNote}`}
        </>
      ),
    },
    {
      key: 'photos',
      title: t('activities.photos'),
      render: (n) => (
        <Button
          size="small"
          onClick={() =>
            onOpen({
              kind: 'photos',
              ownerKind: 'selectionNomination',
              ownerId: n.id,
              title: n.nomineeName,
            })
          }
        >
          {t('activities.photos')}
        </Button>
      ),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {runs && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => onOpen({ kind: 'open' })}
            data-testid="selection-open"
          >
            {t('activities.selection.open')}
          </Button>
        )}
        <Link to={`${activitiesPath(villageId)}/honours?year=${year}`}>
          <Button icon={<PrinterOutlined />} data-testid="selection-roll">
            {t('activities.selection.roll')}
          </Button>
        </Link>
      </Space>
      {data.selections.length === 0 && <Empty description={t('activities.selection.empty')} />}
      {data.selections.map((s) => (
        <Card
          key={s.id}
          size="small"
          data-testid="selection-card"
          title={
            <Flex gap={8} align="center" wrap>
              {t('activities.selection.name', {
                year: s.year,
                quarter: s.quarter,
                category: t(`activities.selection.${s.category}`),
              })}
              <Tag>{t(`activities.selection.state.${s.state}`)}</Tag>
            </Flex>
          }
          extra={
            <Space wrap>
              {runs && s.state === 'nominating' && (
                <>
                  <Button
                    size="small"
                    onClick={() => onOpen({ kind: 'nominate', selection: s })}
                    data-testid="selection-nominate"
                  >
                    {t('activities.selection.nominate')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => onOpen({ kind: 'vote', selection: s })}
                    data-testid="selection-vote"
                  >
                    {t('activities.selection.vote')}
                  </Button>
                </>
              )}
              {runs && s.state === 'voted' && (
                <Button
                  size="small"
                  onClick={() => onOpen({ kind: 'review', selection: s })}
                  data-testid="selection-review"
                >
                  {t('activities.selection.review')}
                </Button>
              )}
              {runs && s.state === 'reviewed' && (
                <Popconfirm
                  title={t('activities.selection.publish.confirm')}
                  onConfirm={() => onPublish(s)}
                >
                  <Button size="small" type="primary" data-testid="selection-publish">
                    {t('activities.selection.publish')}
                  </Button>
                </Popconfirm>
              )}
              {s.state === 'published' && (
                <Link to={`${activitiesPath(villageId)}/sheet/${s.id}`}>
                  <Button size="small" icon={<PrinterOutlined />} data-testid="selection-sheet">
                    {t('activities.selection.sheet')}
                  </Button>
                </Link>
              )}
            </Space>
          }
        >
          {s.reviewedOn && (
            <Typography.Paragraph type="secondary">
              {t('activities.selection.reviewedOn', {
                on: t.date(s.reviewedOn),
                resolution: s.reviewResolutionLabel ?? '',
              })}
            </Typography.Paragraph>
          )}
          {s.votedOn && (
            <Typography.Paragraph type="secondary">
              {t('activities.selection.votedOn', {
                on: t.date(s.votedOn),
                members: s.members ?? 0,
                present: s.present ?? 0,
              })}
            </Typography.Paragraph>
          )}
          <DataList
            rows={s.nominations}
            rowKey={(n) => n.id}
            columns={columns}
            empty={t('activities.nomination.empty')}
            rowTestId="selection-nomination"
          />
        </Card>
      ))}
    </Space>
  );
}
