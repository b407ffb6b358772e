import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Flex, Statistic, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import type { RoundView } from './api.ts';
import { Fact, reached, type SectionProps } from './parts.tsx';
import { currentRound, roundTitle, type SecondHalf } from './secondHalf.ts';
import { PollingNoticeForm } from './PollingNoticeForm.tsx';
import { ProxiesCard } from './ProxiesCard.tsx';
import { MobileBoxesCard } from './MobileBoxesCard.tsx';
import { OpenPollingForm, IssueBallotsForm } from './PollingDayForms.tsx';
import { PaperEntryCard } from './PaperEntryCard.tsx';
import { TallySheetsCard } from './TallySheetsCard.tsx';
import { ballotPage } from './ballot/rounds.ts';
import { useVillage } from '../../app/villageContext.ts';
import { electionReconciliationPage } from '../assistance/api.ts';

/** How often the figures are read again while polling is open. */
const LIVE_MS = 15_000;

export interface PollingProps extends SectionProps {
  second: SecondHalf;
}

/**
 * 投票: the polling notice with its tellers (at least five days ahead), proxies, mobile boxes,
 * polling opened on the day with its secret booth, ballots handed out, the counters' double
 * entry of each paper ballot, each box's tally sheet, and the live figures of the round.
 */
export function PollingSection(props: PollingProps) {
  const t = useT();
  const me = useMe();
  const { data, second } = props;
  const stage = data.election.stage;
  const member = data.mine.committeeMember;
  const round = currentRound(second.rounds);
  const { abilities } = useVillage().data;
  // polling opens from the published list (first round) or a scheduled runoff or re-vote
  const toOpen = stage === 'candidatesPublished' || stage === 'roundScheduled';
  const paperDay = stage === 'polling' && round?.method === 'paper';
  const counter = round?.tellers.some(
    (x) => x.role === 'counter' && x.personId === me.home?.personId,
  );
  return (
    <div data-testid="election-polling">
      <Card className="block-gap" title={t('elections.section.polling')}>
        {round ? (
          <RoundFacts round={round} />
        ) : (
          <Typography.Paragraph data-testid="polling-notice-none">
            {data.timetable
              ? t('elections.polling.noticeDue', {
                  date: t.date(data.timetable.pollingNoticeBy),
                })
              : t('elections.notYet')}
          </Typography.Paragraph>
        )}
        {member && (stage === 'nominating' || stage === 'candidatesPublished') && (
          <PollingNoticeForm {...props} current={round} />
        )}
        {member && toOpen && round?.noticeOn && <OpenPollingForm {...props} />}
        {round?.openedOn && (abilities.readReconciliation || member) && (
          <Link
            to={electionReconciliationPage(props.villageId, props.electionId, round.round)}
            data-testid="election-reconciliation"
          >
            {t('electionReconciliation.link')}
          </Link>
        )}
      </Card>
      {round && stage === 'polling' && round.method === 'electronic' && round.mine.onRoll && (
        <MyBallot round={round} villageId={props.villageId} electionId={props.electionId} />
      )}
      {round?.openedOn && (
        <Figures
          round={round}
          registered={data.roll.registered}
          live={stage === 'polling'}
          onReload={second.reload}
        />
      )}
      {member && paperDay && <IssueBallotsForm {...props} round={round} />}
      {paperDay && counter && <PaperEntryCard {...props} round={round} />}
      {round?.method === 'paper' && round.openedOn && (
        <TallySheetsCard {...props} round={round} canSign={member && stage === 'polling'} />
      )}
      {reached(stage, 'nominating') && <ProxiesCard {...props} />}
      {round && <MobileBoxesCard {...props} round={round} />}
    </div>
  );
}

/** The round's notice: day, place, method, the booth once open, and its tellers by role. */
function RoundFacts({ round }: { round: RoundView }) {
  const t = useT();
  return (
    <>
      <dl className="election-facts" data-testid="polling-round" data-round={round.round}>
        <Fact label={t('elections.polling.round')}>{roundTitle(t, round)}</Fact>
        <Fact label={t('elections.polling.pollingOn')}>
          <span data-testid="polling-day">{t.date(round.pollingOn)}</span>
        </Fact>
        <Fact label={t('elections.polling.noticeOn')}>
          <span data-testid="polling-notice-on">
            {round.noticeOn ? t.date(round.noticeOn) : t('elections.notYet')}
          </span>
        </Fact>
        <Fact label={t('elections.polling.place')}>{round.place ?? ''}</Fact>
        <Fact label={t('elections.polling.method')}>
          {t(`elections.polling.method.${round.method}`)}
        </Fact>
        {round.openedOn && (
          <Fact label={t('elections.polling.openedOn')}>
            <span data-testid="polling-opened-on">{t.date(round.openedOn)}</span>
          </Fact>
        )}
        {round.booth && <Fact label={t('elections.polling.booth')}>{round.booth}</Fact>}
      </dl>
      {round.tellers.length > 0 && (
        <Table
          size="small"
          rowKey={(x) => `${x.role}-${x.personId}`}
          pagination={false}
          dataSource={round.tellers}
          data-testid="polling-tellers"
          onRow={(x) => ({ 'data-testid': 'polling-teller', 'data-role': x.role }) as object}
          columns={[
            {
              key: 'role',
              title: t('elections.polling.tellerRole'),
              render: (_, x) => t(`elections.polling.role.${x.role}`),
            },
            { key: 'name', title: t('elections.name'), render: (_, x) => x.name },
          ]}
        />
      )}
    </>
  );
}

/** A voter on the roll of an electronic round: the way to the ballot, or that it is taken. */
function MyBallot({
  round,
  villageId,
  electionId,
}: {
  round: RoundView;
  villageId: string;
  electionId: string;
}) {
  const t = useT();
  return (
    <Alert
      className="block-gap"
      type={round.mine.voted ? 'success' : 'info'}
      showIcon
      data-testid="polling-mine"
      data-voted={String(round.mine.voted)}
      title={
        round.mine.voted ? (
          t('elections.polling.mine.voted')
        ) : (
          <Link to={ballotPage(villageId, electionId)} data-testid="polling-mine-vote">
            {t('elections.polling.mine.vote')}
          </Link>
        )
      }
    />
  );
}

/** The round's figures as they stand: ballots handed out against the roll, and after the count those cast. */
function Figures({
  round,
  registered,
  live,
  onReload,
}: {
  round: RoundView;
  /** The roll's count, until the count records the round's own. */
  registered: number;
  /** While polling is open the figures are read again every so often (ballots come from phones). */
  live: boolean;
  onReload: () => void;
}) {
  const t = useT();
  useEffect(() => {
    if (!live) return;
    const timer = window.setInterval(onReload, LIVE_MS);
    return () => window.clearInterval(timer);
  }, [live, onReload]);
  return (
    <Card
      className="block-gap"
      size="small"
      title={t('elections.polling.figures')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={onReload} data-testid="polling-reload">
          {t('elections.polling.reload')}
        </Button>
      }
    >
      <Flex gap={32} wrap data-testid="polling-figures">
        <Statistic
          title={t('elections.polling.registered')}
          value={round.registered ?? registered}
          data-testid="polling-registered"
        />
        <Statistic
          title={t('elections.polling.voted')}
          value={round.voted}
          data-testid="polling-voted"
        />
        <Statistic
          title={t('elections.polling.ballotsCast')}
          value={round.ballotsCast ?? '—'}
          data-testid="polling-ballots-cast"
        />
      </Flex>
    </Card>
  );
}
