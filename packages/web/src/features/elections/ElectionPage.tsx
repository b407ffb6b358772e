import './elections.css';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Card, Flex, Steps, Tabs, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { electionsPage, type ElectionDetail, type ElectionStage } from './api.ts';
import { FindingsAlert, StageTag, useElection } from './parts.tsx';
import { currentRound, useSecondHalf, type SecondHalf } from './secondHalf.ts';
import { CommitteeSection } from './CommitteeSection.tsx';
import { RulesSection } from './RulesSection.tsx';
import { RollSection } from './RollSection.tsx';
import { NominationsSection } from './NominationsSection.tsx';
import { CandidatesSection } from './CandidatesSection.tsx';
import { PollingSection } from './PollingSection.tsx';
import { ResultSection } from './ResultSection.tsx';
import { PrintNoticeLink } from './print/PrintNoticeLink.tsx';

type Section = 'committee' | 'rules' | 'roll' | 'nominations' | 'candidates' | 'polling' | 'result';
const SECTIONS: readonly Section[] = [
  'committee',
  'rules',
  'roll',
  'nominations',
  'candidates',
  'polling',
  'result',
];

/** The section holding the next step at each stage: the page opens on it. */
function sectionFor(d: ElectionDetail): Section {
  const byStage: Partial<Record<ElectionStage, Section>> = {
    new: 'committee',
    committeeChosen: d.committee.publishedOn ? 'rules' : 'committee',
    rulesAdopted: 'roll',
    rollPublished: 'nominations',
    nominating: 'nominations',
    candidatesPublished: 'polling',
    polling: 'polling',
    // a runoff or re-vote is polled again: its opening is in the polling section
    roundScheduled: 'polling',
    counted: 'result',
    certified: 'result',
    handedOver: 'result',
  };
  return byStage[d.election.stage] ?? 'candidates';
}

/**
 * One election: its stage, the timeline of its steps with their days (done, or due by the
 * announced timetable), and a section per step with the forms of those who may take it (the
 * organiser chooses the committee, the committee's members run the steps, the town files).
 */
export default function ElectionPage() {
  const t = useT();
  const { electionId = '' } = useParams();
  const { villageId } = useVillage();
  const { data, error, apply } = useElection(villageId, electionId);
  const [section, setSection] = useState<Section | null>(null);
  const second = useSecondHalf(villageId, electionId, data);

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const e = data.election;
  const props = { data, villageId, electionId, onDone: apply };
  const open = section ?? sectionFor(data);
  const panes: Record<Section, ReactNode> = {
    committee: <CommitteeSection {...props} />,
    rules: <RulesSection {...props} />,
    roll: <RollSection {...props} />,
    nominations: <NominationsSection {...props} />,
    candidates: <CandidatesSection {...props} />,
    polling: <PollingSection {...props} second={second} />,
    result: <ResultSection {...props} second={second} />,
  };

  return (
    <div className="page election-page" data-testid="election-page" data-stage={e.stage}>
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={electionsPage(villageId)}>{t('elections.menu')}</Link> },
          { title: e.title },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {e.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t.pick(e.bodyName)} · {t(`elections.electorate.${e.electorate}`)} ·{' '}
            {t('elections.organisedBy', { who: t(`elections.organiser.${e.organiser}`) })}
          </Typography.Text>
        </div>
        <StageTag stage={e.stage} />
      </Flex>
      <FindingsAlert findings={data.findings} />
      <Timeline data={data} second={second} />
      <Tabs
        activeKey={open}
        onChange={(key) => setSection(key as Section)}
        tabBarExtraContent={<PrintNoticeLink villageId={villageId} data={data} section={open} />}
        items={SECTIONS.map((key) => ({
          key,
          label: <span data-testid={`election-tab-${key}`}>{t(`elections.section.${key}`)}</span>,
          children: panes[key],
        }))}
      />
    </div>
  );
}

/** The steps as a stepper: each with the day it was done, or the day it is due by. */
function Timeline({ data, second }: { data: ElectionDetail; second: SecondHalf }) {
  const t = useT();
  const isPhone = useIsPhone();
  const tt = data.timetable;
  const first = second.rounds?.rounds.find((r) => r.round === 1);
  const last = currentRound(second.rounds);
  const steps: {
    key: Section | 'certified' | 'handover';
    done: string | null;
    due?: string | null;
  }[] = [
    { key: 'committee', done: data.committee.publishedOn ?? data.committee.chosenOn },
    { key: 'rules', done: data.rules.announcedOn },
    { key: 'roll', done: data.roll.publishedOn, due: tt?.voterRollBy },
    // nominations have no day of their own to open by (self-nominees' day is in the timetable)
    { key: 'nominations', done: data.nominationsOpenedOn },
    { key: 'candidates', done: data.candidatesPublishedOn, due: tt?.candidateListBy },
    { key: 'polling', done: first?.openedOn ?? null, due: tt?.pollingOn },
    // the result stands once the last round is counted and no runoff or re-vote is due
    {
      key: 'result',
      done: second.result && !second.result.next ? (last?.countedOn ?? null) : null,
    },
    { key: 'certified', done: second.result?.certifiedOn ?? null, due: tt?.announceBy },
    { key: 'handover', done: second.result?.handedOverOn ?? null },
  ];
  const current = steps.findIndex((s) => !s.done);
  return (
    <Card className="block-gap" size={isPhone ? 'small' : undefined}>
      <Steps
        data-testid="election-steps"
        orientation={isPhone ? 'vertical' : 'horizontal'}
        titlePlacement={isPhone ? undefined : 'vertical'}
        size="small"
        current={current === -1 ? steps.length : current}
        items={steps.map((s, i) => ({
          title: t(`elections.step.${s.key}`),
          status: s.done ? 'finish' : i === current ? 'process' : 'wait',
          content: (
            <span className="election-step" data-testid="election-step" data-step={s.key}>
              {s.done
                ? t.date(s.done)
                : s.due
                  ? s.key === 'polling'
                    ? t.date(s.due)
                    : t('elections.step.dueBy', { date: t.date(s.due) })
                  : ''}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
