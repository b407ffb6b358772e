import { Alert, Card, Table, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { ResultView } from './api.ts';
import { DatedAct, Fact, FindingsAlert, type SectionProps } from './parts.tsx';
import type { SecondHalf } from './secondHalf.ts';
import { RoundResultCard } from './RoundResultCard.tsx';
import { ScheduleRoundForm } from './ScheduleRoundForm.tsx';

/**
 * 计票与结果: the public count of the round (on polling day), each round's result post by post
 * with the findings in the law's words, the runoff or re-vote when seats stay open or tie,
 * the result announced and the body seated (公布选举结果), and the handover (工作移交).
 */
export function ResultSection(props: SectionProps & { second: SecondHalf }) {
  const t = useT();
  const { data, villageId, electionId, onDone, second } = props;
  const stage = data.election.stage;
  const member = data.mine.committeeMember;
  const counted = [...(second.rounds?.rounds ?? [])]
    .filter((r) => r.result)
    .sort((a, b) => b.round - a.round);
  const result = second.result;
  const act = { villageId, electionId, onDone };
  return (
    <div data-testid="election-result">
      <Card className="block-gap" title={t('elections.section.result')}>
        <Typography.Paragraph data-testid="result-status">
          {counted.length === 0
            ? t('elections.result.notCounted')
            : result?.handedOverOn
              ? t('elections.result.handedOver', { date: t.date(result.handedOverOn) })
              : result?.certifiedOn
                ? t('elections.result.certified', { date: t.date(result.certifiedOn) })
                : result?.next
                  ? t('elections.result.nextDue')
                  : t('elections.result.toCertify')}
        </Typography.Paragraph>
        {result?.womenRunoff && <WomenRunoff women={result.womenRunoff} />}
        {result?.womenSeatVacant && <WomenSeatVacant vacant={result.womenSeatVacant} />}
        {member && stage === 'polling' && (
          <DatedAct
            {...act}
            step="count"
            label={t('elections.result.count')}
            testId="result-count"
            hint={
              <Typography.Text type="secondary">{t('elections.result.count.hint')}</Typography.Text>
            }
          />
        )}
        {member && stage === 'counted' && result && !result.next && (
          <DatedAct
            {...act}
            step="result/certify"
            label={t('elections.result.certify')}
            testId="result-certify"
            hint={
              <Typography.Text type="secondary">
                {t('elections.result.certify.hint')}
              </Typography.Text>
            }
          />
        )}
        {member && stage === 'certified' && (
          <DatedAct
            {...act}
            step="handover"
            label={t('elections.result.handover')}
            testId="result-handover"
            hint={
              <Typography.Text type="secondary">
                {t('elections.result.handover.hint')}
              </Typography.Text>
            }
          />
        )}
      </Card>
      {member && stage === 'counted' && result?.next && (
        <ScheduleRoundForm {...props} kind={result.next} women={result.womenRunoff} />
      )}
      {result?.certifiedOn && <Seated result={result} data={data} />}
      {counted.map((round) => (
        <RoundResultCard key={round.round} {...props} round={round} />
      ))}
    </div>
  );
}

/** 妇女成员另行选举 due: whose seat it is for, and the women on its ballot. */
function WomenRunoff({ women }: { women: NonNullable<ResultView['womenRunoff']> }) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      className="block-gap"
      data-testid="result-women-runoff"
      title={t('elections.result.women', {
        name: women.vacated.name,
        votes: women.vacated.votes,
        names: women.candidates.map((c) => `${c.name}（${t.num(c.votes)}票）`).join('、'),
      })}
      description={women.scheduled ? t('elections.result.women.scheduled') : undefined}
    />
  );
}

/** Too few women for a 差额 runoff among them: whose seat stays vacant, and the law. */
function WomenSeatVacant({ vacant }: { vacant: NonNullable<ResultView['womenSeatVacant']> }) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      className="block-gap"
      data-testid="result-women-vacant"
      title={
        vacant.vacated
          ? t('elections.result.womenVacant', {
              name: vacant.vacated.name,
              votes: vacant.vacated.votes,
            })
          : t('elections.result.womenVacant.none')
      }
      description={vacant.finding.text}
    />
  );
}

/** The certified result: who sits on which post with their votes, the findings, the handover. */
function Seated({ result, data }: { result: ResultView; data: SectionProps['data'] }) {
  const t = useT();
  const posts = new Map(data.posts.map((p) => [p.id, p.name]));
  return (
    <Card
      className="block-gap"
      size="small"
      title={t('elections.result.seated')}
      data-testid="result-seated"
    >
      <dl className="election-facts">
        <Fact label={t('elections.result.certifiedOn')}>
          <span data-testid="result-certified-on">{t.date(result.certifiedOn)}</span>
        </Fact>
        <Fact label={t('elections.result.handedOverOn')}>
          <span data-testid="result-handed-over-on">
            {result.handedOverOn ? t.date(result.handedOverOn) : t('elections.notYet')}
          </span>
        </Fact>
      </dl>
      <FindingsAlert findings={result.findings} />
      <Table
        size="small"
        rowKey={(s) => `${s.postId}-${s.personId}`}
        pagination={false}
        dataSource={result.seated}
        onRow={(s) => ({ 'data-testid': 'result-seated-person', 'data-post': s.postId }) as object}
        columns={[
          {
            key: 'post',
            title: t('elections.post'),
            render: (_, s) => {
              const name = posts.get(s.postId);
              return name ? t.pick(name) : s.postId;
            },
          },
          { key: 'name', title: t('elections.name'), render: (_, s) => s.name },
          { key: 'votes', title: t('elections.result.votes'), render: (_, s) => t.num(s.votes) },
        ]}
      />
    </Card>
  );
}
