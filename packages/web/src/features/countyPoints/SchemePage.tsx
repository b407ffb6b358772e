import { useState } from 'react';
import { Button, Flex, Modal, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { INDICATOR_INFO } from '@cunzhi/core/countyPoints/indicators';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { BarChart } from '../../components/BarChart.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { townNav } from '../townInbox/nav.tsx';
import {
  BASE,
  PAGE,
  type Contest,
  type SchemeAction,
  type SchemeDetail,
  type VillageLine,
} from './api.ts';
import { stateTag, yuan } from './nav.ts';
import { DecideDialog, FigureDialog } from './SchemeDialogs.tsx';

/** The steps of the whole scheme shown as buttons (the others act on a village or a contest). */
const STEPS = [
  'compute',
  'reopen',
  'publish',
  'finalise',
  'award',
] as const satisfies readonly SchemeAction[];
type Step = (typeof STEPS)[number];
const CHART_TOP = 30;

/** A village's figures: count per indicator, where it came from, and whether it is verified. */
function Facts({ line, t }: { line: VillageLine; t: Translator }) {
  return (
    <Flex wrap gap={4}>
      {line.facts.map((f) => (
        <Tag
          key={f.indicator}
          color={
            f.count === null
              ? 'default'
              : !f.verified
                ? 'warning'
                : f.count > 0
                  ? 'error'
                  : 'success'
          }
          title={f.evidence ?? t(`countyPoints.source.${f.source}`)}
          data-testid={`fact-${f.indicator}`}
        >
          {t(`countyPoints.indicator.${f.indicator}`)}：
          {f.count !== null
            ? f.count
            : f.source === 'platform'
              ? t('countyPoints.fromPlatform')
              : t('countyPoints.notReported')}
          {f.count !== null && !f.verified && `（${t('countyPoints.unverified')}）`}
          {f.corrected && `（${t('countyPoints.corrected')}）`}
        </Tag>
      ))}
    </Flex>
  );
}

function ContestText({ c, t }: { c: Contest; t: Translator }) {
  const filed = t('countyPoints.contest.filed', {
    date: t.date(c.filedOn),
    indicator: t(`countyPoints.indicator.${c.indicator}`),
    count: c.claimedCount,
    reason: c.reason,
  });
  const decided =
    c.decision === 'upheld'
      ? t('countyPoints.contest.upheld', {
          date: t.date(c.decidedOn ?? ''),
          count: c.correctedCount ?? '',
          reason: c.decisionReason ?? '',
        })
      : c.decision === 'dismissed'
        ? t('countyPoints.contest.dismissed', {
            date: t.date(c.decidedOn ?? ''),
            reason: c.decisionReason ?? '',
          })
        : t('countyPoints.contest.open');
  return (
    <div>
      <strong>{c.villageName}</strong> {filed}
      <Typography.Paragraph type={c.decision ? 'secondary' : 'warning'} className="no-margin">
        {decided}
      </Typography.Paragraph>
    </div>
  );
}

type Dialog =
  { kind: 'report' | 'contest'; line: VillageLine } | { kind: 'decide'; contest: Contest } | null;

/**
 * One year's scheme: its state and publicity, the county's steps, the ranking chart, every
 * village's figures and place (the town reports its villages', the county verifies; a village's
 * leaders contest theirs during publicity), and the contests with the county's decisions.
 */
export default function SchemePage() {
  const t = useT();
  const me = useMe();
  const { schemeId = '' } = useParams();
  const { data, error, reload } = useApi<SchemeDetail>(`${BASE}/${schemeId}`);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [stepError, setStepError] = useState<unknown>(null);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const { scheme, villages, contests, actions } = data;
  const townFacts = scheme.indicators
    .map((w) => w.indicator)
    .filter((i) => INDICATOR_INFO[i].source === 'town');
  const step = async (action: Step) => {
    if (action === 'award' && !(await confirmAward(t))) return;
    setBusy(action);
    setStepError(null);
    try {
      await api(`${BASE}/${schemeId}/${action}`, { method: 'POST', body: {} });
      reload();
    } catch (cause) {
      setStepError(cause);
    } finally {
      setBusy(null);
    }
  };
  const verify = async (line: VillageLine, indicator: string) => {
    setStepError(null);
    try {
      await api(`${BASE}/${schemeId}/facts/verify`, {
        method: 'POST',
        body: { villageId: line.villageId, indicator },
      });
      reload();
    } catch (cause) {
      setStepError(cause);
    }
  };
  const county = data.roles.includes('county');
  const columns: Column<VillageLine>[] = [
    { key: 'rank', title: t('countyPoints.rank'), render: (l) => l.rank ?? '—', width: 64 },
    {
      key: 'village',
      title: t('countyPoints.village'),
      primary: true,
      render: (l) => `${l.townName} · ${l.villageName}`,
    },
    { key: 'total', title: t('countyPoints.total'), render: (l) => l.total ?? '—', align: 'right' },
    {
      key: 'amount',
      title: t('countyPoints.amount'),
      align: 'right',
      render: (l) => (
        <span className="tabular">
          {l.amount === null ? '—' : yuan(l.amount)}
          {l.matter && (
            <div>
              <Link to={`/v/${l.villageId}/matters/${l.matter.id}`}>
                {t('countyPoints.matter', { number: l.matter.number })}
              </Link>
            </div>
          )}
        </span>
      ),
    },
    { key: 'facts', title: t('countyPoints.facts'), render: (l) => <Facts line={l} t={t} /> },
    {
      key: 'do',
      title: '',
      render: (l) => (
        <Space wrap>
          {l.mayReport && (
            <Button
              size="small"
              onClick={() => setDialog({ kind: 'report', line: l })}
              data-testid="county-points-report-open"
            >
              {t('countyPoints.report')}
            </Button>
          )}
          {county &&
            actions.includes('verify') &&
            l.facts
              .filter((f) => f.source === 'town' && f.count !== null && !f.verified)
              .map((f) => (
                <Button
                  key={f.indicator}
                  size="small"
                  onClick={() => void verify(l, f.indicator)}
                  data-testid="county-points-verify"
                >
                  {t('countyPoints.verify')} {t(`countyPoints.indicator.${f.indicator}`)}
                </Button>
              ))}
          {l.mayContest && (
            <Button
              size="small"
              danger
              onClick={() => setDialog({ kind: 'contest', line: l })}
              data-testid="county-points-contest-open"
            >
              {t('countyPoints.contest')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  const ranked = villages.filter((l) => l.total !== null).slice(0, CHART_TOP);
  const tag = stateTag(t, scheme.status);
  const close = () => setDialog(null);
  const dialogProps = { schemeId, onDone: reload, onClose: close };
  return (
    <Shell
      nav={me.account.kind === 'staff' ? townNav(t, me.staffUnits) : undefined}
      selectedKey="countyPoints"
    >
      <div className="page" data-testid="county-points-scheme">
        <Link to={PAGE}>{t('countyPoints.back')}</Link>
        <div className="page-head">
          <Typography.Title level={1} className="no-margin page-title">
            {scheme.title}{' '}
            <Tag color={tag.color} data-testid="county-points-status">
              {tag.text}
            </Tag>
          </Typography.Title>
          <Typography.Text type="secondary">
            {scheme.countyName} · {t('countyPoints.fund')} {yuan(scheme.fund)} ·{' '}
            {t('countyPoints.topN')} {scheme.topN}
          </Typography.Text>
          {scheme.publicityStartsOn && scheme.publicityEndsOn && (
            <Typography.Paragraph data-testid="county-points-publicity">
              {t('countyPoints.publicity', {
                from: t.date(scheme.publicityStartsOn),
                to: t.date(scheme.publicityEndsOn),
                round: scheme.publicityRound,
              })}
            </Typography.Paragraph>
          )}
          <Typography.Paragraph type="secondary">
            {t('countyPoints.indicator.petitions.hint')} {t('countyPoints.indicator.disputes.hint')}
          </Typography.Paragraph>
        </div>
        <Flex wrap gap={8} className="block-gap">
          {STEPS.filter((a) => actions.includes(a)).map((a) => (
            <Button
              key={a}
              type={a === 'reopen' ? 'default' : 'primary'}
              loading={busy === a}
              onClick={() => void step(a)}
              data-testid={`county-points-${a}`}
            >
              {t(`countyPoints.action.${a}`)}
            </Button>
          ))}
          {villages.some((l) => l.rank !== null) && (
            <Link to={`${PAGE}/${schemeId}/print`}>
              <Button data-testid="county-points-print">{t('countyPoints.action.print')}</Button>
            </Link>
          )}
        </Flex>
        <ErrorAlert error={stepError} />
        {ranked.length > 0 && (
          <BarChart
            bars={ranked.map((l) => ({ label: l.villageName, value: l.total ?? 0 }))}
            title={t('countyPoints.chart', { n: ranked.length })}
            format={(v) => t('countyPoints.chart.points', { v })}
            horizontal
            testId="county-points-chart"
          />
        )}
        <DataList
          rows={villages}
          rowKey={(l) => l.villageId}
          columns={columns}
          rowTestId="county-points-village"
          testId="county-points-villages"
        />
        <Typography.Title level={2}>{t('countyPoints.contests')}</Typography.Title>
        {contests.length === 0 && (
          <Typography.Text type="secondary">{t('countyPoints.contests.empty')}</Typography.Text>
        )}
        {contests.map((c) => (
          <Flex
            key={c.id}
            gap={8}
            align="start"
            className="block-gap"
            data-testid="county-points-contest-row"
          >
            <ContestText c={c} t={t} />
            {c.decision === null && actions.includes('decide') && (
              <Button
                size="small"
                onClick={() => setDialog({ kind: 'decide', contest: c })}
                data-testid="county-points-decide-open"
              >
                {t('countyPoints.decide')}
              </Button>
            )}
          </Flex>
        ))}
        {(dialog?.kind === 'report' || dialog?.kind === 'contest') && (
          <FigureDialog
            kind={dialog.kind}
            line={dialog.line}
            indicators={
              dialog.kind === 'report' ? townFacts : scheme.indicators.map((w) => w.indicator)
            }
            {...dialogProps}
          />
        )}
        {dialog?.kind === 'decide' && <DecideDialog contest={dialog.contest} {...dialogProps} />}
      </div>
    </Shell>
  );
}

function confirmAward(t: Translator): Promise<boolean> {
  return new Promise((resolve) => {
    Modal.confirm({
      content: t('countyPoints.action.award.confirm'),
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
